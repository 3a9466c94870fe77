import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '../src/config/config';
import { codeOf } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** The redirect URI registered at the provider; the test carries the provider's answer to the app itself. */
const REDIRECT = 'https://metodset.region.test/api/auth/oidc/callback';
const SECRET = 'metodset-test-client-secret-0123456789';
const FILIPPOV_SNILS = '11223344595';
const ZHDANOVA_EMAIL = 'zhdanova@school.example.ru';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** oidc-provider 9 (ESM-only) in a child process, with the accounts the tests sign in as. */
async function startProvider(port: number): Promise<{ issuer: string; child: ChildProcess }> {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const settings = {
    port,
    jwks: { keys: [{ ...key, kid: 'test', use: 'sig', alg: 'RS256' }] },
    clients: [{ client_id: 'metodset', client_secret: SECRET, redirect_uris: [REDIRECT], token_endpoint_auth_method: 'client_secret_post' }],
    accounts: {
      'esia-filippov': { snils: '112-233-445 95', email: 'other@example.ru', email_verified: true },
      'esia-stranger': { snils: '99988877766' },
      'esia-no-account': { snils: '12345678901' },
      'esia-no-claim': { email: 'x@example.ru' },
      'esia-zhdanova': { email: ZHDANOVA_EMAIL, email_verified: true },
    },
  };
  const child = spawn(process.execPath, [join(__dirname, 'support/oidc-provider.mjs'), JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`provider exited with ${code}`)));
  });
  return { issuer, child };
}

class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const formOf = (html: string) => {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const fields = [...html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1], m[2]] as [string, string]);
  return { action, fields, wantsLogin: /name="login"/.test(html) };
};

/**
 * A browser signing in: the app's start → the provider (its login and consent forms, with its cookies) → back to the
 * app's callback with the code. Returns the app's answer to the callback.
 */
async function signIn(app: TestApp, sub: string, tamper?: (flow: string) => string): Promise<{ res: Response; body: string; session?: string; providerQuery: string }> {
  const appJar = new Jar();
  const providerJar = new Jar();
  const start = await fetch(`${app.url}/api/auth/oidc/start`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  appJar.take(start);
  let url = new URL(start.headers.get('location')!);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('state')).toBeTruthy();
  expect(url.searchParams.get('nonce')).toBeTruthy();
  for (let hops = 0; hops < 20 && !url.href.startsWith(REDIRECT); hops++) {
    let res = await fetch(url, { redirect: 'manual', headers: { cookie: providerJar.header() } });
    providerJar.take(res);
    if (res.status === 200) {
      const form = formOf(await res.text());
      expect(form.action).toBeDefined();
      const body = new URLSearchParams(form.fields);
      if (form.wantsLogin) {
        body.set('login', sub);
        body.set('password', 'any');
      }
      res = await fetch(new URL(form.action!, url), { method: 'POST', redirect: 'manual', headers: { cookie: providerJar.header(), 'content-type': 'application/x-www-form-urlencoded' }, body });
      providerJar.take(res);
    }
    expect([302, 303]).toContain(res.status);
    url = new URL(res.headers.get('location')!, url);
  }
  expect(url.href.startsWith(REDIRECT)).toBe(true);
  const flow = appJar.get('metodset_oidc')!;
  expect(flow).toBeTruthy();
  const res = await fetch(`${app.url}/api/auth/oidc/callback${url.search}`, { redirect: 'manual', headers: { cookie: `metodset_oidc=${tamper ? tamper(flow) : flow}` } });
  appJar.take(res);
  return { res, body: await res.text(), session: appJar.get('metodset_session'), providerQuery: url.search };
}

const me = async (app: TestApp, cookie: string) => {
  const r = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `metodset_session=${cookie}` }, body: JSON.stringify({ query: '{ me { login } }' }) });
  return ((await r.json()) as { data: { me: { login: string } | null } }).data.me;
};

