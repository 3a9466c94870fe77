import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { readEmbeddedCredentials } from '../database/embedded-postgres';

export type WithDatabase = <T>(work: (ds: DataSource, db: { url: string }) => Promise<T>) => Promise<T>;

/** Superuser password of an embedded data directory (the one generated at its first start; see embedded-postgres.ts). */
function embeddedSuperuserPassword(dataDir: string): string | null {
  return readEmbeddedCredentials(dataDir)?.superuserPassword ?? null;
}

async function answers(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * The port the server running on a data directory listens on: the fourth line of its `postmaster.pid` (PostgreSQL's
 * own layout: pid, data directory, start time, port, …); null when there is no such file or no port in it.
 */
export function postmasterPort(dataDir: string): number | null {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const port = Number(readFileSync(file, 'utf8').split('\n')[3]?.trim());
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}

/**
 * The URL of the embedded server the running app started (its data directory holds a postmaster.pid), if it answers:
 * on the port that server listens on, whatever `EMBEDDED_PG_PORT` this command was given.
 */
export async function runningEmbeddedUrl(config: AppConfig): Promise<string | null> {
  if (config.DATABASE_URL) return null;
  const dataDir = resolve(config.DATA_DIR, 'pg');
  const password = embeddedSuperuserPassword(dataDir);
  const port = postmasterPort(dataDir);
  if (!password || port === null) return null;
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/metodset`;
  return (await answers(url)) ? url : null;
}

/**
 * For commands that may run beside the app: DATABASE_URL's database; or the embedded one — through the server the
 * running app started, or by starting it (`withDatabase`) when the app is not running. `running` tells which.
 */
export async function withLiveDatabase<T>(
  config: AppConfig,
  withDatabase: WithDatabase,
  work: (ds: DataSource, url: string, running: boolean) => Promise<T>,
): Promise<T> {
  const url = await runningEmbeddedUrl(config);
  if (!url) return withDatabase((ds, db) => work(ds, db.url, false));
  const ds = await createDataSource(url).initialize();
  try {
    return await work(ds, url, true);
  } finally {
    await ds.destroy();
  }
}
