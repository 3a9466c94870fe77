import { ref } from 'vue';
import type { Router } from 'vue-router';

/**
 * Messages browsers give when a lazily loaded page's code cannot be fetched: offline, or the file is gone after a
 * redeploy (its hashed name changed). Chromium, Firefox, Safari; Vite's preload helper says «Unable to preload CSS».
 */
const CHUNK_FAILURE = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
  /Unable to preload CSS/i,
  /Loading (CSS )?chunk [\w-]+ failed/i,
];

/** Whether a navigation failed because the page's code could not be loaded (as opposed to a bug in the page). */
export function isPageLoadError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return err.name === 'ChunkLoadError' || CHUNK_FAILURE.some((re) => re.test(err.message));
}

/** The page that could not be loaded (its URL), shown by `PageLoadError.vue` until a navigation succeeds. */
export const failedPage = ref<string | null>(null);

/**
 * A menu click whose page cannot be loaded would otherwise do nothing at all: remember the page the user asked for,
 * so the app can say so and offer a reload of exactly that page (a reload also fetches the new build's files).
 */
export function installPageLoadErrorHandler(router: Router): void {
  router.onError((err, to) => {
    if (!isPageLoadError(err)) return;
    failedPage.value = router.resolve(to).href;
  });
  router.afterEach((_to, _from, failure) => {
    if (!failure) failedPage.value = null;
  });
}

/** How the page is loaded afresh (replaced in specs: jsdom cannot navigate). */
export const browserNavigation = { assign: (url: string) => window.location.assign(url) };

/** Loads the failed page afresh from the server (the page the user was on when even the first page failed). */
export function reloadFailedPage(target: string | null = failedPage.value): void {
  browserNavigation.assign(target ?? window.location.href);
}
