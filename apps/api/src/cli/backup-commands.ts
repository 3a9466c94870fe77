import { Command } from 'commander';
import { AppConfig } from '../config/config';
import { backupDatabase, restoreDatabase, TableProgress } from '../database/backup';
import { migrateUp, migrationStatus } from '../database/migrate';
import { WithDatabase, withLiveDatabase } from './database-target';
import { progress } from './progress';

/** The database to copy, with a step that migrates a database that has none yet (restore into a fresh one). */
function withTarget<T>(config: AppConfig, withDatabase: WithDatabase, work: (url: string, migrate: () => Promise<void>) => Promise<T>): Promise<T> {
  return withLiveDatabase(config, withDatabase, (ds, url) =>
    work(url, async () => {
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
