import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type PgBossType from 'pg-boss';
import { createApp } from '../src/app.factory';
import { JobQueue } from '../src/common/jobs/job-queue';
import { loadConfig } from '../src/config/config';
import { provisionAppRole } from '../src/database/app-role';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const PgBoss = require('pg-boss') as typeof PgBossType;

/**
 * The app role's rights on the job queue: the owner creates and migrates the `pgboss` schema when it provisions the
 * app role; the app role has no CREATE on the database or on that schema, and still runs pg-boss as the app does —
 * a new queue (its partition made by the owner's definer function), send, fetch, complete — and the API's JobQueue
 * starts as that role.
 */
const withDatabase = (url: string, db: string, user?: { name: string; password: string }) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  if (user) {
    u.username = user.name;
    u.password = user.password;
  }
  return u.toString();
};

describe('job queue schema: kept by the owner, used by the app role', () => {
  const server = process.env['METODSET_TEST_SERVER_URL']!;
  const suffix = randomBytes(5).toString('hex');
  const database = `t_jobs_${suffix}`;
  const role = { name: `jobs_app_${suffix}`, password: randomBytes(12).toString('hex') };
  let owner: Client;
  const ownerUrl = withDatabase(server, database);
  const appUrl = withDatabase(server, database, role);
  const one = async <T>(sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows[0] as T;

  beforeAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database} TEMPLATE metodset_test_template`);
    await admin.end();
    await provisionAppRole(ownerUrl, { user: role.name, password: role.password });
    owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${role.name}`);
    await admin.end();
  });

  it('gives the app role rows of the pgboss schema the owner created, never CREATE on the database or the schema', async () => {
    expect(await one(`SELECT pg_get_userbyid(nspowner) = current_user AS own FROM pg_namespace WHERE nspname = 'pgboss'`)).toEqual({ own: true });
    expect(
      await one(
        `SELECT has_database_privilege($1, current_database(), 'CREATE') AS "createDb", has_schema_privilege($1, 'pgboss', 'CREATE') AS "createSchema",
                has_schema_privilege($1, 'pgboss', 'USAGE') AS usage, has_table_privilege($1, 'pgboss.job', 'INSERT,UPDATE,DELETE') AS rows,
                has_schema_privilege($1, 'public', 'CREATE') AS "createPublic"`,
        [role.name],
      ),
    ).toEqual({ createDb: false, createSchema: false, usage: true, rows: true, createPublic: false });
    // The two functions that make and drop a queue's partition run with the owner's rights, for the app role only.
    const fns = (await owner.query(`SELECT proname, prosecdef, has_function_privilege('public', oid, 'EXECUTE') AS "public" FROM pg_proc WHERE pronamespace = 'pgboss'::regnamespace ORDER BY proname`)).rows;
    expect(fns).toEqual([
      { proname: 'create_queue', prosecdef: true, public: false },
      { proname: 'delete_queue', prosecdef: true, public: false },
    ]);
    // Provisioning runs at every start: a second run changes nothing and fails nothing.
    await expect(provisionAppRole(ownerUrl, { user: role.name, password: role.password })).resolves.toBeUndefined();
  });

  it('runs pg-boss as the app role: a new queue, send, fetch, complete; its own DDL is refused', async () => {
    const boss = new PgBoss({ connectionString: appUrl, schema: 'pgboss', max: 2, migrate: true, supervise: false, schedule: false });
    boss.on('error', () => undefined);
    await boss.start();
    try {
      await boss.createQueue('metodset-schema-test', { name: 'metodset-schema-test' });
      const id = await boss.send('metodset-schema-test', { n: 1 });
      const [job] = await boss.fetch<{ n: number }>('metodset-schema-test');
      expect(job).toMatchObject({ id, data: { n: 1 } });
      await boss.complete('metodset-schema-test', job!.id);
      expect(await one(`SELECT state::text AS state FROM pgboss.job WHERE id = $1`, [id])).toEqual({ state: 'completed' });
      // The partition the definer made belongs to the owner.
      expect(await one(`SELECT pg_get_userbyid(c.relowner) = current_user AS own FROM pgboss.queue q JOIN pg_class c ON c.relname = q.partition_name WHERE q.name = 'metodset-schema-test'`)).toEqual({ own: true });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const app = new Client({ connectionString: appUrl });
    await app.connect();
    try {
      await expect(app.query(`CREATE SCHEMA sneaky`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`CREATE TABLE pgboss.sneaky (id int)`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`CREATE TABLE public.sneaky (id int)`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });

  it('starts the API’s job queue as the app role', async () => {
    let api: INestApplication | undefined;
    try {
      api = await createApp(loadConfig({ NODE_ENV: 'test' }), appUrl, { logger: false });
      await api.init();
      expect(api.get(JobQueue).started).toBe(true);
      expect(await one(`SELECT count(*)::int AS n FROM pgboss.queue WHERE name = 'metodset-jobs'`)).toEqual({ n: 1 });
    } finally {
      await api?.close();
    }
  });
});
