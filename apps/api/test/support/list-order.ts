import type { GqlResult } from './test-app';

type Gql = <T>(query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<GqlResult<T>>;
export interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

/**
 * A list query for these checks takes `$first: Int!, $after: String, $offset: Int, $orderBy: <X>Order` and whatever
 * fixed `variables` it needs; `pick` finds the connection in the answer.
 */
export interface ListUnderTest {
  gql: Gql;
  token: string;
  query: string;
  pick: (data: Record<string, unknown>) => Page;
  variables?: Record<string, unknown>;
  pageSize?: number;
}

async function page(l: ListUnderTest, vars: Record<string, unknown>): Promise<Page> {
  const r = await l.gql<Record<string, unknown>>(l.query, { ...l.variables, ...vars }, l.token);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return l.pick(r.data!);
}

/** Every id of the list in this order, walked by keyset cursor. */
export async function walkByCursor(l: ListUnderTest, orderBy: Record<string, string> | null): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const p = await page(l, { first: l.pageSize ?? 7, after, orderBy });
    total = p.totalCount;
    ids.push(...p.nodes.map((n) => n.id));
    after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
  } while (after);
  return { ids, total };
}

/** Every id of the list in this order, walked page by page with `offset` (as the SPA's page N does). */
export async function walkByOffset(l: ListUnderTest, orderBy: Record<string, string> | null): Promise<string[]> {
  const size = l.pageSize ?? 7;
  const ids: string[] = [];
  for (let offset = 0; ; offset += size) {
    const p = await page(l, { first: size, offset, orderBy });
    ids.push(...p.nodes.map((n) => n.id));
    if (!p.pageInfo.hasNextPage) return ids;
  }
}

/**
 * For every order field, in both directions: cursor paging yields every row once (ties broken by id), offset paging
 * yields the same sequence, and descending is exactly ascending reversed (the tie-breaker follows the direction).
 * Returns the ascending ids per field for checks of the values.
 */
export async function checkEveryOrder(l: ListUnderTest, fields: readonly string[], minRows = 2): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const field of fields) {
    const asc = await walkByCursor(l, { field, direction: 'ASC' });
    expect({ field, rows: asc.ids.length }).toEqual({ field, rows: asc.total });
    expect(asc.total).toBeGreaterThanOrEqual(minRows);
    expect(new Set(asc.ids).size).toBe(asc.total);
    const desc = await walkByCursor(l, { field, direction: 'DESC' });
    expect({ field, desc: desc.ids }).toEqual({ field, desc: [...asc.ids].reverse() });
    expect({ field, byOffset: await walkByOffset(l, { field, direction: 'ASC' }) }).toEqual({ field, byOffset: asc.ids });
    out[field] = asc.ids;
  }
  return out;
}

/** `after` with `offset` and a page over 100 are refused with field errors. */
export async function checkPageRefusals(l: ListUnderTest): Promise<void> {
  const first = await page(l, { first: 1 });
  const both = await l.gql(l.query, { ...l.variables, first: 1, after: first.pageInfo.endCursor ?? 'x', offset: 2 }, l.token);
  expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(both.errors?.[0].extensions?.['fields']).toEqual([{ field: 'offset', message: 'Укажите либо курсор страницы (after), либо смещение (offset), но не оба' }]);
  const big = await l.gql(l.query, { ...l.variables, first: 101 }, l.token);
  expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const negative = await l.gql(l.query, { ...l.variables, first: 5, offset: -1 }, l.token);
  expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
}
