import { DataSource } from 'typeorm';

export interface MigrationStatus {
  name: string;
  applied: boolean;
}

export async function migrateUp(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}

export async function migrateDown(ds: DataSource): Promise<void> {
  await ds.undoLastMigration({ transaction: 'each' });
}

export async function migrationStatus(ds: DataSource): Promise<MigrationStatus[]> {
  const applied = new Set<string>();
  const hasTable: { exists: boolean }[] = await ds.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS exists`);
  if (hasTable[0]?.exists) {
    const rows: { name: string }[] = await ds.query('SELECT name FROM migrations');
    rows.forEach((r) => applied.add(r.name));
  }
  return ds.migrations.map((m) => ({ name: m.name ?? m.constructor.name, applied: applied.has(m.name ?? m.constructor.name) }));
}

/** SQL that would bring the database in line with the entities; empty when nothing drifted. */
export async function pendingSchemaChanges(ds: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await ds.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query),
  };
}
