import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentPlanGreedyScore1795397719915 implements MigrationInterface {
  name = 'AssignmentPlanGreedyScore1795397719915';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment_plan" ADD "greedy_score" numeric(12,2)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment_plan" DROP COLUMN "greedy_score"`);
  }
}
