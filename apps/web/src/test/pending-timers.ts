/**
 * Keeps a spec file's short timers from outliving its jsdom environment.
 *
 * Components start timers that touch the DOM a moment after they mount (PrimeVue's TabList measures its ink bar
 * 150 ms after mounting). When a spec file ends sooner than that, vitest tears jsdom down and the timer then throws
 * `HTMLElement is not defined` as an unhandled error, which fails the whole run on a fast machine and passes on a
 * slow one. So every timer is tracked, and before the environment goes the file waits until each timer that was
 * due within a second has fired or been cleared: a wait for a state, bounded by the timers' own due times.
 */
type Handle = ReturnType<typeof setTimeout>;

const realSetTimeout = globalThis.setTimeout as unknown as (handler: unknown, delay?: number, ...args: unknown[]) => Handle;
const realClearTimeout = globalThis.clearTimeout;
const pending = new Map<Handle, number>();

export const SETTLE_WINDOW_MS = 1_000;
const POLL_MS = 10;

function trackedSetTimeout(handler: TimerHandler, delay?: number, ...args: unknown[]): Handle {
  if (typeof handler !== 'function') return realSetTimeout(handler, delay, ...args);
  const handle: Handle = realSetTimeout(
    (...callArgs: unknown[]) => {
      pending.delete(handle);
      (handler as (...a: unknown[]) => void)(...callArgs);
    },
    delay,
    ...args,
  );
  pending.set(handle, Date.now() + (Number(delay) || 0));
  return handle;
}

function trackedClearTimeout(handle: Handle | number | string | undefined): void {
  if (handle === undefined) return;
  if (typeof handle === 'object') pending.delete(handle);
  else for (const key of pending.keys()) if (Number(key) === Number(handle)) pending.delete(key);
  realClearTimeout(handle as Handle);
}

/** Replaces the global timer functions with tracking ones (the real ones keep doing the work). */
export function trackTimers(): void {
  globalThis.setTimeout = Object.assign(trackedSetTimeout, realSetTimeout) as unknown as typeof setTimeout;
  globalThis.clearTimeout = trackedClearTimeout as typeof clearTimeout;
}

/** How many tracked timers are due by `deadline` (ms since the epoch) and have not fired or been cleared. */
export function timersDueBy(deadline: number): number {
  let count = 0;
  for (const due of pending.values()) if (due <= deadline) count++;
  return count;
}

/** Resolves once every timer due within SETTLE_WINDOW_MS of now has fired or been cleared. */
export async function settleTimers(): Promise<void> {
  const deadline = Date.now() + SETTLE_WINDOW_MS;
  while (timersDueBy(deadline) > 0) await new Promise<void>((resolve) => realSetTimeout(resolve, POLL_MS));
}
