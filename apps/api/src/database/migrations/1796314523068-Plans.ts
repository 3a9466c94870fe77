import { MigrationInterface, QueryRunner } from 'typeorm';

export class Plans1796314523068 implements MigrationInterface {
  name = 'Plans1796314523068';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."plan_kind" AS ENUM('PROJECT', 'ROADMAP', 'PLAN_SCHEDULE', 'YEARLY_EVENT_PLAN')`);
    await queryRunner.query(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'ACTIVE', 'COMPLETED')`);
    await queryRunner.query(`CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" "public"."plan_kind" NOT NULL, "title" character varying(1000) NOT NULL, "organization_id" uuid, "municipality_id" uuid, "network_id" uuid, "starts_on" date, "ends_on" date, "period_text" character varying(300) NOT NULL DEFAULT '', "status" "public"."plan_status" NOT NULL DEFAULT 'ACTIVE', "source_note" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_plan_period" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_plan_owner" CHECK (num_nonnulls(organization_id, municipality_id, network_id) = 1), CONSTRAINT "ck_plan_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_53c92c04ac4c38ded541d14e0f" ON "plan"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_4a0cbeaf8122e528b49ad04fb1" ON "plan"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ac190387b2d3ea5b97b56240d5" ON "plan"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cd8ca140840668e2577d198b5a" ON "plan"  ("network_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_external_id" ON "plan"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_4d43215583d9734fad3ff78208" ON "plan"  ("archived_at") `);
    await queryRunner.query(`CREATE TYPE "public"."plan_stage_kind" AS ENUM('ORGANIZATIONAL', 'MAIN', 'ANALYTICAL', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "plan_stage" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(1000) NOT NULL, "kind" "public"."plan_stage_kind" NOT NULL DEFAULT 'OTHER', "starts_on" date, "ends_on" date, "period_text" character varying(300) NOT NULL DEFAULT '', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_plan_stage_position" UNIQUE ("plan_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "ck_plan_stage_period" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_plan_stage_position" CHECK (position >= 1), CONSTRAINT "ck_plan_stage_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_b9ab068330862b2a41a1701b570" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cb0c171f8f04057dba3e50e6ac" ON "plan_stage"  ("plan_id") `);
    await queryRunner.query(`CREATE TYPE "public"."plan_item_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "plan_item" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "plan_id" uuid NOT NULL, "stage_id" uuid NOT NULL, "position" integer NOT NULL, "number" character varying(20) NOT NULL DEFAULT '', "title" text NOT NULL, "starts_on" date, "ends_on" date, "period_text" character varying(300) NOT NULL DEFAULT '', "responsible_text" text NOT NULL DEFAULT '', "participants_text" text NOT NULL DEFAULT '', "expected_result" text NOT NULL DEFAULT '', "actual_result" text NOT NULL DEFAULT '', "status" "public"."plan_item_status" NOT NULL DEFAULT 'PLANNED', "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_plan_item_position" UNIQUE ("stage_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "ck_plan_item_period" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_plan_item_position" CHECK (position >= 1), CONSTRAINT "ck_plan_item_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_fbd65c4526b9af914f7ab1e9a3c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_04b7fb4b4048f6fbe4ed1f06a0" ON "plan_item"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b881d398fdbbd976568d912bd6" ON "plan_item"  ("stage_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4077f49a8b7ee3fd1bee0a7b10" ON "plan_item"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_item_external_id" ON "plan_item"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_106c4556919881e78fcb06d6b7" ON "plan_item"  ("archived_at") `);
    await queryRunner.query(`CREATE TYPE "public"."plan_link_kind" AS ENUM('MENTORSHIP', 'CAMPAIGN')`);
    await queryRunner.query(`CREATE TABLE "plan_item_link" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "item_id" uuid NOT NULL, "kind" "public"."plan_link_kind" NOT NULL, "target_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_plan_item_link" UNIQUE ("item_id", "kind", "target_id"), CONSTRAINT "PK_95350d90491c67f8d63316580c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8c1e8d94b2b6c54eafcbb99d1c" ON "plan_item_link"  ("item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_984081d4e3984ed0bddcdb60aa" ON "plan_item_link"  ("target_id") `);
    await queryRunner.query(`CREATE TYPE "public"."plan_party_role" AS ENUM('RESPONSIBLE', 'PARTICIPANT')`);
    await queryRunner.query(`CREATE TABLE "plan_item_party" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "item_id" uuid NOT NULL, "role" "public"."plan_party_role" NOT NULL, "position" integer NOT NULL DEFAULT '1', "person_id" uuid, "organization_id" uuid, CONSTRAINT "ck_plan_item_party_who" CHECK (num_nonnulls(person_id, organization_id) = 1), CONSTRAINT "PK_899379223871b96c097d13eaba4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1fbd1ec0db10d001eaf2445590" ON "plan_item_party"  ("item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7d39d85130f009e4738474eb92" ON "plan_item_party"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f08202ac0a684b48281bb057f9" ON "plan_item_party"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_item_party_organization" ON "plan_item_party"  ("item_id", "role", "organization_id") WHERE organization_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_plan_item_party_person" ON "plan_item_party"  ("item_id", "role", "person_id") WHERE person_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_4a0cbeaf8122e528b49ad04fb10" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_ac190387b2d3ea5b97b56240d50" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_cd8ca140840668e2577d198b5a6" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_stage" ADD CONSTRAINT "FK_cb0c171f8f04057dba3e50e6ac7" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_b881d398fdbbd976568d912bd60" FOREIGN KEY ("stage_id") REFERENCES "plan_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" ADD CONSTRAINT "FK_8c1e8d94b2b6c54eafcbb99d1cb" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_party" ADD CONSTRAINT "FK_1fbd1ec0db10d001eaf24455906" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_party" ADD CONSTRAINT "FK_7d39d85130f009e4738474eb925" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_party" ADD CONSTRAINT "FK_f08202ac0a684b48281bb057f9b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_item_party" DROP CONSTRAINT "FK_f08202ac0a684b48281bb057f9b"`);
    await queryRunner.query(`ALTER TABLE "plan_item_party" DROP CONSTRAINT "FK_7d39d85130f009e4738474eb925"`);
    await queryRunner.query(`ALTER TABLE "plan_item_party" DROP CONSTRAINT "FK_1fbd1ec0db10d001eaf24455906"`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" DROP CONSTRAINT "FK_8c1e8d94b2b6c54eafcbb99d1cb"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_b881d398fdbbd976568d912bd60"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f"`);
    await queryRunner.query(`ALTER TABLE "plan_stage" DROP CONSTRAINT "FK_cb0c171f8f04057dba3e50e6ac7"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_cd8ca140840668e2577d198b5a6"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_ac190387b2d3ea5b97b56240d50"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_4a0cbeaf8122e528b49ad04fb10"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_item_party_person"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_item_party_organization"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f08202ac0a684b48281bb057f9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d39d85130f009e4738474eb92"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1fbd1ec0db10d001eaf2445590"`);
    await queryRunner.query(`DROP TABLE "plan_item_party"`);
    await queryRunner.query(`DROP TYPE "public"."plan_party_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_984081d4e3984ed0bddcdb60aa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c1e8d94b2b6c54eafcbb99d1c"`);
    await queryRunner.query(`DROP TABLE "plan_item_link"`);
    await queryRunner.query(`DROP TYPE "public"."plan_link_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_106c4556919881e78fcb06d6b7"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_item_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4077f49a8b7ee3fd1bee0a7b10"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b881d398fdbbd976568d912bd6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_04b7fb4b4048f6fbe4ed1f06a0"`);
    await queryRunner.query(`DROP TABLE "plan_item"`);
    await queryRunner.query(`DROP TYPE "public"."plan_item_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb0c171f8f04057dba3e50e6ac"`);
    await queryRunner.query(`DROP TABLE "plan_stage"`);
    await queryRunner.query(`DROP TYPE "public"."plan_stage_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d43215583d9734fad3ff78208"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd8ca140840668e2577d198b5a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac190387b2d3ea5b97b56240d5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4a0cbeaf8122e528b49ad04fb1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53c92c04ac4c38ded541d14e0f"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`DROP TYPE "public"."plan_status"`);
    await queryRunner.query(`DROP TYPE "public"."plan_kind"`);
  }
}
