import { MigrationInterface, QueryRunner } from 'typeorm';

export class RouteLinks1796319389860 implements MigrationInterface {
  name = 'RouteLinks1796319389860';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD "event_id" uuid`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD "event_occurrence_date" date`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD "internship_module_id" uuid`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD "internship_cohort_id" uuid`);
    await queryRunner.query(`CREATE TYPE "public"."route_step_evidence_source" AS ENUM('ATTENDANCE', 'COMPLETION')`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD "evidence_source" "public"."route_step_evidence_source"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD "evidence_prev_status" "public"."route_step_status"`);
    await queryRunner.query(`CREATE INDEX "IDX_c88b97d0578d8c125a7764067e" ON "learning_route_step"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_78a6cb2cdd58bc74e51a6eac84" ON "learning_route_step"  ("internship_module_id") `);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD CONSTRAINT "ck_learning_route_step_auto_evidence" CHECK ((evidence_source IS NULL) = (evidence_prev_status IS NULL))`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD CONSTRAINT "ck_learning_route_step_module" CHECK ((internship_module_id IS NULL AND internship_cohort_id IS NULL) OR kind = 'INTERNSHIP_MODULE')`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD CONSTRAINT "ck_learning_route_step_event" CHECK ((event_id IS NULL AND event_occurrence_date IS NULL) OR kind = 'EVENT')`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD CONSTRAINT "FK_c88b97d0578d8c125a7764067ef" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD CONSTRAINT "FK_78a6cb2cdd58bc74e51a6eac841" FOREIGN KEY ("internship_module_id") REFERENCES "internship_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" ADD CONSTRAINT "FK_bd28ca89c2416111eeeb89d87e5" FOREIGN KEY ("internship_cohort_id") REFERENCES "internship_cohort"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP CONSTRAINT "FK_bd28ca89c2416111eeeb89d87e5"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP CONSTRAINT "FK_78a6cb2cdd58bc74e51a6eac841"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP CONSTRAINT "FK_c88b97d0578d8c125a7764067ef"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP CONSTRAINT "ck_learning_route_step_event"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP CONSTRAINT "ck_learning_route_step_module"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP CONSTRAINT "ck_learning_route_step_auto_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_78a6cb2cdd58bc74e51a6eac84"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c88b97d0578d8c125a7764067e"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP COLUMN "evidence_prev_status"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP COLUMN "evidence_source"`);
    await queryRunner.query(`DROP TYPE "public"."route_step_evidence_source"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP COLUMN "internship_cohort_id"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP COLUMN "internship_module_id"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP COLUMN "event_occurrence_date"`);
    await queryRunner.query(`ALTER TABLE "learning_route_step" DROP COLUMN "event_id"`);
  }
}
