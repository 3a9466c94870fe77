import { describe, expect, it } from 'vitest';
import { WAIT_TIMEOUT_MS, waitFor } from './wait';

// Every web spec waits through waitFor (./wait.ts), bounded by WAIT_TIMEOUT_MS: a spec that called vi.waitFor with
// its default 1 s bound failed at a load average of 6 while a lazily loaded chart compiled.
const specs = import.meta.glob('../**/*.spec.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

describe('waiting in web specs', () => {
  it('goes through the shared waitFor, with no bound of its own', () => {
    expect(Object.keys(specs).length).toBeGreaterThan(20);
    const own = Object.entries(specs)
      .filter(([path]) => !path.endsWith('/test/wait.spec.ts'))
      .flatMap(([path, text]) => [
        ...(/\bvi\.waitFor\s*\(/.test(text) ? [`${path}: vi.waitFor`] : []),
        ...(/\b(timeout|interval)\s*:\s*[\d_]+/.test(text) ? [`${path}: a timeout of its own`] : []),
      ]);
    expect(own).toEqual([]);
  });

  it('waits for the state, not for a time: the first passing check ends the wait', async () => {
    let checks = 0;
    const value = await waitFor(() => {
      checks++;
      if (checks < 3) throw new Error('not yet');
      return 'ready';
    });
    expect(value).toBe('ready');
    expect(checks).toBe(3);
    expect(WAIT_TIMEOUT_MS).toBeGreaterThanOrEqual(30_000);
  });
});
