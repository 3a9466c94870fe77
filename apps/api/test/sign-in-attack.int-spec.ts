import { ConfigError, loadConfig } from '../src/config/config';
import { SIGN_IN_LIMITS, waitText } from '../src/modules/auth/sign-in-limits';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { countCodes, signIn } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 9, sign-in under attack: attempts are reserved atomically in PostgreSQL before the password is checked, an
 * account under attack waits (1, 2, 4 … minutes) instead of being locked, the right password works once the wait has
 * passed, and X-Forwarded-For is believed only from a configured proxy (TRUST_PROXY, off by default).
 */
const L = SIGN_IN_LIMITS;

describe('sign-in under parallel attack', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  // Every case starts from clean counters (all requests come from 127.0.0.1).
  beforeEach(() => t.db.query('DELETE FROM login_throttle'));

  const audit = async (action: string) => Number(((await t.db.query('SELECT count(*) AS n FROM audit_log WHERE action = $1', [action])) as { n: string }[])[0].n);
  const sessionsOf = async (login: string) =>
    Number(((await t.db.query('SELECT count(*) AS n FROM session s JOIN account a ON a.id = s.account_id WHERE a.login = $1', [login])) as { n: string }[])[0].n);

  it('evaluates at most the allowed number of 200 parallel wrong passwords against one account from one address', async () => {
    const failedBefore = await audit('login-failed');
    const throttledBefore = await audit('login-throttled');
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => signIn(t.url, 'methodist.timashevsk', `wrong-password-${i}`)));
    const codes = countCodes(answers);
    expect(codes['UNAUTHENTICATED']).toBeLessThanOrEqual(L.freeFailures);
    // The rule: exactly the free failures are checked, the attempt that reaches the limit starts the wait.
    expect(codes).toEqual({ UNAUTHENTICATED: L.freeFailures, TOO_MANY_REQUESTS: 200 - L.freeFailures });
    const refused = answers.filter((a) => a.code === 'TOO_MANY_REQUESTS');
    for (const a of refused) {
      // 200 with errors (GraphQL over HTTP, application/json), the wait in Retry-After and in the extensions.
      expect(a.status).toBe(200);
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
      expect(a.body.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: Number(a.retryAfter) });
      expect(a.body.errors![0].message).toMatch(/^Слишком много неудачных попыток входа\. Попробуйте через /);
    }
    // Every failure and every refusal is audited.
    expect(await audit('login-failed')).toBe(failedBefore + L.freeFailures);
    expect(await audit('login-throttled')).toBe(throttledBefore + 200 - L.freeFailures);
  });

  it('lets exactly one of 31 parallel tries (one of them right) be checked after 4 failures', async () => {
    for (let i = 0; i < L.freeFailures - 1; i++) expect((await signIn(t.url, 'methodist.podporozhye', `wrong-${i}`)).code).toBe('UNAUTHENTICATED');
    const sessionsBefore = await sessionsOf('methodist.podporozhye');
    const tries = [...Array.from({ length: 30 }, (_, i) => `wrong-again-${i}`), DEMO_PASSWORD];
    const answers = await Promise.all(tries.map((p) => signIn(t.url, 'methodist.podporozhye', p)));
    const codes = countCodes(answers);
    // The 5th attempt is the last one checked: whichever arrives first; the other 30 wait.
    expect((codes['UNAUTHENTICATED'] ?? 0) + (codes['OK'] ?? 0)).toBe(1);
    expect(codes['TOO_MANY_REQUESTS']).toBe(30);
    const right = answers[30];
    expect(await sessionsOf('methodist.podporozhye')).toBe(sessionsBefore + (right.code === 'OK' ? 1 : 0));
    if (right.code !== 'OK') {
      // A wrong one was the 5th: the right password now waits too (and no session was opened).
      expect(right.code).toBe('TOO_MANY_REQUESTS');
      expect((await signIn(t.url, 'methodist.podporozhye', DEMO_PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('lets the right password in once the wait has passed, and doubles the wait after each further failure', async () => {
    for (let i = 0; i < L.freeFailures; i++) expect((await signIn(t.url, 'school12.vorkuta', `wrong-${i}`)).code).toBe('UNAUTHENTICATED');
    const waiting = await signIn(t.url, 'school12.vorkuta', DEMO_PASSWORD);
    expect(waiting.code).toBe('TOO_MANY_REQUESTS');
    expect(waiting.body.errors![0].extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    const wait = (waiting.body.errors![0].extensions as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(L.firstDelaySeconds - 5);
    expect(wait).toBeLessThanOrEqual(L.firstDelaySeconds);
    // The message names the same wait as Retry-After (a second or two less than the full minute on a busy machine).
    expect(waiting.body.errors![0].message).toBe(`Слишком много неудачных попыток входа. Попробуйте через ${waitText(wait)}`);

    // The wait passes (moved back in the database instead of sleeping): one more wrong one is checked and waits twice as long.
    const pass = () => t.db.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE kind = 'ACCOUNT' AND key = 'school12.vorkuta'`);
    await pass();
    expect((await signIn(t.url, 'school12.vorkuta', 'wrong-again')).code).toBe('UNAUTHENTICATED');
    const longer = await signIn(t.url, 'school12.vorkuta', DEMO_PASSWORD);
    expect(longer.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(longer.retryAfter)).toBeGreaterThan(2 * L.firstDelaySeconds - 5);
    expect(Number(longer.retryAfter)).toBeLessThanOrEqual(2 * L.firstDelaySeconds);

    await pass();
    const ok = await signIn(t.url, 'school12.vorkuta', DEMO_PASSWORD);
    expect(ok.code).toBe('OK');
    // A success starts afresh: the next wrong password is checked, not refused.
    expect(await t.db.query(`SELECT 1 FROM login_throttle WHERE kind = 'ACCOUNT' AND key = 'school12.vorkuta'`)).toEqual([]);
    expect((await signIn(t.url, 'school12.vorkuta', 'wrong-once-more')).code).toBe('UNAUTHENTICATED');
  });

  it('keeps the per-address limit when X-Forwarded-For rotates (TRUST_PROXY is off by default)', async () => {
    // Different accounts (each below its own limit), a forged different address each time.
    const answers = await Promise.all(
      Array.from({ length: L.addressFailures + 10 }, (_, i) => signIn(t.url, `nobody.${i}`, 'wrong-password', { 'x-forwarded-for': `198.51.100.${i + 1}` })),
    );
    expect(countCodes(answers)).toEqual({ UNAUTHENTICATED: L.addressFailures, TOO_MANY_REQUESTS: 10 });
    // The right password of a real account from that address waits as well; the forged addresses were never counted.
    expect((await signIn(t.url, 'teacher.filippov', DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.99' })).code).toBe('TOO_MANY_REQUESTS');
    const keys = (await t.db.query(`SELECT key FROM login_throttle WHERE kind = 'ADDRESS'`)) as { key: string }[];
    expect(keys.map((k) => k.key)).toEqual([expect.stringMatching(/127\.0\.0\.1$/)]);
    // Unknown logins are audited by their hash, never as typed, and never with a password.
    const rows = (await t.db.query(`SELECT after FROM audit_log WHERE action = 'login-failed' AND entity_id IS NULL`)) as { after: Record<string, string> }[];
    expect(rows.length).toBeGreaterThanOrEqual(L.addressFailures);
    for (const r of rows) {
      expect(Object.keys(r.after).sort()).toEqual(['ip', 'loginSha256', 'reason']);
      expect(JSON.stringify(r.after)).not.toMatch(/nobody|wrong-password|198\.51\.100/);
    }
  });

  it('gives the address back its attempt on a success (a school behind one NAT can sign in all morning)', async () => {
    // One failure short of the address limit: successes from there do not use the last one up.
    await t.db.query(`INSERT INTO login_throttle (kind, key, failures) VALUES ('ADDRESS', '127.0.0.1', $1)`, [L.addressFailures - 1]);
    for (const who of ['teacher.filippov', 'mentor.zhdanova', 'admin']) expect((await signIn(t.url, who, DEMO_PASSWORD)).code).toBe('OK');
    expect((await t.db.query(`SELECT failures FROM login_throttle WHERE kind = 'ADDRESS'`))[0].failures).toBe(L.addressFailures - 1);
    expect((await signIn(t.url, 'teacher.filippov', 'wrong')).code).toBe('UNAUTHENTICATED');
    expect((await signIn(t.url, 'teacher.filippov', DEMO_PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('sign-in behind a configured proxy (TRUST_PROXY=loopback)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  it('counts the address the proxy reports', async () => {
    expect((await signIn(t.url, 'nobody.here', 'wrong', { 'x-forwarded-for': '203.0.113.7' })).code).toBe('UNAUTHENTICATED');
    const keys = (await t.db.query(`SELECT key FROM login_throttle WHERE kind = 'ADDRESS'`)) as { key: string }[];
    expect(keys.map((k) => k.key)).toEqual(['203.0.113.7']);
  });
});

describe('the TRUST_PROXY setting', () => {
  it('believes nobody by default, and takes hops or a list of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'any proxy at all' })).toThrow(ConfigError);
  });
});
