import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

const PEOPLE = '{ people(first: 100) { nodes { id fullName } } }';

function expectSecurityHeaders(res: Response): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('same-origin');
  expect(res.headers.get('x-powered-by')).toBeNull();
}

describe('security headers and compression', () => {
  let t: TestApp;
  let token: string;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'metodset-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>');
    writeFileSync(join(dist, 'assets/app.js'), `export const rows = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `строка ${i}`))};\n`);
    t = await startTestApp({ WEB_DIST_DIR: dist });
    token = await t.login('admin');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the security headers with the API, without X-Powered-By and without HSTS outside production', async () => {
    const health = await fetch(`${t.url}/health`);
    expectSecurityHeaders(health);
    expect(health.headers.get('strict-transport-security')).toBeNull();
    const gql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expectSecurityHeaders(gql);
  });

  it('sends them with the SPA, its client-side routes and its assets', async () => {
    for (const path of ['/', '/registry/organizations', '/assets/app.js']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(200);
      expectSecurityHeaders(res);
    }
  });

  it('compresses the SPA assets and the API answers', async () => {
    const asset = await fetch(`${t.url}/assets/app.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toContain('строка 1999');
    const api = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PEOPLE }),
    });
    expect(api.headers.get('content-encoding')).toBe('gzip');
    const body = (await api.json()) as { data: { people: { nodes: unknown[] } } };
    expect(body.data.people.nodes.length).toBeGreaterThan(10);
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('sends HSTS', async () => {
    const res = await fetch(`${t.url}/health`);
    expectSecurityHeaders(res);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('does not spell out the schema in «Did you mean» suggestions', async () => {
    const token = await t.login('school12.vorkuta');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ organizatio { id } }' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).not.toMatch(/Did you mean|organization/);
  });

  it('refuses limits and bad variables without stack traces', async () => {
    const token = await t.login('school12.vorkuta');
    const queries: [string, Record<string, unknown>][] = [
      [`{ me { ${'id @include(if: true) '.repeat(30)} } }`, {}],
      ['query($n: Int!) { organizations(first: $n) { totalCount } }', { n: 'x' }],
      ['{ me { id }', {}],
      [`{ me { ${'id '.repeat(5000)} } }`, {}],
    ];
    for (const [query, variables] of queries) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toMatch(/stacktrace|\.ts:\d+|at .+\(/);
    }
  });
});
