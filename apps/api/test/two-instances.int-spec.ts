import { SIGN_IN_LIMITS } from '../src/modules/auth/sign-in-limits';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { countCodes, signIn } from './support/sign-in';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 9, more than one instance: two API processes on one database behave as one — sign-in limits are shared
 * (failures on one count on the other) and a session ended on one is refused by the other.
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
    expect((await one.gql<{ me: { login: string } }>(ME, {}, first)).data!.me.login).toBe('mentor.zhdanova');
    const ended = await two.gql('mutation($id: ID!) { endSession(id: $id) { id } }', { id: firstId }, second);
    expect(ended.errors).toBeUndefined();
    expect((await one.gql<{ me: unknown }>(ME, {}, first)).data!.me).toBeNull();
    expect(codeOf(await one.gql(SESSIONS, {}, first))).toBe('UNAUTHENTICATED');
    // Logging out on one instance ends the session on the other.
    expect((await one.gql('mutation { logout }', {}, second)).errors).toBeUndefined();
    expect(codeOf(await two.gql(SESSIONS, {}, second))).toBe('UNAUTHENTICATED');
  });
});
