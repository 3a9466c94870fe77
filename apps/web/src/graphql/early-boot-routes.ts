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

/** What the build reads of vue-router's matchers (`createRouterMatcher(routes).getRoutes()`, in their rank order). */
export interface RankedMatcher {
  re: RegExp;
  keys: readonly { name: string; optional: boolean; repeatable: boolean }[];
  record: Pick<RouteRecordNormalized, 'name' | 'path' | 'meta'>;
}

/** A path made only of static segments and plain `:name` parameters (no custom expression, no `?`, `*`, `+`). */
const PLAIN_SEGMENT = /^(:[A-Za-z_]\w*|[^:()*?+\\]*)$/;
const segments = (path: string): string[] | null => {
  const parts = path.replace(/^\/|\/$/g, '').split('/');
  return parts.every((p) => PLAIN_SEGMENT.test(p)) ? parts : null;
};

/**
 * Whether some path could match both: for plain paths, the same number of segments and, where both are static, the
 * same text (vue-router matches without case); any other path is taken to overlap.
 */
function mayOverlap(a: string, b: string): boolean {
  const x = segments(a);
  const y = segments(b);
  if (!x || !y) return true;
  if (x.length !== y.length) return false;
  return x.every((s, i) => s.startsWith(':') || y[i]!.startsWith(':') || s.toLowerCase() === y[i]!.toLowerCase());
}

/**
 * The routes with an early query (`meta.early`) whose paths are plain, each with the expressions of the routes vue-router
 * ranks before it that could take some of its paths. vue-router resolves a path to the first matcher in rank order
 * whose expression matches; a path matches a route here exactly when that first matcher is the route's.
 */
export function bootRoutes(ranked: readonly RankedMatcher[]): BootRoute[] {
  const out: BootRoute[] = [];
  ranked.forEach((m, i) => {
    const { name, path, meta } = m.record;
    if (!meta['early'] || typeof name !== 'string' || !segments(path) || m.keys.some((k) => k.optional || k.repeatable)) return;
    const not = ranked.slice(0, i).filter((e) => mayOverlap(e.record.path, path)).map((e) => e.re);
    out.push({ name, re: m.re, not, keys: m.keys.map((k) => k.name) });
  });
  return out;
}
