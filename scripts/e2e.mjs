// Browser end-to-end tests: builds the app, starts it on a scratch embedded Postgres (NODE_ENV=test,
// demo data seeded on first start), and runs apps/web-e2e/*.test.mjs (node:test + playwright-core driving
// Debian's Chromium). Without Chromium it says so loudly and runs nothing.
import { execSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startOidcInstallation } from '../apps/web-e2e/oidc-harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium || !existsSync(chromium)) {
  console.error('\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
  console.error('!!! Browser end-to-end tests DID NOT RUN: no Chromium found.                !!!');
  console.error('!!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH.          !!!');
  console.error('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n');
  process.exit(0);
}

execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
const dataDir = mkdtempSync(join(tmpdir(), 'metodset-e2e-'));
chmodSync(dataDir, 0o755);
const port = String(31000 + Math.floor(Math.random() * 8000));
const pgPort = Number(port) + 1000;
// The scratch server always runs on its own embedded database.
const { DATABASE_URL: _ignored, ...serverEnv } = process.env;
const server = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], {
  cwd: root,
  // Not production: production never loads the demo data these tests sign in with. The SPA is the
  // production build from dist/web, served by the API the same way.
  env: {
    ...serverEnv,
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    NODE_ENV: 'test',
    SEED_DEMO_ON_FIRST_START: 'true',
    // The nightly schedules are registered but not run: a recalculation at 02:30 must not change a page under test.
    SCHEDULED_JOBS: 'off',
    WEB_DIST_DIR: join(root, 'dist/web'),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

/**
 * Waits for the server's state, not for a clock: until /health answers, or the server process ends (then its log
 * says why). A loaded machine (seeding the demo under load takes minutes) only makes this slower, never red.
 */
let serverExited = false;
server.on('exit', () => (serverExited = true));
async function waitForHealth(url) {
  while (!serverExited) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server ended before it became healthy:\n${serverLog}`);
}

const base = `http://127.0.0.1:${port}`;
let code = 1;
let oidc;
try {
  await waitForHealth(base);
  // `node scripts/e2e.mjs route mentoring` runs only the files whose names contain one of the words.
  const only = process.argv.slice(2);
  const files = readdirSync(join(root, 'apps/web-e2e'))
    .filter((f) => f.endsWith('.test.mjs') && (!only.length || only.some((w) => f.includes(w))))
    .sort()
    .map((f) => join('apps/web-e2e', f));
  // Sign-in through the region's OpenID Connect provider: a real provider and a password-off installation beside.
  if (files.some((f) => f.includes('oidc'))) oidc = await startOidcInstallation({ root, serverEnv, dataDir, pgPort });
  const run = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: root,
    env: { ...process.env, E2E_BASE_URL: base, CHROMIUM_PATH: chromium, ...(oidc ? { E2E_OIDC_BASE_URL: oidc.base } : {}) },
    stdio: 'inherit',
  });
  code = await new Promise((r) => run.on('exit', (c) => r(c ?? 1)));
} catch (err) {
  console.error(err);
} finally {
  await oidc?.stop();
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
if (code !== 0) console.error(serverLog.split('\n').slice(-40).join('\n'));
if (code !== 0 && oidc) console.error(oidc.log().split('\n').slice(-40).join('\n'));
process.exit(code);
