import { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1796331903633 implements MigrationInterface {
  name = 'Jobs1796331903633';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."job_state" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "job" ("id" uuid NOT NULL, "owner_account_id" uuid NOT NULL, "kind" character varying(100) NOT NULL, "title" character varying(300) NOT NULL, "params" jsonb NOT NULL, "state" "public"."job_state" NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "attempts" smallint NOT NULL DEFAULT '0', "error" character varying(1000), "result_name" character varying(200), "result_mime" character varying(100), "result_data" bytea, "result_size" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_job_error" CHECK ((state = 'FAILED') = (error IS NOT NULL)), CONSTRAINT "ck_job_result" CHECK (state = 'DONE' OR (result_data IS NULL AND result_name IS NULL)), CONSTRAINT "ck_job_kind" CHECK (length(btrim(kind)) > 0), CONSTRAINT "ck_job_progress" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "PK_98ab1c14ff8d1cf80d18703b92f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_job_owner_created" ON "job"  ("owner_account_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "job" ADD CONSTRAINT "FK_9cef9a563f822dc7f15afc0394f" FOREIGN KEY ("owner_account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job" DROP CONSTRAINT "FK_9cef9a563f822dc7f15afc0394f"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_owner_created"`);
    await queryRunner.query(`DROP TABLE "job"`);
    await queryRunner.query(`DROP TYPE "public"."job_state"`);
  }
}
