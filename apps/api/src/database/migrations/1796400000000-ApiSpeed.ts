import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions resolved from a cache for a few seconds (modules/auth/session-cache.ts) stay correct: a change of a
 * session's end, of an account or of its grants, committed by anyone, notifies `metodset_sessions`, on which every
 * API instance listens and forgets its cache. (Touching `last_seen_at` forward notifies nothing; moving it back does.)
 * The people list's default order (by full name) read from an index instead of sorting every person: the expression
 * is `PERSON_NAME_ORDER_SQL` of person.repository.ts (immutable, unlike concat_ws, so it can be indexed).
 */
export class ApiSpeed1796400000000 implements MigrationInterface {
  name = 'ApiSpeed1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "notify_session_change"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('metodset_sessions', TG_TABLE_NAME); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_session_change" AFTER UPDATE ON "session" FOR EACH ROW
         WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
               OR OLD.account_id IS DISTINCT FROM NEW.account_id OR NEW.last_seen_at < OLD.last_seen_at)
         EXECUTE FUNCTION "notify_session_change"()`,
    );
    await queryRunner.query(`CREATE TRIGGER "tr_session_delete" AFTER DELETE ON "session" FOR EACH STATEMENT EXECUTE FUNCTION "notify_session_change"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_account_change" AFTER UPDATE OR DELETE ON "account" FOR EACH STATEMENT EXECUTE FUNCTION "notify_session_change"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_role_grant_change" AFTER INSERT OR UPDATE OR DELETE ON "role_grant" FOR EACH STATEMENT EXECUTE FUNCTION "notify_session_change"()`);
    await queryRunner.query(`CREATE INDEX "ix_person_name_order" ON "person" (("last_name" || ' ' || "first_name" || COALESCE(' ' || "middle_name", '')), "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_person_name_order"`);
    await queryRunner.query(`DROP TRIGGER "tr_role_grant_change" ON "role_grant"`);
    await queryRunner.query(`DROP TRIGGER "tr_account_change" ON "account"`);
    await queryRunner.query(`DROP TRIGGER "tr_session_delete" ON "session"`);
    await queryRunner.query(`DROP TRIGGER "tr_session_change" ON "session"`);
    await queryRunner.query(`DROP FUNCTION "notify_session_change"()`);
  }
}
