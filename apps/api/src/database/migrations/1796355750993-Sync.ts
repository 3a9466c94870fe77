import { MigrationInterface, QueryRunner } from 'typeorm';

export class Sync1796355750993 implements MigrationInterface {
  name = 'Sync1796355750993';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."sync_entity_type" AS ENUM('ORGANIZATION', 'PERSON')`);
    await queryRunner.query(`CREATE TABLE "sync_external_id" ("source_id" uuid NOT NULL, "entity_type" "public"."sync_entity_type" NOT NULL, "external_id" character varying(100) NOT NULL, "entity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_sync_external_id_entity" UNIQUE ("source_id", "entity_type", "entity_id"), CONSTRAINT "ck_sync_external_id" CHECK (length(btrim(external_id)) > 0), CONSTRAINT "PK_9fd2f7bcedd704a39dbab529882" PRIMARY KEY ("source_id", "entity_type", "external_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bb38fc1c1fbcaa6394f03de38e" ON "sync_external_id"  ("entity_id") `);
    await queryRunner.query(`CREATE TABLE "change_log" ("seq" BIGSERIAL NOT NULL, "xid" bigint NOT NULL, "entity_type" "public"."sync_entity_type" NOT NULL, "entity_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_change_log_kind" CHECK (kind IN ('CREATED', 'UPDATED', 'ARCHIVED')), CONSTRAINT "PK_8ddf0d4f5f0df5f2ae5a877e3ff" PRIMARY KEY ("seq"))`);
    await queryRunner.query(`CREATE INDEX "IDX_23ea1694992cbe79ed444d5716" ON "change_log"  ("entity_id") `);
    await queryRunner.query(`CREATE INDEX "ix_change_log_position" ON "change_log"  ("xid", "seq") `);
    await queryRunner.query(`CREATE TABLE "webhook_subscription" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "owner_account_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "secret" character varying(200) NOT NULL, "events" text array NOT NULL, "scope_all" boolean NOT NULL DEFAULT false, "scope_region_ids" uuid array NOT NULL DEFAULT '{}', "scope_municipality_ids" uuid array NOT NULL DEFAULT '{}', "scope_organization_ids" uuid array NOT NULL DEFAULT '{}', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_webhook_subscription_events" CHECK (cardinality(events) > 0), CONSTRAINT "ck_webhook_subscription_url" CHECK (url ~ '^https?://'), CONSTRAINT "PK_b52cb4811c5ada4f42896c37ba8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_113a8959c84db3f5460777a168" ON "webhook_subscription"  ("owner_account_id") `);
    await queryRunner.query(`CREATE TYPE "public"."webhook_event" AS ENUM('ROUTE_APPROVED', 'MENTORSHIP_STARTED', 'MENTORSHIP_ENDED', 'INTERNSHIP_COMPLETED', 'CAMPAIGN_RESULTS_READY')`);
    await queryRunner.query(`CREATE TYPE "public"."delivery_state" AS ENUM('PENDING', 'DELIVERED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "subscription_id" uuid NOT NULL, "event" "public"."webhook_event" NOT NULL, "payload" jsonb NOT NULL, "state" "public"."delivery_state" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_status" integer, "last_error" character varying(500), "last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_webhook_delivery_attempts" CHECK (attempts >= 0), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_236a6a1218756223393d1fb5ac" ON "webhook_delivery"  ("subscription_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cb9e15b52d79234548f76eff74" ON "webhook_delivery"  ("state") `);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_236a6a1218756223393d1fb5acc" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The change feed: statement-level triggers write one change_log row per changed row, in the writing transaction.
    await queryRunner.query(`CREATE FUNCTION change_log_rows_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (xid, entity_type, entity_id, kind) SELECT pg_current_xact_id()::text::bigint, TG_ARGV[0]::sync_entity_type, n.id, 'CREATED' FROM new_rows n;
  ELSE
    INSERT INTO change_log (xid, entity_type, entity_id, kind)
    SELECT pg_current_xact_id()::text::bigint, TG_ARGV[0]::sync_entity_type, n.id, CASE WHEN n.archived_at IS NOT NULL AND o.archived_at IS NULL THEN 'ARCHIVED' ELSE 'UPDATED' END
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (to_jsonb(n) - 'updated_at') IS DISTINCT FROM (to_jsonb(o) - 'updated_at');
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION change_log_positions_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (xid, entity_type, entity_id, kind) SELECT DISTINCT pg_current_xact_id()::text::bigint, 'PERSON'::sync_entity_type, n.person_id, 'UPDATED' FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO change_log (xid, entity_type, entity_id, kind) SELECT DISTINCT pg_current_xact_id()::text::bigint, 'PERSON'::sync_entity_type, o.person_id, 'UPDATED' FROM old_rows o;
  ELSE
    INSERT INTO change_log (xid, entity_type, entity_id, kind)
    SELECT DISTINCT pg_current_xact_id()::text::bigint, 'PERSON'::sync_entity_type, n.person_id, 'UPDATED' FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE to_jsonb(n) IS DISTINCT FROM to_jsonb(o);
  END IF;
  RETURN NULL;
END $$`);
    for (const [table, type] of [['organization', 'ORGANIZATION'], ['person', 'PERSON']]) {
      await queryRunner.query(`CREATE TRIGGER ${table}_change_log_ins_tg AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_log_rows_fn('${type}')`);
      await queryRunner.query(`CREATE TRIGGER ${table}_change_log_upd_tg AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_log_rows_fn('${type}')`);
    }
    await queryRunner.query(`CREATE TRIGGER position_change_log_ins_tg AFTER INSERT ON "position" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_log_positions_fn()`);
    await queryRunner.query(`CREATE TRIGGER position_change_log_upd_tg AFTER UPDATE ON "position" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION change_log_positions_fn()`);
    await queryRunner.query(`CREATE TRIGGER position_change_log_del_tg AFTER DELETE ON "position" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION change_log_positions_fn()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['organization_change_log_ins_tg ON "organization"', 'organization_change_log_upd_tg ON "organization"', 'person_change_log_ins_tg ON "person"', 'person_change_log_upd_tg ON "person"', 'position_change_log_ins_tg ON "position"', 'position_change_log_upd_tg ON "position"', 'position_change_log_del_tg ON "position"']) {
      await queryRunner.query(`DROP TRIGGER ${t}`);
    }
    await queryRunner.query(`DROP FUNCTION change_log_positions_fn()`);
    await queryRunner.query(`DROP FUNCTION change_log_rows_fn()`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_236a6a1218756223393d1fb5acc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb9e15b52d79234548f76eff74"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_236a6a1218756223393d1fb5ac"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_state"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_113a8959c84db3f5460777a168"`);
    await queryRunner.query(`DROP TABLE "webhook_subscription"`);
    await queryRunner.query(`DROP INDEX "public"."ix_change_log_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23ea1694992cbe79ed444d5716"`);
    await queryRunner.query(`DROP TABLE "change_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb38fc1c1fbcaa6394f03de38e"`);
    await queryRunner.query(`DROP TABLE "sync_external_id"`);
    await queryRunner.query(`DROP TYPE "public"."sync_entity_type"`);
  }
}
