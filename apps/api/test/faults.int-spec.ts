import { readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { Client } from 'pg';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../src/modules/health/database-unavailable.middleware';
import {
  ApiProcess,
  buildApiIfNeeded,
  ExternalPostgres,
  freePorts,
  runCli,
  scratchDir,
  startApiProcess,
  startExternalPostgres,
  stopApiProcess,
  until,
} from './support/api-process';

jest.setTimeout(600_000);

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';
const CREATE_ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';
const ADMIN = 'ops.chief';
const PASSWORD = 'Надёжный-пароль-2026';

const postmasterPid = (dataDir: string) => Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A request over `agent`'s sockets (node:http, so the test decides which connections carry it). */
function send<T>(agent: Agent, url: string, body?: unknown, token?: string): Promise<{ status: number; body: { data?: T; errors?: unknown[] } }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      url,
      {
        agent,
        method: payload ? 'POST' : 'GET',
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as { data?: T }) : {} }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function login(api: ApiProcess): Promise<string> {
  const r = await api.gql<{ login: { token: string } }>(LOGIN, { i: { login: ADMIN, password: PASSWORD } });
  if (!r.body.data?.login) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body.errors)}`);
  return r.body.data.login.token;
}

describe('faults', () => {
  beforeAll(() => buildApiIfNeeded());

  describe('the embedded database', () => {
    // Made in beforeAll, so a run that skips this block leaves nothing behind.
    let dataDir: string;
    const { port, pgPort } = freePorts();
    let api: ApiProcess;

    beforeAll(async () => {
      dataDir = scratchDir();
      const env = { NODE_ENV: 'production', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) };
      const created = runCli(['admin', 'create', ADMIN, '--password-file', '-'], env, PASSWORD);
      if (created.status !== 0) throw new Error(created.out);
      api = await startApiProcess({ dataDir, port, pgPort, env: { SHUTDOWN_GRACE_SECONDS: '120' } });
    });
    afterAll(async () => {
      if (api) await stopApiProcess(api);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('is restarted when killed under load: /health answers 503 while it is away and 200 again, without restarting node', async () => {
      const token = await login(api);
      const before = postmasterPid(dataDir);
      const health: number[] = [];
      let stop = false;
      // A bounded stream of requests on loopback while the database dies and comes back.
      const healthLoad = (async () => {
        for (let i = 0; i < 20_000 && !stop; i++) {
          const r = await fetch(`${api.base}/health`);
          health.push(r.status);
          await r.arrayBuffer();
        }
      })();
      const gqlLoad = (async () => {
        for (let i = 0; i < 20_000 && !stop; i++) await api.gql('{ me { id } }', {}, token);
      })();
      await until('some requests before the kill', async () => (health.length >= 5 ? true : undefined));

      process.kill(before, 'SIGKILL');
      await until('/health to answer 503', async () => (health.includes(503) ? true : undefined), 120_000, api.log);
      await until(
        'a new postmaster and /health 200 again',
        async () => {
          const pid = postmasterPid(dataDir);
          return pid !== before && alive(pid) && health[health.length - 1] === 200 ? true : undefined;
        },
        180_000,
        api.log,
      );
      stop = true;
      await Promise.all([healthLoad, gqlLoad]);

      expect(health[0]).toBe(200);
      expect(health.indexOf(503)).toBeGreaterThan(0);
      expect(health.lastIndexOf(200)).toBeGreaterThan(health.indexOf(503));
      expect(api.child.exitCode).toBeNull();
      expect(api.log()).toMatch(/PostgreSQL stopped unexpectedly/);
      // The pool reconnected: the same session still works, and new writes land.
      const me = await api.gql<{ me: { login: string } | null }>('{ me { login } }', {}, token);
      expect(me.body.data?.me?.login).toBe(ADMIN);
      await expect(login(api)).resolves.toMatch(/.+/);
    });

    it('on SIGTERM finishes the requests in flight, then stops; every acknowledged write is there after a restart', async () => {
      const token = await login(api);
      const su = await api.superuser();
      const municipality = (
        await su.query<{ id: string }>(
          `INSERT INTO municipality (region_id, name, kind) SELECT id, 'Проверочный район', 'DISTRICT' FROM region WHERE code = '47' RETURNING id`,
        )
      ).rows[0].id;
      await su.end();

      // Connections the server has already accepted (a connection still in the listen queue when the
      // server stops listening is refused by the kernel, as it should be): one warm-up each.
      const agent = new Agent({ keepAlive: true, maxSockets: 20 });
      const warm = await Promise.all(Array.from({ length: 20 }, () => send(agent, `${api.base}/health`)));
      expect(warm.map((w) => w.status)).toEqual(warm.map(() => 200));

      // Writes of two kinds: quick ones (organisations) and slow ones (sign-ins hash a password; each
      // adds a session).
      const orgs = Array.from({ length: 12 }, (_, i) =>
        send<{ createOrganization: { id: string } }>(
          agent,
          `${api.base}/graphql`,
          { query: CREATE_ORG, variables: { i: { municipalityId: municipality, name: `Школа проверки остановки № ${i + 1}`, kind: 'SCHOOL' } } },
          token,
        ),
      );
      // Four, not more: sign-in attempts of one account in flight are reserved as failures until they succeed, and a
      // fifth at once would be made to wait (SIGN_IN_LIMITS.freeFailures).
      const logins = Array.from({ length: 4 }, () =>
        send<{ login: { token: string } }>(agent, `${api.base}/graphql`, { query: LOGIN, variables: { i: { login: ADMIN, password: PASSWORD } } }),
      );
      // Signal once the server is working on them: the first organisation is in the database.
      const watcher = await api.superuser();
      await until('the first write to land', async () => {
        const { rows } = await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM organization WHERE name LIKE 'Школа проверки остановки%'`);
        return rows[0].n > 0 ? true : undefined;
      });
      await watcher.end();
      api.child.kill('SIGTERM');

      const settled = await Promise.allSettled([...orgs, ...logins]);
      const failed = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason));
      expect(failed).toEqual([]);
      const orgResults = await Promise.all(orgs);
      const loginResults = await Promise.all(logins);
      for (const r of [...orgResults, ...loginResults]) {
        expect(r.status).toBe(200);
        expect(r.body.errors).toBeUndefined();
      }
      agent.destroy();
      expect(await api.exited).toBe(0);
      const log = api.log();
      const inFlight = Number(/SIGTERM: no new connections; finishing (\d+) request/.exec(log)?.[1]);
      expect(inFlight).toBeGreaterThan(0);
      const afterSignal = log.slice(log.indexOf('SIGTERM: no new connections'));
      expect(afterSignal).not.toMatch(/did not finish within/);
      expect(afterSignal).not.toMatch(/ERROR|Внутренняя ошибка|Unhandled/);
      expect(afterSignal).toMatch(/Stopped/);

      // The same data directory, a new process: everything acknowledged is there.
      api = await startApiProcess({ dataDir, port, pgPort });
      const ids = orgResults.map((r) => r.body.data?.createOrganization.id);
      const check = await api.superuser();
      const { rows } = await check.query<{ n: number }>('SELECT count(*)::int AS n FROM organization WHERE id = ANY($1::uuid[])', [ids]);
      await check.end();
      expect(rows[0].n).toBe(12);
      for (const r of loginResults) {
        const me = await api.gql<{ me: { login: string } | null }>('{ me { login } }', {}, r.body.data?.login.token);
        expect(me.body.data?.me?.login).toBe(ADMIN);
      }
    });
  });

  describe('an external database (DATABASE_URL)', () => {
    let pgDir: string;
    const { port, pgPort } = freePorts();
    let db: ExternalPostgres;
    let api: ApiProcess;
    const startDb = () => startExternalPostgres(pgDir, pgPort);

    beforeAll(async () => {
      pgDir = scratchDir();
      db = await startDb();
      const env = {
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        DATABASE_APP_URL: db.urlFor({ user: 'metodset_ext_app', password: 'ext-app-password' }),
      };
      api = await startApiProcess({ dataDir: pgDir, port, pgPort: pgPort + 1, env });
      const created = runCli(['admin', 'create', ADMIN, '--password-file', '-'], env, PASSWORD);
      if (created.status !== 0) throw new Error(created.out);
    });
    afterAll(async () => {
      if (api) await stopApiProcess(api);
      await db?.stop();
      if (pgDir) rmSync(pgDir, { recursive: true, force: true });
    });

    it("leaves the CPU weight of a database it did not start alone", async () => {
      await expect(login(api)).resolves.toMatch(/.+/);
      const su = new Client({ connectionString: db.url });
      await su.connect();
      try {
        const { rows } = await su.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'metodset'`);
        expect(rows.length).toBeGreaterThan(0);
        for (const { pid } of rows) {
          let group: string | null = null;
          try {
            group = readFileSync(`/proc/${pid}/autogroup`, 'utf8').trim();
          } catch {
            // A kernel without autogroup: nothing to weigh.
          }
          expect(group === null || / nice 0$/.test(group)).toBe(true);
        }
      } finally {
        await su.end();
      }
    });

    it('answers 503 with a Russian message while the database is away and recovers by itself', async () => {
      await expect(login(api)).resolves.toMatch(/.+/);
      const pid = api.child.pid;
      await db.stop();

      const away = await until(
        'the API to answer 503',
        async () => {
          const r = await api.gql(LOGIN, { i: { login: ADMIN, password: PASSWORD } });
          return r.status === 503 ? r : undefined;
        },
        120_000,
        api.log,
      );
      expect(away.body.errors?.[0]?.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      expect(away.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect((await fetch(`${api.base}/health`)).status).toBe(503);

      db = await startDb();
      const token = await until('a sign-in to work again', async () => {
        const r = await api.gql<{ login: { token: string } }>(LOGIN, { i: { login: ADMIN, password: PASSWORD } });
        return r.status === 200 ? r.body.data?.login.token : undefined;
      }, 120_000, api.log);
      expect(token).toBeTruthy();
      expect((await fetch(`${api.base}/health`)).status).toBe(200);
      expect(api.child.pid).toBe(pid);
      expect(api.child.exitCode).toBeNull();
    });
  });
});
