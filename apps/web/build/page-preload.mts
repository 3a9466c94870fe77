import { LAZY, rankedRoutes, type Dirs, type RouteRecordMatcher } from './early-boot.mts';

/** A route as vue-router ranks it, with the modules its first visit loads lazily. */
export interface LazyRoute {
  name: string | undefined;
  /** vue-router's own expression: the first route in rank order whose expression matches a path is its route. */
  re: RegExp;
  /** The modules loaded lazily when the app is opened on it (main.ts): its early module, its and its parents' components. */
  modules: string[];
}

/**
 * The app's routes in vue-router's rank order (src/router.ts bundled for Node and given to vue-router's own matcher,
 * as for the boot scripts), each with the modules it loads lazily — what main.ts starts at once for the first page:
 * the early module of its `meta.early` and every lazy component of the records it matches (the layout, the page).
 * Each lazy import was replaced by a call naming its module (early-boot.mts `LAZY`); calling the route's functions
 * collects them (an early module is never loaded: its promise never settles).
 */
export async function lazyRoutes(dirs: Dirs): Promise<LazyRoute[]> {
  const slot = globalThis as unknown as Record<string, unknown>;
  let seen: string[] = [];
  slot[LAZY] = (id: string) => {
    seen.push(id);
    return new Promise(() => undefined);
  };
  try {
    const matchers = await rankedRoutes(dirs);
    return matchers.map((m) => {
      seen = [];
      const chain: RouteRecordMatcher[] = [];
      for (let p: RouteRecordMatcher | undefined = m; p; p = p.parent) chain.unshift(p);
      // The merged meta of the records (vue-router's `mergeMetaFields`): the deepest one's `early` wins.
      const early = chain.reduce<unknown>((found, p) => p.record.meta['early'] ?? found, undefined);
      if (typeof early === 'function') void (early as (to: unknown) => unknown)({ query: {}, params: {}, path: '/', name: m.record.name, matched: [] });
      for (const p of chain) {
        for (const component of Object.values(p.record.components ?? {})) {
          if (typeof component === 'function' && !('displayName' in component) && !('props' in component) && !('__vccOpts' in component)) {
            void (component as () => unknown)();
          }
        }
      }
      return { name: typeof m.record.name === 'string' ? m.record.name : undefined, re: m.re, modules: [...new Set(seen)] };
    });
  } finally {
    delete slot[LAZY];
  }
}

/** What the table is built from: a chunk of the bundle. */
export interface ChunkInfo {
  fileName: string;
  moduleIds: readonly string[];
  /** The chunks it imports statically. */
  imports: readonly string[];
  /** Its stylesheets. */
  css: readonly string[];
  isEntry: boolean;
  /** Its code's length (bytes of JavaScript), when known. */
  size?: number;
}

/**
 * A list of files to ask for with its scripts largest first (stylesheets stay after them): on a slow network with a
 * few connections the page can run once its last file is in, and starting the longest transfers first ends sooner.
 * A large shared chunk (the controls) found last in the order of the imports was the last to arrive.
 */
function largestFirst(files: readonly string[], chunks: ReadonlyMap<string, ChunkInfo>): string[] {
  const size = (f: string) => chunks.get(f)?.size ?? 0;
  const js = files.filter((f) => chunks.has(f));
  const rest = files.filter((f) => !chunks.has(f));
  return [...[...js].sort((a, b) => size(b) - size(a)), ...rest];
}

/** Files of the first page, in the order they are asked for: scripts (the order of their imports), then stylesheets. */
function closure(roots: readonly ChunkInfo[], chunks: ReadonlyMap<string, ChunkInfo>): string[] {
  const js: string[] = [];
  const css: string[] = [];
  const seen = new Set<string>();
  const visit = (chunk: ChunkInfo) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    js.push(chunk.fileName);
    for (const f of chunk.css) if (!css.includes(f)) css.push(f);
    for (const f of chunk.imports) {
      const next = chunks.get(f);
      if (next) visit(next);
    }
  };
  roots.forEach(visit);
  return [...js, ...css];
}

/**
 * The boot scripts' table (src/graphql/early-boot-preload.ts), for every route in rank order: the files its first visit
 * loads beyond the entry's (the entry with its static imports and stylesheets, named by index.html). `shell`: those of
 * the app's shell (the modules main.ts and the layout load first on every page but the sign-in page), asked for by
 * index.html's boot script itself; `pages`: each route's own files — the chunks of its lazily loaded modules (its
 * early module, its and its parents' components) with their static imports and stylesheets, but the shell's — one list
 * per distinct set, asked for by a tiny script of its own (the route's number in `routes`, from 1; 0: the shell alone).
 * The sign-in page (`signIn`, the route main.ts loads nothing else for) gets -1: it fetches nothing more than its own
 * code. `entry`: the entry's own files (named by index.html).
 */
export function preloadTable(
  routes: readonly LazyRoute[],
  bundle: readonly ChunkInfo[],
  shell: readonly string[],
  signIn = 'login',
): { entry: string[]; shell: string[]; pages: string[][]; routes: [RegExp, number][] } {
  const chunks = new Map(bundle.map((c) => [c.fileName, c]));
  const byModule = new Map<string, ChunkInfo>();
  for (const c of bundle) for (const id of c.moduleIds) byModule.set(id, c);
  const chunkOf = (id: string): ChunkInfo => {
    const c = byModule.get(id);
    if (!c) throw new Error(`metodset:page-preload: ${id} is in no chunk`);
    return c;
  };
  const entries = bundle.filter((c) => c.isEntry);
  if (entries.length !== 1) throw new Error('metodset:page-preload: one entry chunk was expected');
  const loaded = new Set(closure(entries, chunks));
  const shellFiles = largestFirst(
    closure(shell.map(chunkOf), chunks).filter((f) => !loaded.has(f)),
    chunks,
  );
  const shellSet = new Set(shellFiles);
  const pages: string[][] = [];
  const pageOf = new Map<string, number>();
  const table: [RegExp, number][] = [];
  let last = 0;
  for (const route of routes) {
    let n = -1;
    if (route.name !== signIn) {
      const own = largestFirst(
        closure(route.modules.map(chunkOf), chunks).filter((f) => !loaded.has(f) && !shellSet.has(f)),
        chunks,
      );
      const key = own.join(' ');
      n = own.length ? (pageOf.get(key) ?? pages.push(own)) : 0;
      pageOf.set(key, n);
    }
    table.push([route.re, n]);
    if (n) last = table.length;
  }
  // The routes after the last one with files of its own get the shell alone, as a path matched by none does.
  table.length = last;
  return { entry: [...loaded], shell: shellFiles, pages, routes: table };
}
