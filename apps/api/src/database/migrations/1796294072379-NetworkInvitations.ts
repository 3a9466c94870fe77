import { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworkInvitations1796294072379 implements MigrationInterface {
  name = 'NetworkInvitations1796294072379';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_member" ADD "invited_by_account_id" uuid`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD "invited_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD "responded_by_account_id" uuid`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD "responded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD CONSTRAINT "FK_7ec4bbf0e8891ea18372f5c1a5a" FOREIGN KEY ("invited_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD CONSTRAINT "FK_4cc5871391aecdbb1630b7ece85" FOREIGN KEY ("responded_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_4cc5871391aecdbb1630b7ece85"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP CONSTRAINT "FK_7ec4bbf0e8891ea18372f5c1a5a"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP COLUMN "responded_at"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP COLUMN "responded_by_account_id"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP COLUMN "invited_at"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP COLUMN "invited_by_account_id"`);
  }
}
