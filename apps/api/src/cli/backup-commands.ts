import { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { backupDatabase, restoreDatabase, TableProgress } from '../database/backup';
import { migrateUp, migrationStatus } from '../database/migrate';
import { progress } from './progress';

type WithDatabase = <T>(work: (ds: DataSource, db: { url: string }) => Promise<T>) => Promise<T>;

/** Superuser credentials of an embedded data directory: the generated ones when kept there, else the old constant. */
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

/**
 * The database to copy: DATABASE_URL's; or the embedded one — through the server the running app started (its
 * data directory holds a postmaster.pid), or by starting it when the app is not running.
 */
async function withTarget<T>(config: AppConfig, withDatabase: WithDatabase, work: (url: string, migrate: () => Promise<void>) => Promise<T>): Promise<T> {
  if (!config.DATABASE_URL) {
    const dataDir = resolve(config.DATA_DIR, 'pg');
    if (existsSync(join(dataDir, 'postmaster.pid'))) {
      const url = `postgresql://postgres:${encodeURIComponent(embeddedSuperuserPassword(dataDir))}@127.0.0.1:${config.EMBEDDED_PG_PORT}/metodset`;
      // The running app has migrated its database already.
      if (await answers(url)) return work(url, async () => undefined);
    }
  }
  return withDatabase((ds, db) =>
    work(db.url, async () => {
      if (!(await migrationStatus(ds)).some((m) => m.applied)) await migrateUp(ds);
    }),
  );
}

function bar(label: string) {
  let shown: ReturnType<typeof progress> | null = null;
  return {
    onTable: (p: TableProgress) => {
      shown ??= progress(label, p.total);
      shown.tick();
    },
    done: () => shown?.done(),
  };
}

/** `backup <file>` and `restore <file>`: a consistent copy of the whole database, made in Node (no pg_dump). */
export function registerBackupCommands(program: Command, config: () => AppConfig, withDatabase: WithDatabase): void {
  program
    .command('backup')
    .argument('<file>', 'where to write the copy (gzip), e.g. metodset-2026-12-03.backup')
    .description('Copy every table in one consistent snapshot, while the app keeps running')
    .action(async (file: string) => {
      await withTarget(config(), withDatabase, async (url) => {
        const b = bar('tables');
        const s = await backupDatabase(url, file, b.onTable);
        b.done();
        console.log(`Backup written to ${file}: ${s.tables} tables, ${s.rows} rows, schema of ${s.migrations} migrations`);
      });
    });
  program
    .command('restore')
    .argument('<file>', 'a file written by `backup`')
    .description('Replace every table with the copy in <file> (one transaction; the database must be at the same migration)')
    .action(async (file: string) => {
      await withTarget(config(), withDatabase, async (url, migrate) => {
        await migrate();
        const b = bar('tables');
        const s = await restoreDatabase(url, file, b.onTable);
        b.done();
        console.log(`Restored ${file}: ${s.tables} tables, ${s.rows} rows`);
      });
    });
}
