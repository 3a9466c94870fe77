import { MigrationInterface, QueryRunner } from 'typeorm';

export class Gaps101796331522347 implements MigrationInterface {
  name = 'Gaps101796331522347';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "internship_session" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "internship_certificate" ADD "revoke_reason" character varying(2000)`);
    await queryRunner.query(`CREATE INDEX "IDX_af7852bab9351c57978710cfae" ON "internship_session"  ("archived_at") `);
    await queryRunner.query(`ALTER TABLE "internship_certificate" ADD CONSTRAINT "ck_internship_certificate_revoke_reason" CHECK ((status = 'REVOKED') = (revoke_reason IS NOT NULL AND length(btrim(revoke_reason)) > 0))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "internship_certificate" DROP CONSTRAINT "ck_internship_certificate_revoke_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af7852bab9351c57978710cfae"`);
    await queryRunner.query(`ALTER TABLE "internship_certificate" DROP COLUMN "revoke_reason"`);
    await queryRunner.query(`ALTER TABLE "internship_session" DROP COLUMN "archived_at"`);
  }
}
