import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { CREDENTIALS_FILE, EmbeddedCredentials } from '../../src/database/embedded-postgres';

/**
 * The built API (dist/) run as a child process, as `npm start` runs it: its own embedded PostgreSQL
 * in a scratch DATA_DIR (or DATABASE_URL), signals, restarts. For the tests of start-up, faults and
 * shutdown, which an in-process app cannot show.
 */
const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const CLI = join(ROOT, 'dist/api/apps/api/src/cli/main.js');

/** Compiles the API unless dist is newer than its sources (scripts/build-api-if-needed.mjs). */
export function buildApiIfNeeded(): void {
  const r = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import { buildApiIfNeeded } from ${JSON.stringify(join(ROOT, 'scripts/build-api-if-needed.mjs'))}; buildApiIfNeeded(${JSON.stringify(ROOT)});`],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`build:api failed:\n${r.stdout}\n${r.stderr}`);
}

export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'metodset-proc-'));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Ports for an API process and its database, below Linux's range of ephemeral ports (32768–60999): an outgoing
 * connection of any test (a pool, an HTTP client) never takes them, also while a database is stopped and started
 * again on the same port. They were 41000–59999 before, where a port held by such a connection makes PostgreSQL
 * fail to start (the likely cause of one failure without a message in a full run).
 */
export function freePorts(): { port: number; pgPort: number } {
  const port = 21000 + Math.floor(Math.random() * 5000);
  return { port, pgPort: port + 5000 };
}

/** Polls `probe` until it returns a value other than undefined, within `ms` (a bound, not a pause). */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 120_000, log?: () => string): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}${log ? `\n--- server log ---\n${log()}` : ''}`);
}

export interface ApiProcess {
  base: string;
  port: number;
  pgPort: number;
  dataDir: string;
  child: ChildProcess;
  log(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; body: GqlBody<T> }>;
  /** A superuser connection to the embedded database (from the credentials file in its data directory). */
  superuser(): Promise<Client>;
}

export interface GqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function credentialsOf(dataDir: string): EmbeddedCredentials {
  return JSON.parse(readFileSync(join(dataDir, 'pg', CREDENTIALS_FILE), 'utf8')) as EmbeddedCredentials;
}

/** Starts dist/…/main.js and waits until /health answers 200 (unless `waitHealthy` is false). */
export async function startApiProcess(opts: {
  dataDir: string;
  port: number;
  pgPort: number;
  env?: Record<string, string>;
  waitHealthy?: boolean;
}): Promise<ApiProcess> {
  const { DATABASE_URL: _a, DATABASE_APP_URL: _b, SEED_DEMO_ON_FIRST_START: _c, ...env } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'production', PORT: String(opts.port), DATA_DIR: opts.dataDir, EMBEDDED_PG_PORT: String(opts.pgPort), ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const base = `http://127.0.0.1:${opts.port}`;
  const p: ApiProcess = {
    base,
    port: opts.port,
    pgPort: opts.pgPort,
    dataDir: opts.dataDir,
    child,
    log: () => out,
    exited,
    gql: async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlBody<T> };
    },
    superuser: async () => {
      const c = new Client({ host: '127.0.0.1', port: opts.pgPort, user: 'postgres', password: credentialsOf(opts.dataDir).superuserPassword, database: 'metodset' });
      // The database may be killed or stopped under it: a broken connection is no crash of the test.
      c.on('error', () => undefined);
      await c.connect();
      return c;
    },
  };
  if (opts.waitHealthy !== false) {
    let gone = false;
    void exited.then(() => (gone = true));
    await until(
      'the API to answer /health',
      async () => {
        if (gone) throw new Error(`the API exited:\n${out}`);
        return (await fetch(`${base}/health`)).status === 200 ? true : undefined;
      },
      180_000,
      () => out,
    );
  }
  return p;
}

/** Sends `signal` and waits for the exit code. */
export async function stopApiProcess(p: ApiProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return p.child.exitCode;
  p.child.kill(signal);
  return p.exited;
}

/** Runs the built admin CLI with the given environment; stdin is `input`. */
export function runCli(args: string[], env: Record<string, string>, input = ''): { status: number | null; out: string } {
  const { DATABASE_URL: _a, DATABASE_APP_URL: _b, ...base } = process.env;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...base, ...env }, input, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

export interface ExternalPostgres {
  /** The owner's URL of the `metodset` database. */
  url: string;
  urlFor(role: { user: string; password: string }): string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server of its own in another process, standing for an external database
 * (DATABASE_URL): the embedded-postgres package is ESM, which jest's module system cannot load.
 */
export async function startExternalPostgres(dataDir: string, port: number): Promise<ExternalPostgres> {
  const lib = join(ROOT, 'dist/api/apps/api/src/database/embedded-postgres.js');
  const script = `
    const { startEmbeddedPostgres, ensureDatabase } = require(${JSON.stringify(lib)});
    (async () => {
      // PostgreSQL's own lines go to stderr: shown when it does not start (a port in use, a full disk).
      const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(join(dataDir, 'pg'))}, port: ${port}, ownSignals: true, log: (line) => process.stderr.write(line + '\\n') });
      await ensureDatabase(db.serverUrl, 'metodset');
      process.stdout.write('READY ' + JSON.stringify({ url: db.urlFor('metodset') }) + '\\n');
      process.once('SIGTERM', () => db.stop().then(() => process.exit(0)));
    })().catch((err) => { console.error(err); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const ready = await new Promise<{ url: string }>((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /READY (.+)\n/.exec(out);
      if (m) resolve(JSON.parse(m[1]) as { url: string });
    });
    child.stderr?.on('data', (d) => (out += String(d)));
    void exited.then((code) => reject(new Error(`PostgreSQL did not start (${code}):\n${out}`)));
  });
  return {
    url: ready.url,
    urlFor: (role) => {
      const u = new URL(ready.url);
      u.username = encodeURIComponent(role.user);
      u.password = encodeURIComponent(role.password);
      return u.toString();
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
