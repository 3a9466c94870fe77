import { delayAfter, SIGN_IN_LIMITS, waitText } from './sign-in-limits';

describe('sign-in limits', () => {
  it('lets the first failures go, then waits 1, 2, 4 … minutes, at most an hour', () => {
    const n = SIGN_IN_LIMITS.freeFailures;
    expect(delayAfter(n - 1)).toBe(0);
    expect([n, n + 1, n + 2, n + 3].map((f) => delayAfter(f))).toEqual([60, 120, 240, 480]);
    expect(delayAfter(n + 10)).toBe(3600);
    expect(delayAfter(n + 10_000)).toBe(3600);
  });

  it('says the wait in Russian', () => {
    expect(waitText(45)).toBe('45 с');
    expect(waitText(60)).toBe('1 мин');
    expect(waitText(90)).toBe('1 мин 30 с');
  });
});
