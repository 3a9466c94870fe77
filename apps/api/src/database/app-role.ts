import { Client } from 'pg';
import { grantJobSchema, installJobSchema } from './job-schema';

/** The role the app serves requests with on the embedded database. */
export const EMBEDDED_APP_ROLE = 'metodset_app';

/** Tables the app may add to and read but never change or remove rows of. */
export const APPEND_ONLY_TABLES = ['audit_log'];

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad role name: ${name}`);
  return `"${name}"`;
};
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The role name and password in a postgres:// URL. */
export function roleOf(url: string): { user: string; password: string } {
  const u = new URL(url);
  return { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}

/**
 * Run as the owner after the migrations: makes sure `role` exists (creating it with `password` when
 * it does not and the owner may create roles; otherwise the operator must have created it) and gives
 * it what serving needs — rows of every table and sequence in `public` and of the job queue's `pgboss` schema (which
 * the owner creates and migrates here) — except UPDATE, DELETE and TRUNCATE on the append-only tables; never CREATE
 * on the database or its schemas. Idempotent; re-run at every start, so new tables are covered.
 */
export async function provisionAppRole(ownerUrl: string, role: { user: string; password?: string }, opts: { setPassword?: boolean } = {}): Promise<void> {
  const name = ident(role.user);
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    // The job queue's schema, created or migrated by the owner before the app role is given its rows.
    await installJobSchema(ownerUrl);
    const exists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.user]);
    if (!exists.rowCount) {
      if (!role.password) throw new Error(`Database role ${role.user} does not exist: create it (LOGIN, with a password) or give its password`);
      // Two instances starting at once may race: a duplicate is fine.
      await c.query(`CREATE ROLE ${name} LOGIN PASSWORD ${literal(role.password)} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`).catch((err: { code?: string }) => {
        if (err.code !== '42710' && err.code !== '23505') throw err;
      });
    }
    else if (opts.setPassword && role.password) await c.query(`ALTER ROLE ${name} LOGIN PASSWORD ${literal(role.password)}`);
    const { rows } = await c.query<{ rolsuper: boolean; rolbypassrls: boolean }>('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1', [role.user]);
    if (rows[0]?.rolsuper) throw new Error(`Database role ${role.user} is a superuser: the app must serve as an ordinary role (see README, «Database roles»)`);
    const db = (await c.query<{ db: string; owner: string }>('SELECT current_database() AS db, current_user AS owner')).rows[0];
    if (db.owner === role.user) throw new Error(`DATABASE_APP_URL uses the owner role ${role.user}: the app must serve as another role`);
    await c.query('BEGIN');
    await c.query(`GRANT CONNECT ON DATABASE "${db.db}" TO ${name}`);
    // No schemas of its own: the owner keeps the job queue's `pgboss` schema (installJobSchema, above), the app its rows.
    await c.query(`REVOKE CREATE ON DATABASE "${db.db}" FROM ${name}`);
    await grantJobSchema(c, name);
    await c.query(`GRANT USAGE ON SCHEMA public TO ${name}`);
    await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`);
    await c.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`);
    await c.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${name}`);
    for (const table of APPEND_ONLY_TABLES) {
      const present = await c.query('SELECT to_regclass($1) IS NOT NULL AS present', [`public.${table}`]);
      if ((present.rows[0] as { present: boolean }).present) await c.query(`REVOKE UPDATE, DELETE, TRUNCATE ON public.${ident(table)} FROM ${name}`);
    }
    // Nothing the migrations keep for themselves.
    const migrations = await c.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
    if ((migrations.rows[0] as { present: boolean }).present) await c.query(`REVOKE INSERT, UPDATE, DELETE ON public.migrations FROM ${name}`);
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await c.end();
  }
}
