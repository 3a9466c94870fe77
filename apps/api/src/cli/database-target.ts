import { existsSync } from 'node:fs';
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

/** The URL of the embedded server the running app started (its data directory holds a postmaster.pid), if it answers. */
export async function runningEmbeddedUrl(config: AppConfig): Promise<string | null> {
  if (config.DATABASE_URL) return null;
  const dataDir = resolve(config.DATA_DIR, 'pg');
  const password = embeddedSuperuserPassword(dataDir);
  if (!password || !existsSync(join(dataDir, 'postmaster.pid'))) return null;
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.EMBEDDED_PG_PORT}/metodset`;
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
