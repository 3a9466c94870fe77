import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanMonitoring1796315028713 implements MigrationInterface {
  name = 'PlanMonitoring1796315028713';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "council_meeting" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "plan_id" uuid NOT NULL, "held_on" date NOT NULL, "agenda" text array NOT NULL DEFAULT '{}', "illustrative" boolean NOT NULL DEFAULT false, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_council_meeting_agenda" CHECK (cardinality(agenda) > 0), CONSTRAINT "PK_4a2114303693aea115f07fd4c93" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5af98cc5fbf7c8507bbca89f4d" ON "council_meeting"  ("plan_id") `);
    await queryRunner.query(`CREATE TABLE "council_decision" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "plan_item_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_council_decision_position" UNIQUE ("meeting_id", "position"), CONSTRAINT "ck_council_decision_text" CHECK (length(btrim(text)) > 0), CONSTRAINT "PK_7b667bd05a7352efa1a99961390" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2b0e0633a2f3695ff3c4aafd39" ON "council_decision"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_91f2e1986cbec1baa158a5fa25" ON "council_decision"  ("plan_item_id") `);
    await queryRunner.query(`CREATE TABLE "plan_version" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "plan_id" uuid NOT NULL, "number" integer NOT NULL, "note" text NOT NULL DEFAULT '', "snapshot" jsonb NOT NULL, "created_by_id" uuid, "created_by_name" character varying(300) NOT NULL, "illustrative" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_plan_version_number" UNIQUE ("plan_id", "number"), CONSTRAINT "ck_plan_version_number" CHECK (number > 0), CONSTRAINT "PK_253721b12e51a0be8fffb64ded9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_81377cd93f9c21f55ad545e6b1" ON "plan_version"  ("plan_id") `);
    await queryRunner.query(`CREATE TABLE "plan_correction" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "plan_id" uuid NOT NULL, "item_id" uuid, "item_title" text NOT NULL, "reason" text NOT NULL, "changes" jsonb NOT NULL, "version_id" uuid, "author_id" uuid, "author_name" character varying(300) NOT NULL, "illustrative" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_plan_correction_reason" CHECK (length(btrim(reason)) > 0), CONSTRAINT "PK_9ff14a8b03abbaab3701aeb3c70" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b441ebba44f5f601fbb4e93572" ON "plan_correction"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5d4fbe14a92b2d269d9c6ea497" ON "plan_correction"  ("item_id") `);
    await queryRunner.query(`CREATE TABLE "plan_risk" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "plan_id" uuid NOT NULL, "title" text NOT NULL, "mitigation" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_plan_risk_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_9ac230b999e09cb7717ca2ece73" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1b2abf5492a596080e643fe804" ON "plan_risk"  ("plan_id") `);
    await queryRunner.query(`ALTER TABLE "council_meeting" ADD CONSTRAINT "FK_5af98cc5fbf7c8507bbca89f4dc" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "council_decision" ADD CONSTRAINT "FK_2b0e0633a2f3695ff3c4aafd393" FOREIGN KEY ("meeting_id") REFERENCES "council_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "council_decision" ADD CONSTRAINT "FK_91f2e1986cbec1baa158a5fa258" FOREIGN KEY ("plan_item_id") REFERENCES "plan_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_version" ADD CONSTRAINT "FK_81377cd93f9c21f55ad545e6b11" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_version" ADD CONSTRAINT "FK_1b40da121839b73486d8ab4961f" FOREIGN KEY ("created_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_correction" ADD CONSTRAINT "FK_b441ebba44f5f601fbb4e935728" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_correction" ADD CONSTRAINT "FK_5d4fbe14a92b2d269d9c6ea4979" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_correction" ADD CONSTRAINT "FK_c07f44519279671a26bd37a95ea" FOREIGN KEY ("version_id") REFERENCES "plan_version"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_correction" ADD CONSTRAINT "FK_6a23503a4f88e9058bde137f4e6" FOREIGN KEY ("author_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_risk" ADD CONSTRAINT "FK_1b2abf5492a596080e643fe8043" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_risk" DROP CONSTRAINT "FK_1b2abf5492a596080e643fe8043"`);
    await queryRunner.query(`ALTER TABLE "plan_correction" DROP CONSTRAINT "FK_6a23503a4f88e9058bde137f4e6"`);
    await queryRunner.query(`ALTER TABLE "plan_correction" DROP CONSTRAINT "FK_c07f44519279671a26bd37a95ea"`);
    await queryRunner.query(`ALTER TABLE "plan_correction" DROP CONSTRAINT "FK_5d4fbe14a92b2d269d9c6ea4979"`);
    await queryRunner.query(`ALTER TABLE "plan_correction" DROP CONSTRAINT "FK_b441ebba44f5f601fbb4e935728"`);
    await queryRunner.query(`ALTER TABLE "plan_version" DROP CONSTRAINT "FK_1b40da121839b73486d8ab4961f"`);
    await queryRunner.query(`ALTER TABLE "plan_version" DROP CONSTRAINT "FK_81377cd93f9c21f55ad545e6b11"`);
    await queryRunner.query(`ALTER TABLE "council_decision" DROP CONSTRAINT "FK_91f2e1986cbec1baa158a5fa258"`);
    await queryRunner.query(`ALTER TABLE "council_decision" DROP CONSTRAINT "FK_2b0e0633a2f3695ff3c4aafd393"`);
    await queryRunner.query(`ALTER TABLE "council_meeting" DROP CONSTRAINT "FK_5af98cc5fbf7c8507bbca89f4dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b2abf5492a596080e643fe804"`);
    await queryRunner.query(`DROP TABLE "plan_risk"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d4fbe14a92b2d269d9c6ea497"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b441ebba44f5f601fbb4e93572"`);
    await queryRunner.query(`DROP TABLE "plan_correction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_81377cd93f9c21f55ad545e6b1"`);
    await queryRunner.query(`DROP TABLE "plan_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91f2e1986cbec1baa158a5fa25"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b0e0633a2f3695ff3c4aafd39"`);
    await queryRunner.query(`DROP TABLE "council_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5af98cc5fbf7c8507bbca89f4d"`);
    await queryRunner.query(`DROP TABLE "council_meeting"`);
  }
}
