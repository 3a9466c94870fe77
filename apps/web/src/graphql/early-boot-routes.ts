import type { RouteRecordNormalized } from 'vue-router';

/** A page the boot script knows (early-boot.ts), as the build found it in the app's routes (vue-router's matcher). */
export interface BootRoute {
  /** The route's name. */
  name: string;
  /** Its matcher's expression (vue-router's own: case and trailing slash as it matches). */
  re: RegExp;
  /** The expressions of the routes ranked before it that could take some of its paths: such a path is not its. */
  not: RegExp[];
  /** The names of its parameters, in the order of the expression's groups. */
  keys: string[];
}

/**
 * The routes whose first queries the boot scripts send, each with its plan's module (under src/) and export
 * (early-boot.ts `BOOT_PLANS` holds the same functions; a page's boot script imports its own alone).
 */
// Not the organisation list (round 22): its rows then came before its mount and were drawn in the mount's task, which
// Lighthouse's simulation counted as longer blocking time than it saved; it keeps its own early path (main.ts).
export const BOOT_PAGES = {
  route: ['modules/route/route.early.ts', 'routeEarly'],
} as const;
export type BootPage = keyof typeof BOOT_PAGES;

/** What the build reads of vue-router's matchers (`createRouterMatcher(routes).getRoutes()`, in their rank order). */
export interface RankedMatcher {
  re: RegExp;
  keys: readonly { name: string; optional: boolean; repeatable: boolean }[];
  record: Pick<RouteRecordNormalized, 'name' | 'path' | 'meta'>;
}

/** A segment that is static text or a plain `:name` parameter (no custom expression, no `?`, `*`, `+`). */
const PLAIN_SEGMENT = /^(:[A-Za-z_]\w*|[^:()*?+\\]*)$/;
const segmentsOf = (path: string): string[] => path.replace(/^\/|\/$/g, '').split('/');
const isPlain = (path: string): boolean => segmentsOf(path).every((s) => PLAIN_SEGMENT.test(s));

/**
 * Whether some path could match both: not when, up to the first segment that is not plain in either, both have static
 * text that differs (vue-router matches without case) at the same place, or when both are plain paths of different
 * lengths; any other pair is taken to overlap.
 */
function mayOverlap(a: string, b: string): boolean {
  const x = segmentsOf(a);
  const y = segmentsOf(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [s, t] = [x[i]!, y[i]!];
    if (!PLAIN_SEGMENT.test(s) || !PLAIN_SEGMENT.test(t)) return true;
    if (!s.startsWith(':') && !t.startsWith(':') && s.toLowerCase() !== t.toLowerCase()) return false;
  }
  return x.length === y.length || !isPlain(a) || !isPlain(b);
}

/**
 * The routes of `BOOT_PAGES` (with an early query, `meta.early`) whose paths are plain, each with the expressions of the routes vue-router
 * ranks before it that could take some of its paths. vue-router resolves a path to the first matcher in rank order
 * whose expression matches; a path matches a route here exactly when that first matcher is the route's.
 */
export function bootRoutes(ranked: readonly RankedMatcher[]): BootRoute[] {
  const out: BootRoute[] = [];
  ranked.forEach((m, i) => {
    const { name, path, meta } = m.record;
    if (!meta['early'] || typeof name !== 'string' || !Object.hasOwn(BOOT_PAGES, name) || !isPlain(path) || m.keys.some((k) => k.optional || k.repeatable)) return;
    const not = ranked.slice(0, i).filter((e) => mayOverlap(e.record.path, path)).map((e) => e.re);
    out.push({ name, re: m.re, not, keys: m.keys.map((k) => k.name) });
  });
  return out;
}

/**
 * A document's text as plain-request.ts sends it, from the text urql sends (early.ts `withTypename` adds `__typename`
 * last in every selection set but the operation's). The build checks it gives the plain text, else ships that too.
 */
export const plainText = (typed: string): string => typed.replace(/ __typename(?= \})/g, '');