/** Sign-in through a real OpenID Connect provider (oidc-provider 9 in a child process), not a mock. */
describe('sign-in through the region’s OpenID Connect provider', () => {
  let provider: { issuer: string; child: ChildProcess };
  let t: TestApp;
  let byEmail: TestApp;
  const count = async (sql: string, params: unknown[] = []) => Number(((await t.db.query(sql, params)) as { n: string }[])[0].n);

  beforeAll(async () => {
    provider = await startProvider(await freePort());
    const env = { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'metodset', OIDC_CLIENT_SECRET: SECRET, OIDC_REDIRECT_URI: REDIRECT, OIDC_SCOPE: 'openid email snils', OIDC_LABEL: 'Госуслуги (ЕСИА)' };
    t = await startTestApp({ ...env, OIDC_LINK_BY: 'snils' });
    byEmail = await startTestApp({ ...env, OIDC_LINK_BY: 'email', PASSWORD_LOGIN: 'off' }, { sameDatabaseAs: t });
    const filippov = ((await t.db.query(`SELECT person_id AS id FROM account WHERE login = 'teacher.filippov'`)) as { id: string }[])[0].id;
    await t.db.query(`UPDATE person SET snils = $1 WHERE id = $2`, [FILIPPOV_SNILS, filippov]);
    const zhdanova = ((await t.db.query(`SELECT person_id AS id FROM account WHERE login = 'mentor.zhdanova'`)) as { id: string }[])[0].id;
    await t.db.query(`UPDATE person SET email = $1 WHERE id = $2`, [ZHDANOVA_EMAIL, zhdanova]);
    // A person with a СНИЛС and no account: the rule never makes one.
    await t.db.query(`UPDATE person SET snils = '12345678901' WHERE id = (SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.person_id = p.id) AND p.snils IS NULL ORDER BY p.id LIMIT 1)`);
  });
  afterAll(async () => {
    await byEmail?.close();
    await t?.close();
    provider?.child.kill();
  });

  it('the sign-in page is told to show «Войти через …», and password login stays on unless turned off', async () => {
    const q = '{ signInOptions { passwordLogin providerLabel providerUrl } }';
    expect((await t.gql(q)).data).toEqual({ signInOptions: { passwordLogin: true, providerLabel: 'Госуслуги (ЕСИА)', providerUrl: '/api/auth/oidc/start' } });
    expect((await byEmail.gql<{ signInOptions: { passwordLogin: boolean } }>(q)).data!.signInOptions.passwordLogin).toBe(false);
    const refused = await byEmail.gql('mutation { login(input: { login: "teacher.filippov", password: "metodset-demo-2026" }) { token } }');
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe('Вход по паролю отключён: войдите через Госуслуги (ЕСИА)');
  });

  it('links the account on the first sign-in by СНИЛС (exactly one person with an account), and finds it by subject after', async () => {
    const accounts = await count(`SELECT count(*) AS n FROM account`);
    const first = await signIn(t, 'esia-filippov');
    expect(first.res.status).toBe(302);
    expect(first.res.headers.get('location')).toBe('/');
    expect(first.session).toBeTruthy();
    expect(await me(t, first.session!)).toEqual({ login: 'teacher.filippov' });
    expect(await count(`SELECT count(*) AS n FROM account_identity i JOIN account a ON a.id = i.account_id WHERE a.login = 'teacher.filippov' AND i.subject = 'esia-filippov' AND i.linked_by = 'snils'`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'link-identity'`)).toBe(1);

    const again = await signIn(t, 'esia-filippov');
    expect(again.res.status).toBe(302);
    expect(await me(t, again.session!)).toEqual({ login: 'teacher.filippov' });
    expect(await count(`SELECT count(*) AS n FROM account_identity`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'login' AND after->>'via' = 'oidc'`)).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM account`)).toBe(accounts);
  });

  it('refuses in Russian, and creates nothing, when the claim matches nobody, a person without an account, or is missing', async () => {
    const accounts = await count(`SELECT count(*) AS n FROM account`);
    const stranger = await signIn(t, 'esia-stranger');
    expect(stranger.res.status).toBe(403);
    expect(stranger.res.headers.get('content-type')).toMatch(/text\/html/);
    expect(stranger.body).toContain('Вход не выполнен');
    expect(stranger.body).toContain('В системе нет педагога с таким СНИЛС');
    expect(stranger.session).toBeUndefined();
    const noAccount = await signIn(t, 'esia-no-account');
    expect(noAccount.res.status).toBe(403);
    expect(noAccount.body).toContain('У вас ещё нет учётной записи в системе');
    const noClaim = await signIn(t, 'esia-no-claim');
    expect(noClaim.body).toContain('Поставщик входа не передал СНИЛС');
    expect(await count(`SELECT count(*) AS n FROM account`)).toBe(accounts);
    expect(await count(`SELECT count(*) AS n FROM account_identity WHERE subject IN ('esia-stranger', 'esia-no-account', 'esia-no-claim')`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'login-refused' AND account_id IS NULL`)).toBe(3);
    // The claim's value is never written to the log.
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE CAST(after AS text) LIKE '%99988877766%'`)).toBe(0);
  });

  it('refuses a return whose state does not match the browser’s, or with no flow at all', async () => {
    const forged = await signIn(t, 'esia-filippov', (flow) => {
      const v = JSON.parse(Buffer.from(flow, 'base64url').toString()) as { state: string };
      return Buffer.from(JSON.stringify({ ...v, state: 'forged-state' })).toString('base64url');
    });
    expect(forged.res.status).toBe(403);
    expect(forged.body).toContain('Не удалось подтвердить вход у поставщика');
    expect(forged.session).toBeUndefined();
    const bare = await fetch(`${t.url}/api/auth/oidc/callback${forged.providerQuery}`, { redirect: 'manual' });
    expect(bare.status).toBe(403);
    expect(await bare.text()).toContain('Вход не завершён');
  });

  it('links by e-mail where the installation says so, with password login off', async () => {
    const r = await signIn(byEmail, 'esia-zhdanova');
    expect(r.res.status).toBe(302);
    expect(await me(byEmail, r.session!)).toEqual({ login: 'mentor.zhdanova' });
    expect(await count(`SELECT count(*) AS n FROM account_identity i JOIN account a ON a.id = i.account_id WHERE a.login = 'mentor.zhdanova' AND i.linked_by = 'email'`)).toBe(1);
  });

  it('is off (404) where no provider is configured; settings go together', async () => {
    const plain = await startTestApp({}, { sameDatabaseAs: t });
    try {
      expect((await fetch(`${plain.url}/api/auth/oidc/start`, { redirect: 'manual' })).status).toBe(404);
      expect((await plain.gql('{ signInOptions { providerLabel } }')).data).toEqual({ signInOptions: { providerLabel: null } });
    } finally {
      await plain.close();
    }
    expect(() => loadConfig({ OIDC_ISSUER: 'https://esia-gateway.region.ru' })).toThrow(/OIDC_CLIENT_ID is required/);
    expect(() => loadConfig({ PASSWORD_LOGIN: 'off' })).toThrow(/PASSWORD_LOGIN=off needs OIDC_ISSUER/);
  });
});
