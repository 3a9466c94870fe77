import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentNode } from 'graphql';
import { createMemoryHistory, createRouterMatcher } from 'vue-router';
import { MeQuery } from '@/modules/auth/auth.graphql';
import { organizationListEarly } from '@/modules/organization/organization.early';
import { routeEarly } from '@/modules/route/route.early';
import { createAppRouter, routes } from '@/router';
import { BOOT_PLANS, bootQueries } from './early-boot';
import type { EarlyPlan } from './early-boot-main';
import { BOOT_PAGES, bootRoutes } from './early-boot-routes';
import { bootSend } from './early-wire';
import { dropEarly, earlyFetch, sendEarly, withTypename } from './early';
import { plainRequest } from './plain-request';
import { operationName, printDocument } from './print';

// What the build does (build/early-boot.mts): the app's routes ranked by vue-router's own matcher.
const table = bootRoutes(createRouterMatcher(routes, {}).getRoutes());
const router = createAppRouter(createMemoryHistory());
const wire = (document: DocumentNode, plain: boolean): [string, string] => [
  operationName(document)!,
  printDocument(plain ? document : (withTypename(document as unknown as Parameters<typeof withTypename>[0]) as unknown as DocumentNode)),
];
const at = (url: string) => {
  const u = new URL(url, 'http://app');
  return { pathname: u.pathname, search: u.search };
};
/** What the app's own early path (main.ts: the router's resolution and the route's plan) would send for this URL. */
function appPlan(url: string): [string, string, unknown][] {
  const to = router.resolve(url);
  const plan = typeof to.name === 'string' ? (BOOT_PLANS as Record<string, EarlyPlan | undefined>)[to.name] : undefined;
  return plan ? plan({ query: to.query, params: to.params as Record<string, string> }).map(([d, v]) => [...wire(d, false), v]) : [];
}

