import type { DocumentNode } from 'graphql';
import { parseQuery, type LocationQuery } from 'vue-router';
import { MeQuery } from '@/modules/auth/auth.graphql';
import type { BootRoute } from './early-boot-routes';

/**
 * What the boot scripts run (build/early-boot.mts), apart from the pages' plans (early-boot.ts): index.html's carries
 * none of their code or documents (the sign-in page loads it), a page's carries its own plan alone.
 */

/** What a page will ask first for a location (its early module's plan). */
export type EarlyPlan = (to: { query: LocationQuery; params: Record<string, string> }) => [DocumentNode, Record<string, unknown>][];

/** A document as it travels: its operation name and its text, as urql sends it (`plain`: as plain-request.ts sends it). */
export type WireText = (document: DocumentNode, plain: boolean) => [name: string, text: string];

/** The session check (every page waits for it before it is drawn: the auth guard), as plain-request.ts sends it. */
export function sessionQuery(wire: WireText): [string, string, unknown] {
  return [...wire(MeQuery, true), {}];
}

/**
 * The route of the path among these (vue-router's own expressions, each with those of the routes ranked before it that
 * could take its paths), with its parameters; null when none, or when a parameter holds a `%` (vue-router decodes
 * them: such a path is left to the app's own early path).
 */
export function matchBootRoute<R extends Pick<BootRoute, 're' | 'not' | 'keys'>>(path: string, routes: readonly R[]): { route: R; params: Record<string, string> } | null {
  for (const route of routes) {
    const match = route.re.exec(path);
    if (!match || route.not.some((re) => re.test(path))) continue;
    const values = match.slice(1);
    if (values.some((v) => v === undefined || v.includes('%'))) return null;
    return { route, params: Object.fromEntries(route.keys.map((key, i) => [key, values[i] as string])) };
  }
  return null;
}


/**
 * The first page's own queries for this location, when its route is one of `plans` (`BOOT_PLANS`; a page's boot
 * script is given its own alone), vue-router's `parseQuery` reading the query.
 */
export function pageQueries(
  location: { pathname: string; search: string },
  routes: readonly BootRoute[],
  wire: WireText,
  plans: Partial<Record<string, EarlyPlan>>,
): [string, string, unknown][] {
  const found = matchBootRoute(location.pathname, routes);
  const plan = found && plans[found.route.name];
  if (!found || !plan) return [];
  return plan({ query: parseQuery(location.search.slice(1)), params: found.params }).map(([document, variables]) => [...wire(document, false), variables]);
}

