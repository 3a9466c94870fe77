import { ApiClientScopeKind } from '@metodset/shared';
import { DataSource } from 'typeorm';
import { RateBudget } from '../src/common/graphql/rate-limit';
import { createTestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

interface Answer {
  status: number;
  retryAfter: string | null;
  remainingHeader: string | null;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; limit?: string; retryAfterSeconds?: number; rateLimit?: RateLimit; fields?: unknown } }[];
    extensions?: { rateLimit?: RateLimit };
  };
}
interface RateLimit {
  cost: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

const LIMIT = 10;

/** Published limits: points per hour per client and per session; over the budget HTTP 429 with Retry-After. */
describe('rate limits', () => {
  let t: TestApp;
  let region: string;

  const post = async (query: string, token: string | null, variables: Record<string, unknown> = {}): Promise<Answer> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), remainingHeader: res.headers.get('x-ratelimit-remaining'), body: (await res.json()) as Answer['body'] };
  };

  beforeAll(async () => {
    t = await startTestApp({ API_CLIENT_POINTS_PER_HOUR: String(LIMIT), SESSION_POINTS_PER_HOUR: String(LIMIT) });
    const [r] = (await t.db.query(`SELECT id FROM region WHERE code = '47'`)) as { id: string }[];
    region = r!.id;
  });
  afterAll(() => t.close());

  it('of parallel requests exactly the budget passes; the rest get 429 with Retry-After and the budget in extensions', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.REGION, id: region } });
    const answers = await Promise.all(Array.from({ length: 25 }, () => post('{ me { id } }', c.secret)));
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    expect(ok).toHaveLength(LIMIT);
    expect(refused).toHaveLength(25 - LIMIT);
    for (const a of ok) {
      expect(a.body.errors).toBeUndefined();
      expect(a.body.extensions?.rateLimit).toEqual({ cost: 1, limit: LIMIT, remaining: expect.any(Number), resetAt: expect.any(String) });
    }
    expect(ok.map((a) => a.body.extensions!.rateLimit!.remaining).sort((x, y) => x - y)).toEqual(Array.from({ length: LIMIT }, (_, i) => i));
    for (const a of refused) {
      const e = a.body.errors![0]!;
      expect(e.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(e.message).toMatch(/Превышен лимит/);
      expect(Number(a.retryAfter)).toBeGreaterThan(3000);
      expect(Number(a.retryAfter)).toBeLessThanOrEqual(3600);
      expect(e.extensions?.rateLimit).toEqual(expect.objectContaining({ remaining: 0, limit: LIMIT }));
      expect(a.body.extensions?.rateLimit?.remaining).toBe(0);
      expect(a.remainingHeader).toBe('0');
    }
    const [row] = (await t.db.query(`SELECT spent FROM api_rate_budget WHERE key = $1`, [`client:${c.clientId}`])) as { spent: number }[];
    expect(row!.spent).toBe(LIMIT);
  });

  it('a request costs its cost per 100 points, at least 1; budgets are per client and per session', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.REGION, id: region } });
    const big = await post('query { organizations(first: 100) { nodes { id name inn } } }', c.secret);
    expect(big.status).toBe(200);
    // 20 for the root field + 100 × (1 + `nodes` 1 + 3 fields) = 520 → 6 points.
    expect(big.body.extensions?.rateLimit).toEqual(expect.objectContaining({ cost: 6, remaining: LIMIT - 6 }));
    const other = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.REGION, id: region } });
    expect((await post('{ me { id } }', other.secret)).body.extensions?.rateLimit?.remaining).toBe(LIMIT - 1);
    const session = await t.login('coordinator.lo');
    const answers = await Promise.all(Array.from({ length: LIMIT + 3 }, () => post('{ me { id } }', session)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(LIMIT);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(3);
    // Another session of the same person has a budget of its own; anonymous requests carry none.
    expect((await post('{ me { id } }', await t.login('coordinator.lo'))).status).toBe(200);
    const anonymous = await post('{ health { status } }', null);
    expect(anonymous.body.extensions?.rateLimit).toBeUndefined();
  });

  it('parallel spendings of one caller are spent together, each answered as if spent one after another', async () => {
    const budget = t.app.get(RateBudget);
    const statements: string[] = [];
    const ds = t.app.get(DataSource);
    const query = ds.query.bind(ds);
    const spy = jest.spyOn(ds, 'query').mockImplementation((sql: string, ...rest: Parameters<DataSource['query']> extends [string, ...infer R] ? R : never) => {
      if (sql.includes('api_rate_budget')) statements.push(sql);
      return query(sql, ...rest);
    });
    try {
      const key = `test:${Date.now()}`;
      // 2 + 1 + 2 + 1 + 2 + 1 + 2 = 11 points of a budget of 12: all pass, each total is the running sum in order.
      const points = [2, 1, 2, 1, 2, 1, 2];
      const answers = await Promise.all(points.map((p) => budget.spend(key, p, 12)));
      expect(answers.map((a) => a.ok)).toEqual(points.map(() => true));
      expect(answers.map((a) => a.spent)).toEqual([2, 3, 5, 6, 8, 9, 11]);
      // The first went alone; the six that arrived meanwhile went in one statement.
      expect(statements).toHaveLength(2);
      // Two more arriving together do not fit as a sum (11 + 2 + 1 > 12): spent one by one, the first refused.
      statements.length = 0;
      const [a, b, c] = await Promise.all([budget.spend(key, 1, 12), budget.spend(key, 2, 12), budget.spend(key, 1, 12)]);
      expect([a.ok, a.spent]).toEqual([true, 12]);
      expect([b.ok, b.spent]).toEqual([false, 12]);
      expect([c.ok, c.spent]).toEqual([false, 12]);
      const [row] = (await t.db.query(`SELECT spent FROM api_rate_budget WHERE key = $1`, [key])) as { spent: number }[];
      expect(row!.spent).toBe(12);
    } finally {
      spy.mockRestore();
    }
  });

  it('a lease: the next requests of a caller are spent from the points reserved ahead, without a statement; two instances never overspend', async () => {
    const budget = t.app.get(RateBudget);
    const ds = t.app.get(DataSource);
    const statements: string[] = [];
    const query = ds.query.bind(ds);
    const spy = jest.spyOn(ds, 'query').mockImplementation((sql: string, ...rest: Parameters<DataSource['query']> extends [string, ...infer R] ? R : never) => {
      if (sql.includes('api_rate_budget')) statements.push(sql);
      return query(sql, ...rest);
    });
    try {
      // A limit of 1000: a statement reserves what is needed plus 1 % (10 points).
      const key = `lease:${Date.now()}`;
      const spent: number[] = [];
      for (let i = 0; i < 12; i++) spent.push((await budget.spend(key, 1, 1000)).spent);
      expect(spent).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(statements).toHaveLength(2); // the 1st (1 + 10 reserved) and the 12th
      const [row] = (await t.db.query(`SELECT spent FROM api_rate_budget WHERE key = $1`, [key])) as { spent: number }[];
      expect(row!.spent).toBe(22); // 12 spent, 10 reserved ahead
      // Two instances on one budget of 50: each leases ahead, together they never pass more than the budget.
      const other = new RateBudget(ds);
      const shared = `lease-shared:${Date.now()}`;
      const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? other : budget).spend(shared, 1, 50)));
      const ok = answers.filter((a) => a.ok).length;
      const [r2] = (await t.db.query(`SELECT spent FROM api_rate_budget WHERE key = $1`, [shared])) as { spent: number }[];
      expect(r2!.spent).toBeLessThanOrEqual(50);
      expect(ok).toBeLessThanOrEqual(r2!.spent);
      expect(ok).toBeGreaterThanOrEqual(49); // at most the other instance's unused lease (1 % of 50) is not spent
    } finally {
      spy.mockRestore();
    }
  });

  it('refusals of shape answer 400 before running and spend nothing: depth, aliases, cost; a page over 100 is BAD_USER_INPUT', async () => {
    const c = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.REGION, id: region } });
    const aliases = await post(`query { ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, c.secret);
    const deep = await post(
      'query { organizations(first: 1) { nodes { staff { person { positions { organization { staff { person { positions { organization { staff { person { id } } } } } } } } } } } } }',
      c.secret,
    );
    const list = (i: number) => `o${i}: organizations(first: 100) { nodes { staff { person { positions { organization { id name } } } } } }`;
    const costly = await post(`{ ${[0, 1, 2, 3, 4, 5, 6].map(list).join(' ')} }`, c.secret);
    for (const a of [aliases, deep, costly]) {
      expect(a.status).toBe(400);
      expect(a.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await post('{ me { id } }', c.secret)).body.extensions?.rateLimit?.remaining).toBe(LIMIT - 1);
    // The page size is checked with the arguments (an execution error of GraphQL over HTTP: 200 with BAD_USER_INPUT).
    const page = await post('query { organizations(first: 101) { nodes { id } } }', c.secret);
    expect(page.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(page.body.errors?.[0]?.extensions?.fields)).toMatch(/не больше 100/);
  });
});
