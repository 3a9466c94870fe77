import { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworkMembershipConsent1796293797027 implements MigrationInterface {
  name = 'NetworkMembershipConsent1796293797027';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."network_member_status" AS ENUM('INVITED', 'ACCEPTED', 'DECLINED', 'LEFT')`);
    await queryRunner.query(`ALTER TABLE "network_member" ADD "status" "public"."network_member_status" NOT NULL DEFAULT 'ACCEPTED'`);
    await queryRunner.query(`CREATE INDEX "IDX_958c90775c2df0f82c5912cba2" ON "network_member"  ("status") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_958c90775c2df0f82c5912cba2"`);
    await queryRunner.query(`ALTER TABLE "network_member" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."network_member_status"`);
  }
}
