import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A plain `POST /graphql` (UTF-8 JSON with a Content-Length) is served ahead of Express's router
 * (common/http/graphql-first.ts); every other request still goes through Express. Both give the same answers.
 */
describe('POST /graphql ahead of Express', () => {
  let t: TestApp;
  let token: string;
  const QUERY = '{ me { id login } organizations(first: 3) { nodes { id name } } }';

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
  });
  afterAll(() => t.close());

  const post = (body: BodyInit, headers: Record<string, string>, init: RequestInit = {}) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body, ...init });
  /** The same text sent chunked (a stream, no Content-Length): Express's body parser reads it. */
  const chunked = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(text));
        c.close();
      },
    });
  const headersOf = (res: Response) => {
    const h: Record<string, string> = {};
    res.headers.forEach((value, key) => (h[key] = value));
    for (const k of ['date', 'content-length', 'transfer-encoding', 'etag', 'connection', 'keep-alive', 'x-ratelimit-remaining', 'x-ratelimit-reset']) delete h[k];
    return h;
  };

  it('answers as Express does: the same data, status and headers (the security headers, the rate limit’s)', async () => {
    const text = JSON.stringify({ query: QUERY });
    const fast = await post(text, { 'content-type': 'application/json' });
    const slow = await post(chunked(text), { 'content-type': 'application/json' }, { duplex: 'half' } as RequestInit);
    expect(fast.status).toBe(200);
    expect(slow.status).toBe(200);
    // the second request has spent one point more of the session's budget
    const [a, b] = (await Promise.all([fast.json(), slow.json()])) as { data: unknown; extensions: { rateLimit: { remaining: number } } }[];
    expect(a.data).toEqual(b.data);
    expect(a.extensions.rateLimit.remaining).toBe(b.extensions.rateLimit.remaining + 1);
    expect(headersOf(fast)).toEqual(headersOf(slow));
    expect(fast.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(fast.headers.get('x-ratelimit-limit')).toBeTruthy();
  });

  it('refuses what Express refuses, with the same status: a body that is not a JSON object or array, a form post (CSRF)', async () => {
    for (const body of ['"{ me { id } }"', '{"query": ', '12']) {
      const fast = await post(body, { 'content-type': 'application/json; charset=UTF-8' });
      const slow = await post(chunked(body), { 'content-type': 'application/json; charset=UTF-8' }, { duplex: 'half' } as RequestInit);
      expect([fast.status, slow.status]).toEqual([400, 400]);
      expect(await fast.json()).toEqual(await slow.json());
    }
    const form = await post(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' });
    expect(form.status).toBe(400);
    const empty = await post('', { 'content-type': 'application/json' });
    expect(empty.status).toBe(400);
  });

  it('reads the session cookie and sets cookies through the resolvers’ response (sign-in and sign-out)', async () => {
    const login = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { login: 'admin', password: DEMO_PASSWORD } } }),
    });
    const cookie = login.headers.get('set-cookie');
    expect(cookie).toMatch(/^metodset_session=/);
    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie!.split(';')[0] },
      body: JSON.stringify({ query: '{ me { login } }' }),
    });
    expect(((await me.json()) as { data: { me: { login: string } } }).data.me.login).toBe('admin');
  });
});
