import 'reflect-metadata';
// globalSetup runs outside jest's module map: resolve the path aliases here too.
import { register } from 'tsconfig-paths';
import { resolve } from 'node:path';
register({ baseUrl: resolve(__dirname, '../../../..'), paths: { '@metodset/shared': ['libs/shared/src/index.ts'] } });
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { buildApiIfNeeded, runCli } from './api-process';

export const TEMPLATE_DB = 'metodset_test_template';

declare global {
  var __METODSET_PG__: { stop(): Promise<void> } | undefined;
}

/** Starts PostgreSQL once per jest run and prepares the template every test database is cloned from. */
export default async function globalSetup(): Promise<void> {
  // The specs that run the built API as a process (faults, production defaults) need dist/ fresh; building it here,
  // once, keeps two jest workers from compiling into the same folder at the same time.
  buildApiIfNeeded();
  let serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const logs: string[] = [];
    const parent = mkdtempSync(join(tmpdir(), 'metodset-test-'));
    chmodSync(parent, 0o755);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const pg = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), port, persistent: false, log: (l) => logs.push(l) }).catch((err: unknown) => {
      throw new Error(`Embedded PostgreSQL did not start: ${String(err)}\n${logs.join('\n')}`);
    });
    globalThis.__METODSET_PG__ = pg;
    serverUrl = pg.serverUrl;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  // Migrated and seeded as on a first start, the computed indicators recalculated by the application itself (the
  // demo's last step), by the built CLI in a process of its own: an application built here, outside jest's module
  // registry, would leave @nestjs/graphql's global type storage behind, and a test file run in this same process (a
  // single file runs in band) would then build its schema from those foreign classes and fail.
  const seeded = runCli(['seed', 'demo'], { DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DB), NODE_ENV: 'test' });
  if (seeded.status !== 0) throw new Error(`seeding the test template failed:\n${seeded.out}`);
  process.env['METODSET_TEST_SERVER_URL'] = serverUrl;
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
