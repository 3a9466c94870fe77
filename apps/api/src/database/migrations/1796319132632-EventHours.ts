import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventHours1796319132632 implements MigrationInterface {
  name = 'EventHours1796319132632';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ADD "hours" numeric(5,1)`);
    await queryRunner.query(`ALTER TABLE "event" ADD CONSTRAINT "ck_event_hours" CHECK (hours IS NULL OR (hours > 0 AND hours <= 1000))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "ck_event_hours"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "hours"`);
  }
}
