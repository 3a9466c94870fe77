import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/config';
import { createDataSource } from '../../src/database/data-source';
import { QueryCounter } from '../../src/database/query-counter';
import { DEMO_PASSWORD } from '../../src/seed/demo/accounts.data';

const TEMPLATE_DB = 'metodset_test_template';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApp {
  url: string;
  app: INestApplication;
  /** Counts SQL statements the app sends. */
  counter: QueryCounter;
  /** Direct access to this file's database (fixtures, assertions). */
  db: DataSource;
  /** The database's name (to start a second app on it: `startTestApp(env, { sameDatabaseAs })`). */
  database: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  login(login: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/**
 * A database of its own (cloned from the migrated, seeded template) and the API listening on it. Its nightly schedules
 * are registered but never run (`SCHEDULED_JOBS=off`): a test calls the task itself.
 *
 * `beforeStart` runs on the created application before it starts (its modules' bootstrap hooks, e.g. the job workers,
 * run only after it): a test registers what must be there when the workers take their first job.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { sameDatabaseAs?: TestApp; beforeStart?: (app: INestApplication) => void } = {},
): Promise<TestApp> {
  const server = process.env['METODSET_TEST_SERVER_URL'];
  if (!server) throw new Error('globalSetup did not run');
  // A second instance on the database of another (it leaves the database to its owner on close).
  const owned = !opts.sameDatabaseAs;
  const name = opts.sameDatabaseAs?.database ?? `t_${randomBytes(6).toString('hex')}`;
  if (owned) {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    await admin.end();
  }
  const url = withDatabase(server, name);
  const counter = new QueryCounter(false, false);
  const app = await createApp(loadConfig({ NODE_ENV: 'test', SCHEDULED_JOBS: 'off', ...env }), url, { queryCounter: counter, logger: false });
  opts.beforeStart?.(app);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const db = await createDataSource(url).initialize();

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<GqlResult<T>> => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  };
  const login = async (loginName: string, password = DEMO_PASSWORD): Promise<string> => {
    const r = await gql<{ login: { token: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { token } }',
      { i: { login: loginName, password } },
    );
    if (!r.data?.login) throw new Error(`login ${loginName} failed: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };
  return {
    url: base,
    app,
    counter,
    db,
    database: name,
    gql,
    login,
    close: async () => {
      await app.close();
      await db.destroy();
      if (!owned) return;
      const a = new Client({ connectionString: server });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** The id of a demo row by its external id. */
export async function idOf(db: DataSource, table: 'organization' | 'person', externalId: string): Promise<string> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM ${table} WHERE external_id = $1`, [externalId]);
  if (!rows[0]) throw new Error(`${table} ${externalId} not in demo data`);
  return rows[0].id;
}
