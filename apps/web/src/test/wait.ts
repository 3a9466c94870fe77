import { vi } from 'vitest';

/**
 * How long a spec waits for the state it expects. Generous on purpose: a spec waits for the state (the first
 * check that passes ends the wait at once), never for a time, so a busy machine (lazy chunks compiled on first
 * import, a load average of 6 on two cores) only makes it slower, never red. vitest's own default is 1 s.
 */
export const WAIT_TIMEOUT_MS = 30_000;
const INTERVAL_MS = 20;

/** Retries `check` until it stops throwing (or its promise resolves); the one way web specs wait. */
export function waitFor<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: WAIT_TIMEOUT_MS, interval: INTERVAL_MS });
}
