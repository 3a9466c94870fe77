import { MigrationInterface, QueryRunner } from 'typeorm';

export class IllustrativeMarker1796304647892 implements MigrationInterface {
  name = 'IllustrativeMarker1796304647892';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "illustrative" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "illustrative" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD "illustrative" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "illustrative"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "illustrative"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "illustrative"`);
  }
}
