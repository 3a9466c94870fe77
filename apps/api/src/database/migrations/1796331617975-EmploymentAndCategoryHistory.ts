import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmploymentAndCategoryHistory1796331617975 implements MigrationInterface {
  name = 'EmploymentAndCategoryHistory1796331617975';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "qualification_record" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "person_id" uuid NOT NULL, "category" "public"."qualification_category" NOT NULL, "assigned_on" date NOT NULL, "order_ref" character varying(200), "valid_until" date, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_qualification_record" UNIQUE ("person_id", "category", "assigned_on"), CONSTRAINT "ck_qualification_record_assigned" CHECK (assigned_on >= DATE '1960-01-01'), CONSTRAINT "ck_qualification_record_period" CHECK (valid_until IS NULL OR valid_until > assigned_on), CONSTRAINT "ck_qualification_record_category" CHECK (category <> 'NONE'), CONSTRAINT "PK_b6060698adb9ea45fedbb6019b7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_18acf35dfd8a3f518bdb9e3b6d" ON "qualification_record"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "position" ADD "started_on" date`);
    await queryRunner.query(`ALTER TABLE "position" ADD "ended_on" date`);
    await queryRunner.query(`CREATE INDEX "IDX_bf54b569d47e4114b0f340187a" ON "position"  ("ended_on") `);
    await queryRunner.query(`ALTER TABLE "position" ADD CONSTRAINT "ck_position_dates" CHECK ((started_on IS NULL OR started_on >= DATE '1940-01-01') AND (ended_on IS NULL OR ended_on >= DATE '1940-01-01'))`);
    await queryRunner.query(`ALTER TABLE "position" ADD CONSTRAINT "ck_position_period" CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)`);
    await queryRunner.query(`ALTER TABLE "qualification_record" ADD CONSTRAINT "FK_18acf35dfd8a3f518bdb9e3b6de" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "qualification_record" DROP CONSTRAINT "FK_18acf35dfd8a3f518bdb9e3b6de"`);
    await queryRunner.query(`ALTER TABLE "position" DROP CONSTRAINT "ck_position_period"`);
    await queryRunner.query(`ALTER TABLE "position" DROP CONSTRAINT "ck_position_dates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf54b569d47e4114b0f340187a"`);
    await queryRunner.query(`ALTER TABLE "position" DROP COLUMN "ended_on"`);
    await queryRunner.query(`ALTER TABLE "position" DROP COLUMN "started_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_18acf35dfd8a3f518bdb9e3b6d"`);
    await queryRunner.query(`DROP TABLE "qualification_record"`);
  }
}
