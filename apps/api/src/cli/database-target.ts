import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { createDataSource } from '../database/data-source';

export type WithDatabase = <T>(work: (ds: DataSource, db: { url: string }) => Promise<T>) => Promise<T>;

/** Superuser password of an embedded data directory: the generated one when kept there, else the old constant. */
function embeddedSuperuserPassword(dataDir: string): string {
  const file = join(dataDir, 'metodset-credentials.json');
  if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { superuserPassword: string }).superuserPassword;
  return 'metodset-local';
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
  if (!existsSync(join(dataDir, 'postmaster.pid'))) return null;
  const url = `postgresql://postgres:${encodeURIComponent(embeddedSuperuserPassword(dataDir))}@127.0.0.1:${config.EMBEDDED_PG_PORT}/metodset`;
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
