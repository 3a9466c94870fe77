import { MigrationInterface, QueryRunner } from 'typeorm';

/** The fact tables whose rows belong to one person (column person_id): their writes also note the people they touch. */
export const DASHBOARD_PERSON_TABLES = ['position', 'diagnostic_participant', 'competence_result', 'competence_result_current'] as const;

/**
 * Finer invalidation of the dashboards' cache (common/database/dashboard-cache.ts, dashboard-partials.ts):
 * - `dashboard_fact_change` notes the table with the writing transaction, and a cached part keeps the tables it
 *   reads (`dashboard_cache.tables`), so it is invalidated only by writes to those;
 * - `dashboard_person_change` notes the people a transaction's writes to the person-owned fact tables touch (the nil
 *   uuid: everyone, for a TRUNCATE), so the per-organisation parts (`dashboard_org_part`) of the organisations those
 *   people are or were placed at are recomputed, and only those.
 */
export class DashboardPartials1796501000000 implements MigrationInterface {
  name = 'DashboardPartials1796501000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`TRUNCATE "dashboard_cache", "dashboard_fact_change"`);
    await queryRunner.query(`ALTER TABLE "dashboard_cache" ADD "tables" character varying array NOT NULL`);
    await queryRunner.query(`ALTER TABLE "dashboard_fact_change" ADD "table_name" character varying(63) NOT NULL`);
    await queryRunner.query(`ALTER TABLE "dashboard_fact_change" DROP CONSTRAINT "PK_dashboard_fact_change"`);
    await queryRunner.query(`ALTER TABLE "dashboard_fact_change" ADD CONSTRAINT "PK_dashboard_fact_change" PRIMARY KEY ("xid", "table_name")`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "note_dashboard_fact_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO dashboard_fact_change (xid, table_name) VALUES (CAST(CAST(pg_current_xact_id() AS text) AS bigint), TG_TABLE_NAME) ON CONFLICT DO NOTHING;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "dashboard_person_change" ("xid" bigint NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_dashboard_person_change" PRIMARY KEY ("xid", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dashboard_org_part" ("key" character varying(64) NOT NULL, "organization_id" uuid NOT NULL, "snapshot" text NOT NULL, "cells" jsonb NOT NULL, "persons" uuid array NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dashboard_org_part" PRIMARY KEY ("key", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "note_dashboard_person_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE x bigint := CAST(CAST(pg_current_xact_id() AS text) AS bigint);
       BEGIN
         IF TG_OP = 'TRUNCATE' THEN
           INSERT INTO dashboard_person_change (xid, person_id) VALUES (x, CAST('00000000-0000-0000-0000-000000000000' AS uuid)) ON CONFLICT DO NOTHING;
         ELSIF TG_OP = 'INSERT' THEN
           INSERT INTO dashboard_person_change (xid, person_id) SELECT DISTINCT x, n.person_id FROM dc_new n WHERE n.person_id IS NOT NULL ON CONFLICT DO NOTHING;
         ELSIF TG_OP = 'UPDATE' THEN
           INSERT INTO dashboard_person_change (xid, person_id)
           SELECT x, u.person_id FROM (SELECT n.person_id FROM dc_new n UNION SELECT o.person_id FROM dc_old o) u WHERE u.person_id IS NOT NULL ON CONFLICT DO NOTHING;
         ELSE
           INSERT INTO dashboard_person_change (xid, person_id) SELECT DISTINCT x, o.person_id FROM dc_old o WHERE o.person_id IS NOT NULL ON CONFLICT DO NOTHING;
         END IF;
         RETURN NULL;
       END $$`,
    );
    for (const t of DASHBOARD_PERSON_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_ins_${t}" AFTER INSERT ON "${t}" REFERENCING NEW TABLE AS dc_new FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`);
      await queryRunner.query(
        `CREATE TRIGGER "tr_dashboard_person_upd_${t}" AFTER UPDATE ON "${t}" REFERENCING OLD TABLE AS dc_old NEW TABLE AS dc_new FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`,
      );
      await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_del_${t}" AFTER DELETE ON "${t}" REFERENCING OLD TABLE AS dc_old FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`);
      await queryRunner.query(`CREATE TRIGGER "tr_dashboard_person_trunc_${t}" AFTER TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION "note_dashboard_person_change"()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of [...DASHBOARD_PERSON_TABLES].reverse()) {
      for (const k of ['trunc', 'del', 'upd', 'ins']) await queryRunner.query(`DROP TRIGGER "tr_dashboard_person_${k}_${t}" ON "${t}"`);
    }
    await queryRunner.query(`DROP FUNCTION "note_dashboard_person_change"()`);
    await queryRunner.query(`DROP TABLE "dashboard_org_part"`);
    await queryRunner.query(`DROP TABLE "dashboard_person_change"`);
    await queryRunner.query(`TRUNCATE "dashboard_cache", "dashboard_fact_change"`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "note_dashboard_fact_change"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO dashboard_fact_change (xid) VALUES (CAST(CAST(pg_current_xact_id() AS text) AS bigint)) ON CONFLICT DO NOTHING;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(`ALTER TABLE "dashboard_fact_change" DROP CONSTRAINT "PK_dashboard_fact_change"`);
    await queryRunner.query(`ALTER TABLE "dashboard_fact_change" DROP COLUMN "table_name"`);
    await queryRunner.query(`ALTER TABLE "dashboard_cache" DROP COLUMN "tables"`);
    await queryRunner.query(`ALTER TABLE "dashboard_fact_change" ADD CONSTRAINT "PK_dashboard_fact_change" PRIMARY KEY ("xid")`);
  }
}
