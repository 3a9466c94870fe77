import { SessionCache } from '../src/modules/auth/session-cache';
import { SIGN_IN_LIMITS } from '../src/modules/auth/sign-in-limits';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { countCodes, signIn } from './support/sign-in';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 9, more than one instance: two API processes on one database behave as one — sign-in limits are shared
 * (failures on one count on the other) and a session ended on one is refused by the other as soon as the database's
 * notification of it has reached the other (each instance caches resolved sessions for a few seconds: SessionCache).
 */
const L = SIGN_IN_LIMITS;
const ME = 'query { me { login } }';
const SESSIONS = 'query { mySessions { id current } }';
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

describe('two API instances on one database', () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    one = await startTestApp();
    two = await startTestApp({}, { sameDatabaseAs: one });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });
  beforeEach(() => one.db.query('DELETE FROM login_throttle'));

  it('counts failures on one instance on the other', async () => {
    for (let i = 0; i < L.freeFailures - 2; i++) expect((await signIn(one.url, 'coordinator.lo', `wrong-${i}`)).code).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 2; i++) expect((await signIn(two.url, 'coordinator.lo', `wrong-two-${i}`)).code).toBe('UNAUTHENTICATED');
    expect((await signIn(one.url, 'coordinator.lo', DEMO_PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
    expect((await signIn(two.url, 'coordinator.lo', DEMO_PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('shares one budget between parallel attempts on both instances', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(i % 2 ? one.url : two.url, 'methodist.timashevsk', `wrong-${i}`)),
    );
    expect(countCodes(answers)).toEqual({ UNAUTHENTICATED: L.freeFailures, TOO_MANY_REQUESTS: 100 - L.freeFailures });
  });

  it('refuses on one instance a session ended on the other', async () => {
    const first = await one.login('mentor.zhdanova');
    const second = await one.login('mentor.zhdanova');
    const listed = await two.gql<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS, {}, second);
    const firstId = listed.data!.mySessions.find((s) => !s.current)!.id;
    // Both instances listen, so they cache: the first one now keeps the session it resolves. It forgets it when the
    // database's notification of the revocation arrives: wait for that (whatever the machine's load), then the
    // session is refused there.
    const oneCache = one.app.get(SessionCache);
    const twoCache = two.app.get(SessionCache);
    await Promise.all([oneCache.whenActive(), twoCache.whenActive()]);
    expect((await one.gql<{ me: { login: string } }>(ME, {}, first)).data!.me.login).toBe('mentor.zhdanova');
    const oneBefore = oneCache.generation;
    const ended = await two.gql('mutation($id: ID!) { endSession(id: $id) { id } }', { id: firstId }, second);
    expect(ended.errors).toBeUndefined();
    await oneCache.clearedAfter(oneBefore);
    expect((await one.gql<{ me: unknown }>(ME, {}, first)).data!.me).toBeNull();
    expect(codeOf(await one.gql(SESSIONS, {}, first))).toBe('UNAUTHENTICATED');
    // Logging out on one instance ends the session on the other.
    const twoBefore = twoCache.generation;
    expect((await one.gql('mutation { logout }', {}, second)).errors).toBeUndefined();
    await twoCache.clearedAfter(twoBefore);
    expect(codeOf(await two.gql(SESSIONS, {}, second))).toBe('UNAUTHENTICATED');
  });

  it('keeps out of the cache a session read before a revocation was notified', async () => {
    const cache = one.app.get(SessionCache);
    await cache.whenActive(); // it caches only while it listens
    // A request read its session, then a clear came before it could keep it: it is not kept.
    const user = { accountId: 'a', sessionId: 's', login: 'l', displayName: 'd', personId: null, grants: [], roles: [], lastSeenAt: new Date() };
    const readAt = cache.generation;
    cache.clear();
    cache.set('read-before-the-clear', user, readAt);
    expect(cache.get('read-before-the-clear')).toBeNull();
    // Read after the clear, it is kept.
    cache.set('read-after-the-clear', user, cache.generation);
    expect(cache.get('read-after-the-clear')).toEqual(user);
  });
});
