import type { DocumentNode } from 'graphql';
import { parseQuery, type LocationQuery } from 'vue-router';
import { MeQuery } from '@/modules/auth/auth.graphql';
import { organizationListEarly } from '@/modules/organization/organization.early';
import { routeEarly } from '@/modules/route/route.early';
import type { BootRoute } from './early-boot-routes';

/**
 * The boot script's source (built by build/early-boot.mts into a tiny classic script of index.html, with the
 * shell's preload): the session check and the first page's own queries sent with the document, in parallel with the
 * app's JavaScript, instead of after the entry (the session check) and the page's early module (its rows). The app
 * takes those requests (early-wire.ts `takeBooted`: plain-request.ts, early.ts) under the same rules as its own early
 * ones: same name and variables only, a clean answer only, once, forgotten when the first page is left.
 *
 * Nothing here is written twice: the variables are the pages' own early plans (their modules' code, bundled in), the
 * URL's query is parsed by vue-router's own `parseQuery`, and the path is matched with the regular expressions of
 * vue-router's own matcher, built at build time from the app's routes (early-boot-routes.ts).
 */

/** What a page will ask first for a location (its early module's plan). */
export type EarlyPlan = (to: { query: LocationQuery; params: Record<string, string> }) => [DocumentNode, Record<string, unknown>][];

/** The pages whose first queries the boot script sends, by route name (their routes' `meta.early` sends the same). */
export const BOOT_PLANS: Record<string, EarlyPlan> = {
  organizations: organizationListEarly,
  route: routeEarly,
};

/** A document as it travels: its operation name and its text, as urql sends it (`plain`: as plain-request.ts sends it). */
export type WireText = (document: DocumentNode, plain: boolean) => [name: string, text: string];

/**
 * The queries to send for this location: the session check (every page waits for it before it is drawn: the auth
 * guard), then the page's own when its route is one of `BOOT_PLANS` and its parameters are plain (vue-router decodes
 * them; one with a `%` is left to the app's own early path).
 */
export function bootQueries(location: { pathname: string; search: string }, routes: readonly BootRoute[], wire: WireText): [string, string, unknown][] {
  const queries: [string, string, unknown][] = [[...wire(MeQuery, true), {}]];
  const path = location.pathname;
  for (const route of routes) {
    const match = route.re.exec(path);
    const plan = BOOT_PLANS[route.name];
    if (!match || !plan || route.not.some((re) => re.test(path))) continue;
    const values = match.slice(1);
    if (values.some((v) => v === undefined || v.includes('%'))) break;
    const params = Object.fromEntries(route.keys.map((key, i) => [key, values[i] as string]));
    for (const [document, variables] of plan({ query: parseQuery(location.search.slice(1)), params })) queries.push([...wire(document, false), variables]);
    break;
  }
  return queries;
}
