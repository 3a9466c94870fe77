import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanStageDescription1796314984791 implements MigrationInterface {
  name = 'PlanStageDescription1796314984791';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_stage" ADD "description" text NOT NULL DEFAULT ''`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_stage" DROP COLUMN "description"`);
  }
}
