import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig } from '../src/config/config';
import { EMBEDDED_APP_ROLE } from '../src/database/app-role';
import { autogroupScheduling, BACKEND_AUTOGROUP_NICE } from '../src/database/backend-weight';
import { CREDENTIALS_FILE } from '../src/database/embedded-postgres';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { DemoInProductionError, seedDemo } from '../src/seed/seeder';
import {
  ApiProcess,
  buildApiIfNeeded,
  credentialsOf,
  freePorts,
  runCli,
  scratchDir,
  startApiProcess,
  startExternalPostgres,
  stopApiProcess,
} from './support/api-process';
import { startTestApp, TestApp } from './support/test-app';

jest.setTimeout(300_000);

const ROOT = resolve(__dirname, '../../..');
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';

/** A process's scheduling group and its nice ("/autogroup-12 nice 0"); null where the kernel has no autogroup. */
function autogroupOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/autogroup`, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Ports a process listens on in /proc/net/tcp{,6}: the local addresses in LISTEN state (0A). */
function listeningAddresses(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 3 && cols[3] === '0A' && cols[1].endsWith(`:${hex}`)) out.push(cols[1].split(':')[0]);
    }
  }
  return out;
}

describe('production defaults', () => {
  describe('demo data', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('are not loaded on a first start in production unless asked, and asking for them there is refused at start-up', () => {
      expect(loadConfig({ NODE_ENV: 'production' }).seedDemoOnFirstStart).toBe(false);
      expect(loadConfig({ NODE_ENV: 'development' }).seedDemoOnFirstStart).toBe(true);
      expect(loadConfig({ NODE_ENV: 'development', SEED_DEMO_ON_FIRST_START: 'false' }).seedDemoOnFirstStart).toBe(false);
      expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO_ON_FIRST_START: 'true' })).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO_ON_FIRST_START: 'true' })).toThrow(/SEED_DEMO_ON_FIRST_START.*never loaded in production/);
    });

    it('cannot be seeded with NODE_ENV=production, neither by the seeder nor by the CLI', async () => {
      await t.db.query(`UPDATE account SET display_name = 'unchanged' WHERE login = 'admin'`);
      const before = process.env['NODE_ENV'];
      process.env['NODE_ENV'] = 'production';
      try {
        await expect(seedDemo(t.db)).rejects.toThrow(DemoInProductionError);
      } finally {
        process.env['NODE_ENV'] = before;
      }
      const cli = runCli(['seed', 'demo'], { NODE_ENV: 'production', DATABASE_URL: 'postgresql://nobody:x@127.0.0.1:1/none', DATABASE_APP_URL: 'postgresql://app:x@127.0.0.1:1/none' });
      expect(cli.status).toBe(1);
      expect(cli.out).toMatch(/never loaded with NODE_ENV=production/);
      const [{ name }] = (await t.db.query(`SELECT display_name AS name FROM account WHERE login = 'admin'`)) as { name: string }[];
      expect(name).toBe('unchanged');
    });

    it('are not what docker-compose asks for, and the image listens on every interface only because it says so', () => {
      const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
      expect(compose).not.toMatch(/SEED_DEMO_ON_FIRST_START/);
      expect(compose).toMatch(/NODE_ENV: production/);
      expect(compose).toMatch(/DATABASE_APP_URL:/);
      expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/HOST=0\.0\.0\.0/);
    });
  });

  describe('a fresh production install on the embedded database', () => {
    // Made in beforeAll, so a run that skips this block leaves nothing behind.
    let dataDir: string;
    beforeAll(() => {
      buildApiIfNeeded();
      dataDir = scratchDir();
    });
    const { port, pgPort } = freePorts();
    let api: ApiProcess;
    let su: Client;
    const adminPassword = 'Первый-админ-2026!';

    afterAll(async () => {
      await su?.end();
      if (api) await stopApiProcess(api);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('refuses to start when told to load the demo data', async () => {
      const elsewhere = scratchDir();
      const refused = await startApiProcess({ dataDir: elsewhere, ...freePorts(), env: { SEED_DEMO_ON_FIRST_START: 'true' }, waitHealthy: false });
      expect(await refused.exited).toBe(1);
      rmSync(elsewhere, { recursive: true, force: true });
      expect(refused.log()).toMatch(/SEED_DEMO_ON_FIRST_START.*never loaded in production/);
    });

    it('gets its first administrator from the CLI, and nobody else', async () => {
      const env = { NODE_ENV: 'production', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) };
      const noPassword = runCli(['admin', 'create', 'chief'], env);
      expect(noPassword.status).not.toBe(0);
      expect(noPassword.out).toMatch(/--password-file/);
      const created = runCli(['admin', 'create', 'chief', '--name', 'Главный администратор', '--password-file', '-'], env, `${adminPassword}\n`);
      expect(created.out).toMatch(/Created platform administrator chief/);
      expect(created.status).toBe(0);

      api = await startApiProcess({ dataDir, port, pgPort });
      expect(api.log()).not.toMatch(/Demo sign-ins/);
      su = await api.superuser();
      const logins = (await su.query<{ login: string }>('SELECT login FROM account ORDER BY login')).rows.map((r) => r.login);
      expect(logins).toEqual(['chief']);
      const demo = await api.gql(LOGIN, { i: { login: 'admin', password: DEMO_PASSWORD } });
      expect(demo.body.data?.login ?? null).toBeNull();
      const chief = await api.gql<{ login: { token: string } }>(LOGIN, { i: { login: 'chief', password: adminPassword } });
      const token = chief.body.data?.login.token;
      expect(token).toBeTruthy();
      const me = await api.gql<{ me: { login: string; permissions: string[] } }>('{ me { login permissions } }', {}, token);
      expect(me.body.data?.me.login).toBe('chief');
      expect(me.body.data?.me.permissions.length).toBeGreaterThan(5);
    });

    it('keeps a random superuser password in a 0600 file in the data directory; the old constant opens nothing', async () => {
      const file = join(dataDir, 'pg', CREDENTIALS_FILE);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const creds = credentialsOf(dataDir);
      expect(creds.superuserPassword).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(creds.superuserPassword).not.toBe(creds.appPassword);
      const legacy = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password: 'metodset-local', database: 'metodset' });
      await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
      await legacy.end().catch(() => undefined);
    });

    it("gives its embedded database's backends less CPU weight than itself where the kernel schedules by autogroup", async () => {
      const backends = await su.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = 'metodset' AND application_name = 'metodset'`);
      expect(backends.rows.length).toBeGreaterThan(0);
      const groups = backends.rows.map((r) => autogroupOf(r.pid));
      const [{ pid: testBackend }] = (await su.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      // The API was started from this test's session, so it shares this process's group, whose weight it leaves alone.
      expect(autogroupOf(api.child.pid!)).toBe(autogroupOf(process.pid));
      if (autogroupScheduling()) {
        for (const g of groups) expect(g).toMatch(new RegExp(` nice ${BACKEND_AUTOGROUP_NICE}$`));
        expect(new Set(groups).size).toBe(groups.length);
        expect(autogroupOf(process.pid)).not.toMatch(new RegExp(` nice ${BACKEND_AUTOGROUP_NICE}$`));
        // A connection that is not the API's (this test's own) keeps its weight.
        expect(autogroupOf(testBackend)).toMatch(/ nice 0$/);
      } else {
        for (const g of groups) expect(g === null || / nice 0$/.test(g)).toBe(true);
      }
    });

    it('listens on loopback only by default', () => {
      const addresses = listeningAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      // 0100007F is 127.0.0.1; 00000000 (0.0.0.0) and :: would be every interface.
      expect(addresses).toEqual(addresses.map(() => '0100007F'));
    });

    it('serves as a role that may add and read audit rows but never change or remove them', async () => {
      const appConnections = await su.query<{ usename: string }>(
        `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'metodset' AND application_name = 'metodset'`,
      );
      expect(appConnections.rows.map((r) => r.usename)).toEqual([EMBEDDED_APP_ROLE]);
      const [{ n: audited }] = (await su.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows;
      expect(audited).toBeGreaterThan(0);

      const app = new Client({ host: '127.0.0.1', port: pgPort, user: EMBEDDED_APP_ROLE, password: credentialsOf(dataDir).appPassword, database: 'metodset' });
      await app.connect();
      try {
        await expect(app.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toMatchObject({ code: '42501' });
        await expect(app.query('DELETE FROM audit_log')).rejects.toMatchObject({ code: '42501' });
        await expect(app.query('TRUNCATE audit_log')).rejects.toMatchObject({ code: '42501' });
        await expect(app.query('ALTER TABLE audit_log DISABLE TRIGGER ALL')).rejects.toMatchObject({ code: '42501' });
        await expect(app.query(`UPDATE migrations SET name = name`)).rejects.toMatchObject({ code: '42501' });
        const inserted = await app.query(`INSERT INTO audit_log (action, entity_type) VALUES ('test', 'test') RETURNING id`);
        expect(inserted.rowCount).toBe(1);
        const [{ n }] = (await app.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows;
        expect(n).toBe(audited + 1);
        // Every other table is the app's to change.
        await expect(app.query(`UPDATE account SET display_name = display_name`)).resolves.toBeDefined();
      } finally {
        await app.end();
      }
      const [{ n: after }] = (await su.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action <> 'forged'`)).rows;
      expect(after).toBe(audited + 1);
    });
  });

  describe('an embedded data directory from before generated passwords', () => {
    // Made in beforeAll, so a run that skips this block leaves nothing behind.
    let dataDir: string;
    beforeAll(() => {
      buildApiIfNeeded();
      dataDir = scratchDir();
    });
    const { pgPort } = freePorts();
    afterAll(() => {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    const connect = async (password: string) => {
      const c = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'postgres' });
      c.on('error', () => undefined);
      try {
        await c.connect();
        return true;
      } catch {
        return false;
      } finally {
        await c.end().catch(() => undefined);
      }
    };

    it('gets a random password at its next start instead of the old constant', async () => {
      // Make one as the old code left it: the constant password and no credentials file.
      let pg = await startExternalPostgres(dataDir, pgPort);
      const su = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password: credentialsOf(dataDir).superuserPassword, database: 'postgres' });
      await su.connect();
      await su.query(`ALTER ROLE postgres PASSWORD 'metodset-local'`);
      await su.end();
      await pg.stop();
      rmSync(join(dataDir, 'pg', CREDENTIALS_FILE));

      const status = runCli(['migrate', 'status'], { NODE_ENV: 'production', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
      expect(status.status).toBe(0);
      expect(existsSync(join(dataDir, 'pg', CREDENTIALS_FILE))).toBe(true);
      expect(statSync(join(dataDir, 'pg', CREDENTIALS_FILE)).mode & 0o777).toBe(0o600);

      pg = await startExternalPostgres(dataDir, pgPort);
      try {
        expect(await connect('metodset-local')).toBe(false);
        expect(await connect(credentialsOf(dataDir).superuserPassword)).toBe(true);
      } finally {
        await pg.stop();
      }
    });
  });
});
