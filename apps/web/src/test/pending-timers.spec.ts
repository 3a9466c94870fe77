import { describe, expect, it } from 'vitest';
import { SETTLE_WINDOW_MS, settleTimers, timersDueBy } from './pending-timers';

// setup.ts has already replaced the global timers with the tracking ones.
describe('pending timers', () => {
  it('waits for a short timer to fire before the environment may go', async () => {
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 150);
    expect(timersDueBy(Date.now() + SETTLE_WINDOW_MS)).toBeGreaterThanOrEqual(1);
    await settleTimers();
    expect(fired).toBe(true);
    expect(timersDueBy(Date.now() + SETTLE_WINDOW_MS)).toBe(0);
  });

  it('does not wait for a cleared timer, by handle or by its number', async () => {
    const byHandle = setTimeout(() => undefined, 200);
    const byNumber = setTimeout(() => undefined, 200);
    clearTimeout(byHandle);
    clearTimeout(Number(byNumber));
    expect(timersDueBy(Date.now() + SETTLE_WINDOW_MS)).toBe(0);
    await settleTimers();
  });

  it('does not wait for a timer due after the window, and passes arguments through', async () => {
    const late = setTimeout(() => undefined, 60_000);
    const seen: unknown[] = [];
    setTimeout((a: unknown, b: unknown) => seen.push(a, b), 0, 'a', 2);
    await settleTimers();
    expect(seen).toEqual(['a', 2]);
    expect(timersDueBy(Date.now() + SETTLE_WINDOW_MS)).toBe(0);
    clearTimeout(late);
  });
});
