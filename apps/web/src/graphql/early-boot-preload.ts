/**
 * The first page's code asked for by the boot scripts (build/shell-preload.mts, build/page-preload.mts) at once,
 * instead of after the entry has arrived and run and the router has resolved the page's lazy component (and Vite's
 * preload of its imports): index.html's asks for the app's shell and loads the route's own tiny script, which asks
 * for the chunks the page loads (its component and its parents', its early module, their static imports and
 * stylesheets). The table of index.html's script holds vue-router's expressions and a number per route: the sign-in
 * page loads no more than today, and the files' names are in the routes' scripts.
 */
export interface PreloadTable {
  /** The app's shell (under the site's root): every page but the sign-in page loads it first (main.ts). */
  shell: string[];
  /**
   * vue-router's routes in its rank order, each with its number: -1 the sign-in page (nothing more than its own
   * code), 0 the shell alone, n > 0 the shell and the route's own script (`page` with `#` replaced by n). A path's route
   * is the first whose expression matches (vue-router's `resolve`); a path matched by none of them (those after the
   * last one listed have no files of their own) gets the shell alone.
   */
  routes: [re: RegExp, n: number][];
  page: string;
}

/** What the boot script asks for at this path: the shell's files and the route's own script. */
export function pagePreload(path: string, table: PreloadTable): { files: string[]; script: string | null } {
  const n = table.routes.find(([re]) => re.test(path))?.[1] ?? 0;
  if (n < 0) return { files: [], script: null };
  return { files: table.shell, script: n > 0 ? table.page.replace('#', String(n)) : null };
}

/**
 * Asks for the files as Vite's own preload does (`modulepreload` for a script, `crossorigin`, the same `href`: its
 * check of the page's links finds them and asks no second time), a stylesheet as `preload` (Vite's `stylesheet` link,
 * added when the chunk that needs it is imported, takes the preloaded response).
 */
export function preloadFiles(files: readonly string[], doc: Document = document): void {
  for (const file of files) {
    const link = doc.createElement('link');
    const css = file.endsWith('.css');
    link.rel = css ? 'preload' : 'modulepreload';
    link.as = css ? 'style' : 'script';
    link.crossOrigin = '';
    link.href = `/${file}`;
    doc.head.appendChild(link);
  }
}

/** Loads a classic script (a route's own boot script). */
export function loadScript(src: string, doc: Document = document): void {
  const script = doc.createElement('script');
  script.src = src;
  doc.head.appendChild(script);
}
