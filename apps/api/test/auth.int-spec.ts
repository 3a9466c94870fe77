import { createHash } from 'node:crypto';
import { SIGN_IN_LIMITS, waitText } from '../src/modules/auth/sign-in-limits';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token expiresAt me { login } } }';
const ME = 'query { me { login } }';
const PEOPLE = 'query { people(first: 1) { totalCount } }';
const DEEP = `query { organizations(first: 1) { nodes { staff { person { positions { organization { staff { person { positions { organization { staff { person { id } } } } } } } } } } } } }`;
const INTROSPECTION = 'query { __schema { queryType { name } } }';

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

describe('sign-in, sessions and request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (name: string, password: string) => t.gql<{ login: { token: string; me: { login: string } } }>(LOGIN, { i: { login: name, password } });

  it('sets an HttpOnly, SameSite session cookie on sign-in, and the cookie signs requests in', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { i: { login: 'school12.vorkuta', password: DEMO_PASSWORD } } }),
    });
    const body = (await res.json()) as GqlResult<{ login: { token: string; me: { login: string } } }>;
    expect(body.data!.login.me.login).toBe('school12.vorkuta');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('metodset_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toContain(`metodset_session=${body.data!.login.token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).toMatch(/;\s*Expires=/i);

    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie!.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await me.json()) as GqlResult<{ me: { login: string } }>).data!.me.login).toBe('school12.vorkuta');
  });

  it('answers a wrong password and an unknown login the same way', async () => {
    const wrong = await login('coordinator.lo', 'not-the-password');
    const unknown = await login('nobody.at.all', 'not-the-password');
    for (const r of [wrong, unknown]) {
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0].message).toBe('Неверный логин или пароль');
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('makes an account wait after 5 failures, the right password too, and lets it in once the wait has passed', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await login('methodist.timashevsk', `wrong-${i}`))).toBe('UNAUTHENTICATED');
    const right = await login('methodist.timashevsk', DEMO_PASSWORD);
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    const wait = (right.errors?.[0].extensions as unknown as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(SIGN_IN_LIMITS.firstDelaySeconds - 5);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_LIMITS.firstDelaySeconds);
    // The message names the same wait as Retry-After (a second or two less than the full minute on a busy machine).
    expect(right.errors?.[0].message).toBe(`Слишком много неудачных попыток входа. Попробуйте через ${waitText(wait)}`);
    expect(right.data ?? null).toBeNull();
    // Another account from the same address is not affected.
    const other = await login('methodist.podporozhye', DEMO_PASSWORD);
    expect(other.errors).toBeUndefined();
    // Someone else's failures never lock the account for good: once the wait has passed, the right password works.
    await t.db.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE kind = 'ACCOUNT'`);
    expect((await login('methodist.timashevsk', DEMO_PASSWORD)).data!.login.me.login).toBe('methodist.timashevsk');
  });

  it('revokes the session on logout', async () => {
    const token = await t.login('mentor.zhdanova');
    expect((await t.gql<{ me: { login: string } }>(ME, {}, token)).data!.me.login).toBe('mentor.zhdanova');
    const out = await t.gql<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(out.data!.logout).toBe(true);
    expect((await t.gql<{ me: unknown }>(ME, {}, token)).data!.me).toBeNull();
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBe('UNAUTHENTICATED');
    const rows: { revoked_at: Date | null }[] = await t.db.query('SELECT revoked_at FROM session WHERE token_hash = $1', [hashOf(token)]);
    expect(rows[0].revoked_at).not.toBeNull();
  });

  it('refuses an expired session', async () => {
    const token = await t.login('teacher.filippov');
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBeUndefined();
    await t.db.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [hashOf(token)]);
    // As for an idle session below: the change reaches the session cache by NOTIFY once it commits. Wait for the refusal.
    let code = codeOf(await t.gql(PEOPLE, {}, token));
    while (code === undefined) code = codeOf(await t.gql(PEOPLE, {}, token));
    expect(code).toBe('UNAUTHENTICATED');
    expect((await t.gql<{ me: unknown }>(ME, {}, token)).data!.me).toBeNull();
  });

  it('refuses a session idle for longer than the idle timeout', async () => {
    const token = await t.login('teacher.filippov');
    expect(codeOf(await t.gql(PEOPLE, {}, token))).toBeUndefined();
    await t.db.query(`UPDATE session SET last_seen_at = now() - interval '2 hours' WHERE token_hash = $1`, [hashOf(token)]);
    // A change made outside the API reaches its session cache by NOTIFY once it commits; until that arrives a request
    // may still be served from the cache (a cached answer never refreshes the last-seen time). Wait for the refusal.
    let code = codeOf(await t.gql(PEOPLE, {}, token));
    while (code === undefined) code = codeOf(await t.gql(PEOPLE, {}, token));
    expect(code).toBe('UNAUTHENTICATED');
  });

  it('refuses a query nested deeper than 10 levels', async () => {
    const token = await t.login('admin');
    const r = await t.gql(DEEP, {}, token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/слишком глубокий/);
    expect(r.data ?? null).toBeNull();
  });

  it('answers /health with 200 and status ok', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('serves introspection and stack traces outside production (the production checks below mean something)', async () => {
    const intro = await t.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(intro.data!.__schema.queryType.name).toBe('Query');
    const r = await t.gql(PEOPLE);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].extensions).toHaveProperty('stacktrace');
  });

  describe('one’s own account: password and sessions', () => {
    const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
    const SESSIONS = 'query { mySessions { id createdAt lastSeenAt ip userAgent current } }';
    const END = 'mutation($id: ID!) { endSession(id: $id) { id current } }';
    const END_OTHERS = 'mutation { endOtherSessions { id current } }';
    type Listed = { id: string; createdAt: string; lastSeenAt: string; ip: string | null; userAgent: string | null; current: boolean };
    const sessionId = async (token: string) => ((await t.db.query('SELECT id FROM session WHERE token_hash = $1', [hashOf(token)])) as { id: string }[])[0].id;
    const snapshot = (name: string) =>
      t.db.query(
        `SELECT a.password_hash, a.updated_at,
                (SELECT json_agg(json_build_object('id', s.id, 'revoked', s.revoked_at) ORDER BY s.id) FROM session s WHERE s.account_id = a.id) AS sessions,
                (SELECT count(*) FROM audit_log l WHERE l.entity_id = a.id AND l.action = 'change-password') AS changes
           FROM account a WHERE a.login = $1`,
        [name],
      );
    const signedIn = async (token: string) => ((await t.gql<{ me: { login: string } | null }>(ME, {}, token)).data?.me?.login ?? null);
    beforeEach(() => t.db.query('DELETE FROM login_throttle'));

    it('refuses a wrong old password with a field error and writes nothing', async () => {
      const token = await t.login('coordinator.lo');
      const other = await t.login('coordinator.lo');
      const before = await snapshot('coordinator.lo');
      const r = await t.gql(CHANGE, { i: { oldPassword: 'not-my-password', newPassword: 'Совсем-новый-пароль-2026' } }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'oldPassword', message: 'Текущий пароль введён неверно' }]);
      expect(r.data ?? null).toBeNull();
      expect(await snapshot('coordinator.lo')).toEqual(before);
      expect(await signedIn(other)).toBe('coordinator.lo');
      expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'change-password-failed'`))[0].n).toBeGreaterThan(0);
    });

    it('refuses a weak or unchanged new password with a field error on newPassword, before checking the old one', async () => {
      const token = await t.login('coordinator.lo');
      const before = await snapshot('coordinator.lo');
      const weak = await t.gql(CHANGE, { i: { oldPassword: 'whatever-it-is', newPassword: 'short' } }, token);
      expect(weak.errors?.[0].extensions?.fields).toEqual([{ field: 'newPassword', message: expect.stringMatching(/^Пароль — не короче \d+ символов$/) }]);
      const same = await t.gql(CHANGE, { i: { oldPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD } }, token);
      expect(same.errors?.[0].extensions?.fields).toEqual([{ field: 'newPassword', message: 'Новый пароль должен отличаться от текущего' }]);
      const empty = await t.gql(CHANGE, { i: { oldPassword: '', newPassword: '' } }, token);
      expect(codeOf(empty)).toBe('BAD_USER_INPUT');
      expect(empty.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['newPassword', 'oldPassword']);
      expect(await snapshot('coordinator.lo')).toEqual(before);
    });

    it('changes the password, ends every other session and keeps the current one', async () => {
      const current = await t.login('coordinator.lo');
      const other = await t.login('coordinator.lo');
      const NEW = 'Совсем-новый-пароль-2026';
      const r = await t.gql<{ changePassword: boolean }>(CHANGE, { i: { oldPassword: DEMO_PASSWORD, newPassword: NEW } }, current);
      expect(r.errors).toBeUndefined();
      expect(r.data!.changePassword).toBe(true);
      expect(await signedIn(current)).toBe('coordinator.lo');
      expect(await signedIn(other)).toBeNull();
      expect(codeOf(await login('coordinator.lo', DEMO_PASSWORD))).toBe('UNAUTHENTICATED');
      expect((await login('coordinator.lo', NEW)).data!.login.me.login).toBe('coordinator.lo');
      const audit = (await t.db.query(
        `SELECT l.after FROM audit_log l JOIN account a ON a.id = l.entity_id WHERE a.login = 'coordinator.lo' AND l.action = 'change-password'`,
      )) as { after: { sessionsEnded: number } }[];
      expect(audit.length).toBe(1);
      expect(audit[0].after.sessionsEnded).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(audit)).not.toContain(NEW);
    });

    it('lists the caller’s open sessions, the current one marked, and no one else’s', async () => {
      const first = await t.login('mentor.zhdanova');
      const second = await t.login('mentor.zhdanova');
      await t.login('school12.vorkuta');
      const r = await t.gql<{ mySessions: Listed[] }>(SESSIONS, {}, second);
      expect(r.errors).toBeUndefined();
      const listed = r.data!.mySessions;
      const own = (await t.db.query(
        `SELECT s.id FROM session s JOIN account a ON a.id = s.account_id WHERE a.login = 'mentor.zhdanova' AND s.revoked_at IS NULL`,
      )) as { id: string }[];
      expect(new Set(listed.map((s) => s.id))).toEqual(new Set(own.map((s) => s.id)));
      expect(listed.filter((s) => s.current).map((s) => s.id)).toEqual([await sessionId(second)]);
      expect(listed.map((s) => s.id)).toContain(await sessionId(first));
      for (const s of listed) {
        expect(s.ip).toMatch(/127\.0\.0\.1$/);
        expect(s.userAgent).toBeTruthy();
        expect(Date.parse(s.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt) - 1000);
      }
    });

    it('ends one of one’s own sessions; another account’s session is NOT_FOUND and stays open', async () => {
      const mine = await t.login('methodist.podporozhye');
      const mineToo = await t.login('methodist.podporozhye');
      const theirs = await t.login('school12.vorkuta');
      const theirsId = await sessionId(theirs);
      const refused = await t.gql(END, { id: theirsId }, mine);
      expect(codeOf(refused)).toBe('NOT_FOUND');
      expect(refused.errors?.[0].message).toBe('Сеанс не найден');
      expect(await signedIn(theirs)).toBe('school12.vorkuta');
      expect((await t.db.query('SELECT revoked_at FROM session WHERE id = $1', [theirsId]))[0].revoked_at).toBeNull();
      expect(codeOf(await t.gql(END, { id: '00000000-0000-4000-8000-000000000000' }, mine))).toBe('NOT_FOUND');
      const bad = await t.gql(END, { id: 'not-an-id' }, mine);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.fields).toEqual([{ field: 'id', message: 'Неверный идентификатор' }]);

      const ended = await t.gql<{ endSession: { id: string; current: boolean }[] }>(END, { id: await sessionId(mineToo) }, mine);
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.endSession.map((s) => s.id)).not.toContain(await sessionId(mineToo));
      expect(ended.data!.endSession.filter((s) => s.current).map((s) => s.id)).toEqual([await sessionId(mine)]);
      expect(await signedIn(mineToo)).toBeNull();
      expect(await signedIn(mine)).toBe('methodist.podporozhye');
      // Ending it again: it is no longer open.
      expect(codeOf(await t.gql(END, { id: await sessionId(mineToo) }, mine))).toBe('NOT_FOUND');
    });

    it('ends every other session at once, keeping the current one', async () => {
      const current = await t.login('school12.vorkuta');
      const others = [await t.login('school12.vorkuta'), await t.login('school12.vorkuta')];
      const r = await t.gql<{ endOtherSessions: { id: string; current: boolean }[] }>(END_OTHERS, {}, current);
      expect(r.errors).toBeUndefined();
      expect(r.data!.endOtherSessions).toEqual([{ id: await sessionId(current), current: true }]);
      for (const o of others) expect(await signedIn(o)).toBeNull();
      expect(await signedIn(current)).toBe('school12.vorkuta');
    });

    it('keeps all of it from anonymous callers', async () => {
      for (const [q, v] of [[CHANGE, { i: { oldPassword: 'a', newPassword: 'b' } }], [SESSIONS, {}], [END, { id: '00000000-0000-4000-8000-000000000000' }], [END_OTHERS, {}]] as const) {
        expect(codeOf(await t.gql(q, v))).toBe('UNAUTHENTICATED');
      }
    });
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('sends errors without stack traces', async () => {
    const token = await t.login('school12.vorkuta');
    const results = [
      await t.gql(PEOPLE),
      await t.gql('query($id: ID!) { organization(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, token),
      await t.gql('query { nothingHere }', {}, token),
      await t.gql(DEEP, {}, token),
    ];
    expect(results.map(codeOf)).toEqual(['UNAUTHENTICATED', 'NOT_FOUND', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    for (const r of results) {
      expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.ts:\d+|at .+\(/);
    }
  });

  it('turns introspection off', async () => {
    const r = await t.gql(INTROSPECTION);
    expect(r.data ?? null).toBeNull();
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/introspection/i);
  });
});
