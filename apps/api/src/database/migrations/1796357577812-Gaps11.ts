import { MigrationInterface, QueryRunner } from 'typeorm';

export class Gaps111796357577812 implements MigrationInterface {
  name = 'Gaps111796357577812';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."indicator_value_source" ADD VALUE 'CALCULATION'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Values stored by the recalculation have no source without the value: they go (the next recalculation restores them).
    await queryRunner.query(`DELETE FROM "indicator_value" WHERE "source" = 'CALCULATION'`);
    await queryRunner.query(`ALTER TABLE "indicator_value" ALTER COLUMN "source" DROP DEFAULT`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_value_source_old" AS ENUM('VPR', 'GIA', 'RSOKO', 'OLYMPIAD', 'CONTEST', 'MONITORING', 'OTHER')`);
    await queryRunner.query(`ALTER TABLE "indicator_value" ALTER COLUMN "source" TYPE "public"."indicator_value_source_old" USING "source"::"text"::"public"."indicator_value_source_old"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_value_source"`);
    await queryRunner.query(`ALTER TYPE "public"."indicator_value_source_old" RENAME TO "indicator_value_source"`);
    await queryRunner.query(`ALTER TABLE "indicator_value" ALTER COLUMN "source" SET DEFAULT 'OTHER'`);
  }
}
