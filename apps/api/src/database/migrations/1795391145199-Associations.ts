import { MigrationInterface, QueryRunner } from 'typeorm';

export class Associations1795391145199 implements MigrationInterface {
  name = 'Associations1795391145199';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."association_kind" AS ENUM('SCHOOL_SUBJECT', 'DISTRICT_SUBJECT', 'NETWORK_PEDAGOGICAL', 'LEARNING_COMMUNITY', 'WORKING_GROUP', 'CREATIVE_GROUP', 'COORDINATION_COUNCIL')`);
    await queryRunner.query(`CREATE TABLE "association" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "kind" "public"."association_kind" NOT NULL, "name" character varying(500) NOT NULL, "subject" character varying(200), "description" text NOT NULL DEFAULT '', "organization_id" uuid, "municipality_id" uuid, "network_id" uuid, "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_association_host" CHECK (num_nonnulls(organization_id, municipality_id, network_id) = 1), CONSTRAINT "ck_association_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "PK_5c770cfef7a1f66da23be411699" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ec2879aff0924107c85c99c8c5" ON "association"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_48340f058a6918694dd28e8fdb" ON "association"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dd30b0d8b4446a0f6aa498594e" ON "association"  ("network_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_association_external_id" ON "association"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_63439071a080d00e4467d32b0e" ON "association"  ("archived_at") `);
    await queryRunner.query(`CREATE TYPE "public"."meeting_format" AS ENUM('IN_PERSON', 'ONLINE', 'MIXED')`);
    await queryRunner.query(`CREATE TABLE "association_meeting" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "association_id" uuid NOT NULL, "held_on" date NOT NULL, "format" "public"."meeting_format" NOT NULL DEFAULT 'IN_PERSON', "agenda" text NOT NULL, "decisions" text NOT NULL DEFAULT '', "attendee_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_association_meeting_agenda" CHECK (length(btrim(agenda)) > 0), CONSTRAINT "PK_503da9808425aba63d2adeb9953" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c5abad73e0e986dca3af66e579" ON "association_meeting"  ("association_id") `);
    await queryRunner.query(`CREATE TYPE "public"."association_role" AS ENUM('HEAD', 'DEPUTY', 'SECRETARY', 'MEMBER')`);
    await queryRunner.query(`CREATE TABLE "association_member" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "association_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" "public"."association_role" NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_association_member" UNIQUE ("association_id", "person_id"), CONSTRAINT "PK_f8d146da7120a23a11d8b688202" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6200300066125003dfb388f60a" ON "association_member"  ("association_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9b269e1d5da12cc366fb7eb1ea" ON "association_member"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "association" ADD CONSTRAINT "FK_ec2879aff0924107c85c99c8c5b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "association" ADD CONSTRAINT "FK_48340f058a6918694dd28e8fdba" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "association" ADD CONSTRAINT "FK_dd30b0d8b4446a0f6aa498594ee" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "association_meeting" ADD CONSTRAINT "FK_c5abad73e0e986dca3af66e579d" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "association_member" ADD CONSTRAINT "FK_6200300066125003dfb388f60ac" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "association_member" ADD CONSTRAINT "FK_9b269e1d5da12cc366fb7eb1ea8" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "association_member" DROP CONSTRAINT "FK_9b269e1d5da12cc366fb7eb1ea8"`);
    await queryRunner.query(`ALTER TABLE "association_member" DROP CONSTRAINT "FK_6200300066125003dfb388f60ac"`);
    await queryRunner.query(`ALTER TABLE "association_meeting" DROP CONSTRAINT "FK_c5abad73e0e986dca3af66e579d"`);
    await queryRunner.query(`ALTER TABLE "association" DROP CONSTRAINT "FK_dd30b0d8b4446a0f6aa498594ee"`);
    await queryRunner.query(`ALTER TABLE "association" DROP CONSTRAINT "FK_48340f058a6918694dd28e8fdba"`);
    await queryRunner.query(`ALTER TABLE "association" DROP CONSTRAINT "FK_ec2879aff0924107c85c99c8c5b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b269e1d5da12cc366fb7eb1ea"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6200300066125003dfb388f60a"`);
    await queryRunner.query(`DROP TABLE "association_member"`);
    await queryRunner.query(`DROP TYPE "public"."association_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5abad73e0e986dca3af66e579"`);
    await queryRunner.query(`DROP TABLE "association_meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_format"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63439071a080d00e4467d32b0e"`);
    await queryRunner.query(`DROP INDEX "public"."uq_association_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd30b0d8b4446a0f6aa498594e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_48340f058a6918694dd28e8fdb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec2879aff0924107c85c99c8c5"`);
    await queryRunner.query(`DROP TABLE "association"`);
    await queryRunner.query(`DROP TYPE "public"."association_kind"`);
  }
}
