import type PgBossType from 'pg-boss';
import { Client } from 'pg';

// pg-boss 10 is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgBoss = require('pg-boss') as typeof PgBossType;

/** The job queue's schema (pg-boss): created and migrated by the owner, used by the app role. */
export const JOB_SCHEMA = 'pgboss';

/**
 * Run as the owner (the role that runs the migrations), at every start: pg-boss creates or migrates its `pgboss`
 * schema here, so the app role never needs CREATE on the database. The two functions that add and drop a queue's
 * partition (DDL on tables the owner owns) run with the owner's rights (SECURITY DEFINER, a fixed search_path, and
 * EXECUTE only for the app role), so a queue first used by a later version of the app still works. Idempotent.
 */
export async function installJobSchema(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, max: 1, application_name: 'metodset-migrate', migrate: true, supervise: false, schedule: false });
  boss.on('error', () => undefined);
  await boss.start();
  await boss.stop({ graceful: false, wait: true, close: true });
}

/** Gives `role` what serving jobs needs in the `pgboss` schema: its rows, not its shape. Inside the caller's transaction. */
export async function grantJobSchema(c: Client, role: string): Promise<void> {
  const s = JOB_SCHEMA;
  await c.query(`GRANT USAGE ON SCHEMA ${s} TO ${role}`);
  await c.query(`REVOKE CREATE ON SCHEMA ${s} FROM ${role}`);
  await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${role}`);
  await c.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${role}`);
  // Partitions the definer functions add later: the same rows for the app role.
  await c.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
  for (const fn of [`${s}.create_queue(text, json)`, `${s}.delete_queue(text)`]) {
    // A schema an earlier version let the app role create stays its own (see README, «Database roles»).
    const own = await c.query(`SELECT 1 FROM pg_proc WHERE oid = $1::regprocedure AND proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`, [fn]);
    if (own.rowCount) await c.query(`ALTER FUNCTION ${fn} SECURITY DEFINER SET search_path = pg_catalog, pg_temp`);
    await c.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
    await c.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${role}`);
  }
}
