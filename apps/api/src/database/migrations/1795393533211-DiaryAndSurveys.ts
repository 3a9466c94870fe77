import { MigrationInterface, QueryRunner } from 'typeorm';

export class DiaryAndSurveys1795393533211 implements MigrationInterface {
  name = 'DiaryAndSurveys1795393533211';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."diary_visibility" AS ENUM('PARTICIPANTS', 'SHARED')`);
    await queryRunner.query(`CREATE TABLE "diary_entry" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "mentorship_id" uuid, "association_id" uuid, "author_person_id" uuid NOT NULL, "written_on" date NOT NULL, "text" text NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "visibility" "public"."diary_visibility" NOT NULL DEFAULT 'PARTICIPANTS', "external_id" character varying(100), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_diary_entry_text" CHECK (length(btrim(text)) > 0), CONSTRAINT "ck_diary_entry_owner" CHECK (num_nonnulls(mentorship_id, association_id) = 1), CONSTRAINT "PK_31547daef53774d068540599e40" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c47ef7a8f94fa816460a6374fc" ON "diary_entry"  ("mentorship_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a20f481bad030f115fad3ba54d" ON "diary_entry"  ("association_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_260864d6c39f8282786de91f27" ON "diary_entry"  ("author_person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_diary_entry_external_id" ON "diary_entry"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "program_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "is_final" boolean NOT NULL DEFAULT true, "questions" jsonb NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "external_id" character varying(100), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_survey_questions" CHECK (jsonb_array_length(questions) > 0), CONSTRAINT "ck_survey_title" CHECK (length(btrim(title)) > 0), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7f32456878e88fdcf6bdae8e99" ON "survey"  ("program_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_survey_external_id" ON "survey"  ("external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "survey_response" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "survey_id" uuid NOT NULL, "mentorship_id" uuid NOT NULL, "person_id" uuid NOT NULL, "side" "public"."mentorship_side" NOT NULL, "answers" jsonb NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_survey_response" UNIQUE ("survey_id", "mentorship_id", "person_id"), CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3282a960be3ebb4c396bc1e391" ON "survey_response"  ("survey_id") `);
    await queryRunner.query(`ALTER TABLE "diary_entry" ADD CONSTRAINT "FK_c47ef7a8f94fa816460a6374fc5" FOREIGN KEY ("mentorship_id") REFERENCES "mentorship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diary_entry" ADD CONSTRAINT "FK_a20f481bad030f115fad3ba54d5" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diary_entry" ADD CONSTRAINT "FK_260864d6c39f8282786de91f275" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey" ADD CONSTRAINT "FK_7f32456878e88fdcf6bdae8e998" FOREIGN KEY ("program_id") REFERENCES "mentoring_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_ba5631afcf4a702ff550f329d1a" FOREIGN KEY ("mentorship_id") REFERENCES "mentorship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_response" ADD CONSTRAINT "FK_1be14d252a8cbe39b5e4f4db330" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_1be14d252a8cbe39b5e4f4db330"`);
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_ba5631afcf4a702ff550f329d1a"`);
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_7f32456878e88fdcf6bdae8e998"`);
    await queryRunner.query(`ALTER TABLE "diary_entry" DROP CONSTRAINT "FK_260864d6c39f8282786de91f275"`);
    await queryRunner.query(`ALTER TABLE "diary_entry" DROP CONSTRAINT "FK_a20f481bad030f115fad3ba54d5"`);
    await queryRunner.query(`ALTER TABLE "diary_entry" DROP CONSTRAINT "FK_c47ef7a8f94fa816460a6374fc5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3282a960be3ebb4c396bc1e391"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f32456878e88fdcf6bdae8e99"`);
    await queryRunner.query(`DROP TABLE "survey"`);
    await queryRunner.query(`DROP INDEX "public"."uq_diary_entry_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_260864d6c39f8282786de91f27"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a20f481bad030f115fad3ba54d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c47ef7a8f94fa816460a6374fc"`);
    await queryRunner.query(`DROP TABLE "diary_entry"`);
    await queryRunner.query(`DROP TYPE "public"."diary_visibility"`);
  }
}
