import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseIdentifiers1796364737242 implements MigrationInterface {
  name = 'CaseIdentifiers1796364737242';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competency_framework" ADD "case_identifier" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "competence_area" ADD "case_identifier" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "competence" ADD "case_identifier" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "competence_indicator" ADD "case_identifier" character varying(200)`);
    await queryRunner.query(`CREATE INDEX "IDX_0e2a0baca72aaa821fb9fa5165" ON "competency_framework"  ("case_identifier") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_0e2a0baca72aaa821fb9fa5165"`);
    await queryRunner.query(`ALTER TABLE "competence_indicator" DROP COLUMN "case_identifier"`);
    await queryRunner.query(`ALTER TABLE "competence" DROP COLUMN "case_identifier"`);
    await queryRunner.query(`ALTER TABLE "competence_area" DROP COLUMN "case_identifier"`);
    await queryRunner.query(`ALTER TABLE "competency_framework" DROP COLUMN "case_identifier"`);
  }
}