describe('the boot script (graphql/early-boot.ts)', () => {
  it('knows the pages with an early query, each plan being the one its route sends', () => {
    expect(Object.keys(BOOT_PLANS).sort()).toEqual(Object.keys(BOOT_PAGES).sort());
    expect(table.map((r) => r.name).sort()).toEqual(Object.keys(BOOT_PAGES).sort());
    for (const name of Object.keys(BOOT_PLANS)) expect(routes.length && table.some((r) => r.name === name)).toBe(true);
    expect(BOOT_PLANS['route']).toBe(routeEarly);
  });

  it('names each plan’s module and export, which a page’s boot script imports alone', async () => {
    for (const [name, [file, plan]] of Object.entries(BOOT_PAGES)) {
      const module = (await import(/* @vite-ignore */ `../${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
      expect(module[plan], name).toBe(BOOT_PLANS[name as keyof typeof BOOT_PLANS]);
    }
  });

  it('sends the session check on every page, as plain-request.ts sends it', () => {
    for (const url of ['/login', '/', '/organizations', '/people?q=x']) {
      const [me] = bootQueries(at(url), table, wire);
      expect(me).toEqual(['Me', printDocument(MeQuery), {}]);
    }
  });

  it('sends a page’s queries exactly where vue-router resolves the URL to that page, with the variables its plan gives there', () => {
    const urls = [
      '/organizations',
      '/organizations/',
      '/ORGANIZATIONS',
      '/organizations?sort=staff_count&dir=desc&page=3&size=50',
      '/organizations?kind=LYCEUM,SCHOOL&kind=GYMNASIUM&q=%D1%88%D0%BA%D0%BE%D0%BB%D0%B0+1&archived=ALL&year=2024&status=HIGH_RESULTS',
      '/organizations?municipality=m1&size=7&page=-1&sort=nope&weird=%E0%A4%A',
      '/organizations#top',
      '/organizations/new',
      '/organizations/o1',
      '/organizations/o1/edit',
      '/routes/c9d154ea-0d33-47b5-a742-355cae39dd04',
      '/routes/r1/',
      '/routes/new',
      '/routes/dialog',
      '/routes/achievements/p1',
      '/routes',
      '/my/routes',
      '/deficits',
      '/login',
      '/',
      '/nowhere/at/all',
    ];
    for (const url of urls) {
      expect(bootQueries(at(url), table, wire).slice(1), url).toEqual(appPlan(url));
    }
    expect(bootQueries(at('/organizations'), table, wire)).toHaveLength(1);
    expect(appPlan('/routes/r1/').map(([name, , variables]) => [name, variables])).toEqual([['Route', { id: 'r1' }]]);
    expect(appPlan('/routes/new')).toEqual([]);
  });

  it('leaves a parameter vue-router would decode to the app’s own early path', () => {
    expect(bootQueries(at('/routes/a%20b'), table, wire)).toHaveLength(1);
    expect(appPlan('/routes/a%20b').map(([, , variables]) => variables)).toEqual([{ id: 'a b' }]);
  });
});

const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const slot = globalThis as unknown as Record<string, unknown>;
const orgs = organizationListEarly({ query: {} });
const [listDoc, listVariables] = orgs[0]!;
const urqlBody = (variables: unknown) => JSON.stringify({ operationName: 'OrganizationList', query: '…', variables });

describe('the app takes the boot script’s requests (early-wire.ts)', () => {
  afterEach(() => {
    dropEarly();
    delete slot['__metodsetEarly'];
    delete slot['__metodsetEarlyTaken'];
    vi.unstubAllGlobals();
  });

  it('the page’s early query and urql’s take the boot script’s request: no second request', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer({ data: { organizations: { nodes: [] } } })).mockImplementation(() => Promise.resolve(answer({ data: { x: 1 } })));
    vi.stubGlobal('fetch', fetch);
    bootSend([['OrganizationList', 'query OrganizationList …', listVariables]]);
    expect(fetch).toHaveBeenCalledTimes(1);
    // Its own early path sends the same (keys in another order): taken, not sent.
    void sendEarly(listDoc, Object.fromEntries(Object.entries(listVariables).reverse()));
    const res = await earlyFetch('/graphql', { method: 'POST', body: urqlBody(listVariables) });
    expect(await res.json()).toEqual({ data: { organizations: { nodes: [] } } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('an answer with errors or no answer is never used: the app asks itself', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(answer({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }))
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue(answer({ data: { me: { id: 'u1' } } }));
    vi.stubGlobal('fetch', fetch);
    bootSend([
      ['OrganizationList', 'q', listVariables],
      ['Me', 'query Me', {}],
    ]);
    void sendEarly(listDoc, listVariables);
    await earlyFetch('/graphql', { method: 'POST', body: urqlBody(listVariables) });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(await plainRequest(MeQuery)).toEqual({ data: { me: { id: 'u1' } }, error: null });
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('the session check is taken once, then asked afresh (after signing in)', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer({ data: { me: null } })).mockResolvedValue(answer({ data: { me: { id: 'u1' } } }));
    vi.stubGlobal('fetch', fetch);
    bootSend([['Me', 'query Me', {}]]);
    expect(await plainRequest(MeQuery)).toEqual({ data: { me: null }, error: null });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await plainRequest(MeQuery)).toEqual({ data: { me: { id: 'u1' } }, error: null });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('index.html’s boot script and the page’s both leave their requests, taken by the app', async () => {
    const fetch = vi.fn().mockImplementation(() => Promise.resolve(answer({ data: { me: null } })));
    vi.stubGlobal('fetch', fetch);
    bootSend([['Me', 'query Me', {}]]);
    bootSend([['OrganizationList', 'q', listVariables]]);
    expect(fetch).toHaveBeenCalledTimes(2);
    await plainRequest(MeQuery);
    void sendEarly(listDoc, listVariables);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a boot script that runs after the app has started sends nothing', async () => {
    const fetch = vi.fn().mockResolvedValue(answer({ data: { me: null } }));
    vi.stubGlobal('fetch', fetch);
    await plainRequest(MeQuery);
    bootSend([['Me', 'query Me', {}]]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('what the first page did not take is dropped when it is left', async () => {
    const fetch = vi.fn().mockResolvedValue(answer({ data: { organizations: { nodes: [] } } }));
    vi.stubGlobal('fetch', fetch);
    bootSend([['OrganizationList', 'q', listVariables]]);
    dropEarly();
    void sendEarly(listDoc, listVariables);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
