/**
 * Counts failed sign-ins per account and per address in a sliding window. In-memory: the API
 * runs as one process; a cluster would move this to Postgres or Redis.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly windowMs = 15 * 60_000,
    private readonly maxPerAccount = 5,
    private readonly maxPerAddress = 20,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Minutes to wait, or 0 when a new attempt may go ahead. */
  blockedFor(login: string, address: string): number {
    const acc = this.recent(`a:${login}`);
    const ip = this.recent(`i:${address}`);
    const blocked = [acc.length >= this.maxPerAccount ? acc : null, ip.length >= this.maxPerAddress ? ip : null]
      .filter((x): x is number[] => !!x)
      .map((list) => list[0] + this.windowMs - this.now());
    return blocked.length ? Math.max(1, Math.ceil(Math.max(...blocked) / 60_000)) : 0;
  }

  fail(login: string, address: string): void {
    for (const key of [`a:${login}`, `i:${address}`]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(login: string): void {
    this.failures.delete(`a:${login}`);
  }
}
