import { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1796331589801 implements MigrationInterface {
  name = 'Indicators1796331589801';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."indicator_unit" AS ENUM('PERCENT', 'COUNT', 'SCORE')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_direction" AS ENUM('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_kind" AS ENUM('MANUAL', 'COMPUTED')`);
    await queryRunner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "mentoring_program_id" uuid, "internship_program_id" uuid, "network_id" uuid, "plan_id" uuid, "municipality_id" uuid, "region_id" uuid, "organization_id" uuid, "name" character varying(1000) NOT NULL, "section" character varying(300) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "description" text NOT NULL DEFAULT '', "unit" "public"."indicator_unit" NOT NULL, "direction" "public"."indicator_direction" NOT NULL DEFAULT 'HIGHER_IS_BETTER', "kind" "public"."indicator_kind" NOT NULL DEFAULT 'MANUAL', "computed_key" character varying(100), "measures_change" boolean NOT NULL DEFAULT false, "baseline_year" integer, "baseline_value" numeric(14,4), "baseline_text" character varying(300) NOT NULL DEFAULT '', "source_note" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_indicator_position" CHECK (position >= 0), CONSTRAINT "ck_indicator_baseline_percent" CHECK (unit <> 'PERCENT' OR baseline_value IS NULL OR baseline_value BETWEEN -100 AND 100), CONSTRAINT "ck_indicator_baseline" CHECK ((baseline_year IS NULL) = (baseline_value IS NULL) AND (baseline_year IS NULL OR baseline_year BETWEEN 2000 AND 2100)), CONSTRAINT "ck_indicator_computed_key" CHECK ((kind = 'COMPUTED') = (computed_key IS NOT NULL) AND (computed_key IS NULL OR computed_key ~ '^[A-Z][A-Z0-9_]{1,99}$')), CONSTRAINT "ck_indicator_owner" CHECK (num_nonnulls(mentoring_program_id, internship_program_id, network_id, plan_id, municipality_id, region_id, organization_id) = 1), CONSTRAINT "ck_indicator_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a407177ff783cad87dbf31a598" ON "indicator"  ("mentoring_program_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6e5c86f1ca7f3afc49d5ff3c3e" ON "indicator"  ("internship_program_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_738fc896c169e5f9c4fd86b3d8" ON "indicator"  ("network_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c6aebfbf9a9e023b77a2e4fe1e" ON "indicator"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0632d594062bd92f24c980bbc9" ON "indicator"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_54692c6d51182c7f0b3fac7462" ON "indicator"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_be0f08d4e7dc93f5be01e9b989" ON "indicator"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9d09fa3be295b97136e0087612" ON "indicator"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_2547af176f117cb5be97d03a71" ON "indicator"  ("computed_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_external_id" ON "indicator"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_92d8e35c962d359e4cd767bc4e" ON "indicator"  ("archived_at") `);
    await queryRunner.query(`CREATE TABLE "indicator_target" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "indicator_id" uuid NOT NULL, "year" integer NOT NULL, "value" numeric(14,4) NOT NULL, "value_text" character varying(300) NOT NULL DEFAULT '', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_indicator_target_year" UNIQUE ("indicator_id", "year"), CONSTRAINT "ck_indicator_target_year" CHECK (year BETWEEN 2000 AND 2100), CONSTRAINT "PK_9b6a07f7470f3a0f56e73b7a282" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aee24e10c440f5e7e44f95ce3b" ON "indicator_target"  ("indicator_id") `);
    await queryRunner.query(`CREATE TYPE "public"."indicator_value_source" AS ENUM('VPR', 'GIA', 'RSOKO', 'OLYMPIAD', 'CONTEST', 'MONITORING', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "indicator_value" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "indicator_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "organization_id" uuid, "value" numeric(14,4) NOT NULL, "source" "public"."indicator_value_source" NOT NULL DEFAULT 'OTHER', "source_text" character varying(1000) NOT NULL DEFAULT '', "entered_by_account_id" uuid, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "illustrative" boolean NOT NULL DEFAULT false, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_indicator_value_range" CHECK (value BETWEEN -1000000000 AND 1000000000), CONSTRAINT "ck_indicator_value_period" CHECK (period_end >= period_start), CONSTRAINT "PK_ea77b6059a4a7f24be8e748d541" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fb4de0d5692458e282e755eb23" ON "indicator_value"  ("indicator_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7a893fcd8cfad0b044db526f6c" ON "indicator_value"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a69cd3e1a048caf859d0f9b1ab" ON "indicator_value"  ("archived_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_value_school" ON "indicator_value"  ("indicator_id", "period_start", "period_end", "organization_id") WHERE organization_id IS NOT NULL AND archived_at IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_value_total" ON "indicator_value"  ("indicator_id", "period_start", "period_end") WHERE organization_id IS NULL AND archived_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_a407177ff783cad87dbf31a5984" FOREIGN KEY ("mentoring_program_id") REFERENCES "mentoring_program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_6e5c86f1ca7f3afc49d5ff3c3e3" FOREIGN KEY ("internship_program_id") REFERENCES "internship_program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_738fc896c169e5f9c4fd86b3d82" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_c6aebfbf9a9e023b77a2e4fe1ee" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_0632d594062bd92f24c980bbc9a" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_54692c6d51182c7f0b3fac7462c" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_be0f08d4e7dc93f5be01e9b989c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_aee24e10c440f5e7e44f95ce3bd" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_fb4de0d5692458e282e755eb235" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_7a893fcd8cfad0b044db526f6cb" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_value" ADD CONSTRAINT "FK_70a101b9d8f917f28fe0347039f" FOREIGN KEY ("entered_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_70a101b9d8f917f28fe0347039f"`);
    await queryRunner.query(`ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_7a893fcd8cfad0b044db526f6cb"`);
    await queryRunner.query(`ALTER TABLE "indicator_value" DROP CONSTRAINT "FK_fb4de0d5692458e282e755eb235"`);
    await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_aee24e10c440f5e7e44f95ce3bd"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_be0f08d4e7dc93f5be01e9b989c"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_54692c6d51182c7f0b3fac7462c"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_0632d594062bd92f24c980bbc9a"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_c6aebfbf9a9e023b77a2e4fe1ee"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_738fc896c169e5f9c4fd86b3d82"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_6e5c86f1ca7f3afc49d5ff3c3e3"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_a407177ff783cad87dbf31a5984"`);
    await queryRunner.query(`DROP INDEX "public"."uq_indicator_value_total"`);
    await queryRunner.query(`DROP INDEX "public"."uq_indicator_value_school"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a69cd3e1a048caf859d0f9b1ab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a893fcd8cfad0b044db526f6c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb4de0d5692458e282e755eb23"`);
    await queryRunner.query(`DROP TABLE "indicator_value"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_value_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aee24e10c440f5e7e44f95ce3b"`);
    await queryRunner.query(`DROP TABLE "indicator_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92d8e35c962d359e4cd767bc4e"`);
    await queryRunner.query(`DROP INDEX "public"."uq_indicator_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2547af176f117cb5be97d03a71"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d09fa3be295b97136e0087612"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be0f08d4e7dc93f5be01e9b989"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54692c6d51182c7f0b3fac7462"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0632d594062bd92f24c980bbc9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6aebfbf9a9e023b77a2e4fe1e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_738fc896c169e5f9c4fd86b3d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e5c86f1ca7f3afc49d5ff3c3e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a407177ff783cad87dbf31a598"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_kind"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_direction"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_unit"`);
  }
}
