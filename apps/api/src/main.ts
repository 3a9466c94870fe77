import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { ConfigError, loadConfig } from './config/config';
import { createDataSource } from './database/data-source';
import { migrateUp } from './database/migrate';
import { openDatabase, OpenDatabase } from './database/open-database';
import { createApp } from './app.factory';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo/accounts.data';
import { recalculateDemoIndicators } from './seed/demo-recalculation';
import { isFirstRun, seedDemo, seedReference } from './seed/seeder';

/**
 * Stops in order: the listening socket closes (no new connections); requests in flight get up to
 * `graceSeconds` to finish, their connections closing once answered; then the connections left
 * (idle keep-alive ones at once, stuck ones when the grace period ends), the app (its pool) and the
 * embedded database. Idle connections are closed only once nothing is in flight, so a request already
 * on its way over an open connection is served rather than reset.
 */
function gracefulShutdown(app: INestApplication, db: OpenDatabase, graceSeconds: number): (signal: string) => Promise<void> {
  const server = app.getHttpServer() as Server;
  let inFlight = 0;
  let stopping = false;
  let changed: () => void = () => undefined;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight += 1;
    if (stopping) res.setHeader('Connection', 'close');
    res.on('close', () => {
      inFlight -= 1;
      changed();
    });
  });
  const nextChange = (deadline: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      changed = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  return async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: no new connections; finishing ${inFlight} request(s) in flight (at most ${graceSeconds} s)`);
    // net.Server's close: stop listening without Node's http close, which would also drop open
    // connections whose request has not been read yet.
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    const deadline = Date.now() + graceSeconds * 1000;
    for (;;) {
      while (inFlight > 0 && Date.now() < deadline) await nextChange(deadline);
      // Let requests already read from open connections start before calling those connections idle.
      await new Promise((resolve) => setImmediate(resolve));
      if (inFlight === 0 || Date.now() >= deadline) break;
    }
    if (inFlight > 0) console.warn(`${inFlight} request(s) did not finish within ${graceSeconds} s; closing their connections`);
    server.closeAllConnections();
    await closed;
    await app.close();
    await db.close();
    console.log('Stopped');
    process.exit(0);
  };
}

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
  const db = await openDatabase(config, (line) => (config.LOG_SQL === 'true' || line.startsWith('PostgreSQL ')) && console.log(`[postgres] ${line}`), {
    ownSignals: true,
  });
  // Until the app serves, a signal just stops the database; then the graceful shutdown takes over.
  // (`process.on`, not `once`: a second signal — npm start forwards the terminal's — must not kill it midway.)
  let signalled = false;
  let onSignal = async (_signal: string): Promise<void> => {
    if (signalled) return;
    signalled = true;
    await db.close();
    process.exit(1);
  };
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  if (db.embedded) console.log(`Embedded PostgreSQL started (data in ${config.DATA_DIR}/pg, port ${config.EMBEDDED_PG_PORT})`);
  const ds = await createDataSource(db.url).initialize();
  let seededDemo = false;
  try {
    const applied = await migrateUp(ds);
    if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
    await db.provideAppRole();
    const firstRun = await isFirstRun(ds);
    await seedReference(ds);
    if (firstRun && config.seedDemoOnFirstStart) {
      console.log('First start: loading the demo data of the five programmes…');
      await seedDemo(ds, (line) => console.log(`  ${line}`));
      seededDemo = true;
    } else if (firstRun) {
      console.log('First start: no accounts yet. Create the first administrator with `npm run cli -- admin create <login>`.');
    }
  } finally {
    await ds.destroy();
  }
  const app = await createApp(config, db.appUrl, { databaseOnThisHost: db.embedded });
  onSignal = gracefulShutdown(app, db, config.SHUTDOWN_GRACE_SECONDS);
  if (seededDemo) {
    // The demo's last step: its computed indicators recalculated by the application itself (stored, with «по состоянию на»).
    await app.init();
    await recalculateDemoIndicators(app, (line) => console.log(`  ${line}`));
  }
  await app.listen(config.PORT, config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}`;
  console.log(`\nMetodset is running: ${url}  (GraphQL: ${url}/graphql, health: ${url}/health; listening on ${config.HOST})`);
  if (seededDemo || (config.seedDemoOnFirstStart && !config.isProduction)) {
    console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.login.padEnd(22)} ${a.description}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
