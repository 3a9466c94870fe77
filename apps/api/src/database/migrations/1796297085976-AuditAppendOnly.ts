import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log names the people whose data each action concerned, and it is append-only: a trigger refuses
 * UPDATE, DELETE and TRUNCATE for every role (restore runs with session_replication_role = replica, which
 * ordinary triggers do not fire under).
 */
export class AuditAppendOnly1796297085976 implements MigrationInterface {
  name = 'AuditAppendOnly1796297085976';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "person_ids" uuid array`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_person_ids" ON "audit_log" USING gin ("person_ids")`);
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER tr_audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_person_ids"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "person_ids"`);
  }
}
