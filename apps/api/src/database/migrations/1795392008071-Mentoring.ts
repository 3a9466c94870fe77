import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mentoring1795392008071 implements MigrationInterface {
  name = 'Mentoring1795392008071';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mentor_type" AS ENUM('METHODIST', 'LEADER', 'TUTOR', 'DEVELOPER', 'CLASSIC', 'COACH', 'MENTOR', 'CURATOR')`);
    await queryRunner.query(`CREATE TYPE "public"."mentor_direction" AS ENUM('STATE_EXAMS', 'VPR', 'OLYMPIADS', 'FUNCTIONAL_LITERACY', 'SPECIAL_NEEDS')`);
    await queryRunner.query(`CREATE TABLE "mentor_profile" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "person_id" uuid NOT NULL, "types" "public"."mentor_type" array NOT NULL DEFAULT '{}', "directions" "public"."mentor_direction" array NOT NULL DEFAULT '{}', "subjects" text array NOT NULL DEFAULT '{}', "strengths" text NOT NULL DEFAULT '', "capacity" integer NOT NULL, "available" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_f35e1542554e3ddbf38ea98b01" UNIQUE ("person_id"), CONSTRAINT "ck_mentor_profile_capacity" CHECK (capacity BETWEEN 1 AND 20), CONSTRAINT "PK_66933f054f95521806eb6207681" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentor_profile_person" ON "mentor_profile"  ("person_id") `);
    await queryRunner.query(`CREATE TYPE "public"."mentoring_model" AS ENUM('LEADER_TO_LEADER', 'TEACHER_TO_TEACHER', 'SCHOOL_TO_SCHOOL')`);
    await queryRunner.query(`CREATE TYPE "public"."mentoring_form" AS ENUM('TRADITIONAL', 'PEER', 'GROUP', 'FLASH', 'VIRTUAL', 'PROFESSIONAL_DUO', 'ONE_TIME_IMMERSION', 'LEARNING_COMMUNITY', 'SUPERVISION')`);
    await queryRunner.query(`CREATE TABLE "mentoring_program" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(500) NOT NULL, "model" "public"."mentoring_model" NOT NULL, "forms" "public"."mentoring_form" array NOT NULL, "organization_id" uuid, "network_id" uuid, "coordinator_person_id" uuid, "starts_on" date NOT NULL, "ends_on" date, "goals" text NOT NULL DEFAULT '', "external_id" character varying(100), "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentoring_program_forms" CHECK (cardinality(forms) > 0), CONSTRAINT "ck_mentoring_program_period" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_mentoring_program_host" CHECK (num_nonnulls(organization_id, network_id) = 1), CONSTRAINT "ck_mentoring_program_name" CHECK (length(btrim(name)) > 0), CONSTRAINT "PK_37eb4452f166cda31836aa8a3e6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_29a4536d636829dfaf9bac6496" ON "mentoring_program"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b7417917daacba06d82d919edc" ON "mentoring_program"  ("network_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentoring_program_external_id" ON "mentoring_program"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_521cf2839c9f25d4b7634f5fce" ON "mentoring_program"  ("archived_at") `);
    // mentorship.form uses the mentoring_form type created with mentoring_program above.
    await queryRunner.query(`CREATE TYPE "public"."mentorship_status" AS ENUM('PLANNED', 'ACTIVE', 'COMPLETED', 'STOPPED')`);
    await queryRunner.query(`CREATE TABLE "mentorship" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "program_id" uuid NOT NULL, "form" "public"."mentoring_form" NOT NULL, "goals" text NOT NULL DEFAULT '', "starts_on" date NOT NULL, "ends_on" date, "status" "public"."mentorship_status" NOT NULL DEFAULT 'PLANNED', "stop_reason" text, "mentor_organization_id" uuid, "mentee_organization_id" uuid, "outcome" text NOT NULL DEFAULT '', "external_id" character varying(100), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentorship_stop_reason" CHECK ((status = 'STOPPED') = (stop_reason IS NOT NULL)), CONSTRAINT "ck_mentorship_period" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "PK_9db7a3f2fe493dcf5da7526bc9c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_05542c15a0802d01e62aaa4fcd" ON "mentorship"  ("program_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_008dcd1ec9bd0ef97b07c6b1b0" ON "mentorship"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentorship_external_id" ON "mentorship"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE TYPE "public"."mentorship_side" AS ENUM('MENTOR', 'MENTEE')`);
    await queryRunner.query(`CREATE TABLE "mentorship_participant" ("mentorship_id" uuid NOT NULL, "person_id" uuid NOT NULL, "side" "public"."mentorship_side" NOT NULL, CONSTRAINT "PK_e4ccf392314dff85a5bc0cda781" PRIMARY KEY ("mentorship_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6fb66226e54d5a063262c11c2b" ON "mentorship_participant"  ("person_id") `);
    await queryRunner.query(`CREATE TYPE "public"."session_format" AS ENUM('IN_PERSON', 'ONLINE', 'OPEN_LESSON', 'CONSULTATION')`);
    await queryRunner.query(`CREATE TABLE "mentorship_session" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "mentorship_id" uuid NOT NULL, "planned_on" date NOT NULL, "held_on" date, "format" "public"."session_format" NOT NULL, "topic" character varying(500) NOT NULL, "duration_minutes" integer, "notes" text NOT NULL DEFAULT '', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mentorship_session_topic" CHECK (length(btrim(topic)) > 0), CONSTRAINT "ck_mentorship_session_duration" CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 5 AND 600), CONSTRAINT "PK_61c1ee8d2ab59e4378dc7c1420d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8564e79b3d093df6e269001bd6" ON "mentorship_session"  ("mentorship_id") `);
    await queryRunner.query(`ALTER TABLE "mentor_profile" ADD CONSTRAINT "FK_f35e1542554e3ddbf38ea98b014" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentoring_program" ADD CONSTRAINT "FK_29a4536d636829dfaf9bac6496b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentoring_program" ADD CONSTRAINT "FK_b7417917daacba06d82d919edc4" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentoring_program" ADD CONSTRAINT "FK_61444c4b20ca94ad99afb36c6da" FOREIGN KEY ("coordinator_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentorship" ADD CONSTRAINT "FK_05542c15a0802d01e62aaa4fcdb" FOREIGN KEY ("program_id") REFERENCES "mentoring_program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentorship" ADD CONSTRAINT "FK_a76481bb96c5b9bf9e9ebe0af6c" FOREIGN KEY ("mentor_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentorship" ADD CONSTRAINT "FK_308db8c46782f41120e0f4cd85f" FOREIGN KEY ("mentee_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentorship_participant" ADD CONSTRAINT "FK_387dcca8c3cfe7de76a17105cb1" FOREIGN KEY ("mentorship_id") REFERENCES "mentorship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentorship_participant" ADD CONSTRAINT "FK_6fb66226e54d5a063262c11c2b0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentorship_session" ADD CONSTRAINT "FK_8564e79b3d093df6e269001bd6d" FOREIGN KEY ("mentorship_id") REFERENCES "mentorship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentorship_session" DROP CONSTRAINT "FK_8564e79b3d093df6e269001bd6d"`);
    await queryRunner.query(`ALTER TABLE "mentorship_participant" DROP CONSTRAINT "FK_6fb66226e54d5a063262c11c2b0"`);
    await queryRunner.query(`ALTER TABLE "mentorship_participant" DROP CONSTRAINT "FK_387dcca8c3cfe7de76a17105cb1"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "FK_308db8c46782f41120e0f4cd85f"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "FK_a76481bb96c5b9bf9e9ebe0af6c"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "FK_05542c15a0802d01e62aaa4fcdb"`);
    await queryRunner.query(`ALTER TABLE "mentoring_program" DROP CONSTRAINT "FK_61444c4b20ca94ad99afb36c6da"`);
    await queryRunner.query(`ALTER TABLE "mentoring_program" DROP CONSTRAINT "FK_b7417917daacba06d82d919edc4"`);
    await queryRunner.query(`ALTER TABLE "mentoring_program" DROP CONSTRAINT "FK_29a4536d636829dfaf9bac6496b"`);
    await queryRunner.query(`ALTER TABLE "mentor_profile" DROP CONSTRAINT "FK_f35e1542554e3ddbf38ea98b014"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8564e79b3d093df6e269001bd6"`);
    await queryRunner.query(`DROP TABLE "mentorship_session"`);
    await queryRunner.query(`DROP TYPE "public"."session_format"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fb66226e54d5a063262c11c2b"`);
    await queryRunner.query(`DROP TABLE "mentorship_participant"`);
    await queryRunner.query(`DROP TYPE "public"."mentorship_side"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentorship_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_008dcd1ec9bd0ef97b07c6b1b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05542c15a0802d01e62aaa4fcd"`);
    await queryRunner.query(`DROP TABLE "mentorship"`);
    await queryRunner.query(`DROP TYPE "public"."mentorship_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_521cf2839c9f25d4b7634f5fce"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentoring_program_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7417917daacba06d82d919edc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29a4536d636829dfaf9bac6496"`);
    await queryRunner.query(`DROP TABLE "mentoring_program"`);
    await queryRunner.query(`DROP TYPE "public"."mentoring_form"`);
    await queryRunner.query(`DROP TYPE "public"."mentoring_model"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentor_profile_person"`);
    await queryRunner.query(`DROP TABLE "mentor_profile"`);
    await queryRunner.query(`DROP TYPE "public"."mentor_direction"`);
    await queryRunner.query(`DROP TYPE "public"."mentor_type"`);
  }
}
