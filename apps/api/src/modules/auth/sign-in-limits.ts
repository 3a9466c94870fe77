/**
 * How sign-in attempts are limited (README: «Вход: ограничения попыток»). The counters live in PostgreSQL
 * (`login_throttle`), so every API instance and every restart sees the same ones.
 *
 * Per account: the first `freeFailures` failed attempts in a row are free; the one that reaches the number, and each
 * one after it, starts a wait of `firstDelaySeconds`, doubled per further failure, at most `maxDelaySeconds`. During
 * the wait every attempt is refused (the right password too) with the seconds left; once it has passed, the next
 * attempt is checked again, so someone else's failures never lock an account for good. A success starts afresh;
 * failures are forgotten after `forgetAfterSeconds` without an attempt.
 *
 * Per client address: at most `addressFailures` failed attempts per `addressWindowSeconds`, whichever accounts they
 * name (successes do not count).
 */
export const SIGN_IN_LIMITS = {
  freeFailures: 5,
  firstDelaySeconds: 60,
  maxDelaySeconds: 3600,
  forgetAfterSeconds: 24 * 3600,
  addressFailures: 20,
  addressWindowSeconds: 15 * 60,
} as const;

export type SignInLimits = typeof SIGN_IN_LIMITS;

/** The wait (seconds) an account gets when its `failures`-th failure in a row is reserved; 0 below the limit. */
export function delayAfter(failures: number, limits: SignInLimits = SIGN_IN_LIMITS): number {
  if (failures < limits.freeFailures) return 0;
  const doublings = Math.min(failures - limits.freeFailures, 30);
  return Math.min(limits.firstDelaySeconds * 2 ** doublings, limits.maxDelaySeconds);
}

/** The same rule as SQL over the failure count `f` (an integer expression), in seconds. */
export function delaySql(f: string, limits: SignInLimits = SIGN_IN_LIMITS): string {
  return `CASE WHEN (${f}) < ${limits.freeFailures} THEN 0
    ELSE LEAST(${limits.firstDelaySeconds} * power(2, LEAST((${f}) - ${limits.freeFailures}, 30)), ${limits.maxDelaySeconds}) END`;
}

/** «1 мин 30 с», «45 с», «2 мин». */
export function waitText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return [m ? `${m} мин` : '', s || !m ? `${s} с` : ''].filter(Boolean).join(' ');
}

/**
 * The key an address is counted under: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64 network — one
 * subscriber gets a whole /64, so counting single IPv6 addresses would let a rotating client pass the limit.
 */
export function addressKey(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (v4) return v4[1];
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.split('%')[0].toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
