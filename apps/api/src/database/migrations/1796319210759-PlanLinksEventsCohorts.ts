import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanLinksEventsCohorts1796319210759 implements MigrationInterface {
  name = 'PlanLinksEventsCohorts1796319210759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_item_link" ADD "occurrence_date" date`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" DROP CONSTRAINT "uq_plan_item_link"`);
    await queryRunner.query(`ALTER TYPE "public"."plan_link_kind" ADD VALUE 'EVENT'`);
    await queryRunner.query(`ALTER TYPE "public"."plan_link_kind" ADD VALUE 'INTERNSHIP_COHORT'`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" ADD CONSTRAINT "ck_plan_item_link_occurrence" CHECK (occurrence_date IS NULL OR kind::text = 'EVENT')`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" ADD CONSTRAINT "uq_plan_item_link" UNIQUE ("item_id", "kind", "target_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_item_link" DROP CONSTRAINT "uq_plan_item_link"`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" DROP CONSTRAINT "ck_plan_item_link_occurrence"`);
    await queryRunner.query(`CREATE TYPE "public"."plan_link_kind_old" AS ENUM('MENTORSHIP', 'CAMPAIGN')`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" ALTER COLUMN "kind" TYPE "public"."plan_link_kind_old" USING "kind"::"text"::"public"."plan_link_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."plan_link_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."plan_link_kind_old" RENAME TO "plan_link_kind"`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" ADD CONSTRAINT "uq_plan_item_link" UNIQUE ("item_id", "kind", "target_id")`);
    await queryRunner.query(`ALTER TABLE "plan_item_link" DROP COLUMN "occurrence_date"`);
  }
}
