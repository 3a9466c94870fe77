import { routeEarly } from '@/modules/route/route.early';
import { pageQueries, sessionQuery, type EarlyPlan, type WireText } from './early-boot-main';
import type { BootPage, BootRoute } from './early-boot-routes';

/**
 * The boot scripts' source (built by build/early-boot.mts): index.html's tiny classic script, with the shell's
 * preload, sends the session check and loads the first page's own boot script when its route is one of `BOOT_PLANS`
 * (so that the sign-in page carries no other page's documents); that one sends the page's queries — with the document,
 * in parallel with the app's JavaScript, instead of after the entry (the session check) and the page's early module. The app
 * takes those requests (early-wire.ts `takeBooted`: plain-request.ts, early.ts) under the same rules as its own early
 * ones: same name and variables only, a clean answer only, once, forgotten when the first page is left.
 *
 * Nothing here is written twice: the variables are the pages' own early plans (their modules' code, bundled in), the
 * URL's query is parsed by vue-router's own `parseQuery`, and the path is matched with the regular expressions of
 * vue-router's own matcher, built at build time from the app's routes (early-boot-routes.ts).
 */

/**
 * The pages whose first queries the boot scripts send, by route name (their routes' `meta.early` sends the same): each
 * the plan `BOOT_PAGES` names, which a page's boot script imports alone.
 */
export const BOOT_PLANS: Record<BootPage, EarlyPlan> = {
  route: routeEarly,
};

/** Everything sent for this location: the session check, then the page's own queries. */
export function bootQueries(location: { pathname: string; search: string }, routes: readonly BootRoute[], wire: WireText): [string, string, unknown][] {
  return [sessionQuery(wire), ...pageQueries(location, routes, wire, BOOT_PLANS)];
}
