import { addressKey, delayAfter, SIGN_IN_LIMITS, waitText } from './sign-in-limits';

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

  it('counts IPv4 by the address and IPv6 by its /64 network', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
