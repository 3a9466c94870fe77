import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { createDataSource } from './database/data-source';
import { migrateUp } from './database/migrate';
import { openDatabase } from './database/open-database';
import { createApp } from './app.factory';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo/accounts.data';
import { isFirstRun, seedDemo, seedReference } from './seed/seeder';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const db = await openDatabase(config, (line) => config.LOG_SQL === 'true' && console.log(`[postgres] ${line}`));
  if (db.embedded) console.log(`Embedded PostgreSQL started (data in ${config.DATA_DIR}/pg, port ${config.EMBEDDED_PG_PORT})`);
  const ds = await createDataSource(db.url).initialize();
  try {
    const applied = await migrateUp(ds);
    if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
    const firstRun = await isFirstRun(ds);
    await seedReference(ds);
    if (firstRun && config.SEED_DEMO_ON_FIRST_START === 'true') {
      console.log('First start: loading the demo data of the five programmes…');
      await seedDemo(ds, (line) => console.log(`  ${line}`));
    }
  } finally {
    await ds.destroy();
  }
  const app = await createApp(config, db.url);
  const shutdown = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen(config.PORT);
  const url = `http://localhost:${config.PORT}`;
  console.log(`\nMetodset is running: ${url}  (GraphQL: ${url}/graphql, health: ${url}/health)`);
  if (config.SEED_DEMO_ON_FIRST_START === 'true') {
    console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.login.padEnd(22)} ${a.description}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
