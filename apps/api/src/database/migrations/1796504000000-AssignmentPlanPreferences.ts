import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The preferences a plan was computed with (another school, the same municipality): a re-plan and a pair chosen by
 * hand score with them again. Plans made before take them from their 'create' audit row, where they were noted.
 */
export class AssignmentPlanPreferences1796504000000 implements MigrationInterface {
  name = 'AssignmentPlanPreferences1796504000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment_plan" ADD "preferences" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "assignment_plan" p SET "preferences" = a."after" -> 'preferences'
         FROM "audit_log" a
        WHERE a."entity_type" = 'assignment-plan' AND a."action" = 'create' AND a."entity_id" = p."id"
          AND jsonb_typeof(a."after" -> 'preferences') = 'object'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment_plan" DROP COLUMN "preferences"`);
  }
}
