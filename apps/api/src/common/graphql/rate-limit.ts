import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { GateRequest, SessionUser } from '../auth/actor';
import { API_CLIENT_SECRET_PREFIX, CLIENT_RESOLVER, SESSION_RESOLVER, SessionResolver, tokenOf } from '../auth/gate.guard';
import { ErrorCode } from '../errors/errors';
import { AppConfig } from '../../config/config';
import { BOOKKEEPING_SQL } from '../../database/query-counter';
import { MAX_COST, MAX_DEPTH, measuredOf, operationCost, queryDepth } from './limits.plugin';

/** What a request spent and what is left: `extensions.rateLimit` of every answer to a signed-in caller or a client. */
export interface RateLimitState {
  /** Points this request cost (refused: what it would have cost). */
  cost: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

export const RATE_WINDOW_SECONDS = 3_600;

/** Points of a request: its cost (limits.plugin's `operationCost`) per 100, at least 1 — as GitHub counts. */
export const pointsOf = (cost: number): number => Math.max(1, Math.ceil(cost / 100));

interface Spending {
  points: number;
  limit: number;
  windowSeconds: number;
  resolve: (r: { ok: boolean; spent: number; resetAt: Date }) => void;
  reject: (err: unknown) => void;
}

/** Points this instance has reserved in a caller's row and not yet spent (its lease), and what it last saw there. */
interface Lease {
  limit: number;
  windowSeconds: number;
  /** The row's window as the database returned it. */
  windowStartedAt: Date;
  /** The row's `spent` (spent + reserved) after this instance's last statement. */
  reserved: number;
  /** Reserved by this instance, not yet spent by a request. */
  unused: number;
}

/** A lease is taken at most this share of the hourly limit beyond what the waiting requests need. */
export const LEASE_SHARE = 0.01;
/** A lease is not used this close to the end of its window (the database's clock may be ahead of ours). */
const LEASE_MARGIN_MS = 2_000;
const MAX_LEASES = 10_000;

/**
 * The hourly budgets of API clients (per client) and sessions (per session), kept in PostgreSQL (`api_rate_budget`).
 * One atomic statement reserves points: it inserts the caller's row or, under the row lock of ON CONFLICT, starts a
 * new window or adds the points only while they fit, so parallel requests, of this instance or of several, never
 * overspend. A refusal reads the row once more for Retry-After. Both statements are bookkeeping beside the request
 * (not counted as its SQL).
 *
 * The row counts points spent AND points this instance reserved ahead (its lease): a statement that has to run
 * reserves what the waiting requests need plus up to 1 % of the limit (LEASE_SHARE), as much of it as still fits, and the
 * next requests of the caller are spent from the lease in memory, one after another in arrival order, without a
 * statement (a session's `{ __typename }` every 500 requests instead of every few). A request whose points the lease
 * does not hold spends what is left of it and reserves the rest in the database, so within one instance a request is
 * refused exactly when the points spent before it plus its own exceed the limit, as before; nothing is ever spent that
 * was not reserved, so no instance overspends. Across instances a lease held by one counts as spent for the others
 * (at most 1 % of the limit per instance); a lease an instance does not use by the end of the window, or loses when it
 * stops, is never spent (a caller gets fewer points, never more). Requests of one caller go through one queue: while a
 * statement for the caller runs, the ones arriving meanwhile wait and are reserved together by the next (group commit).
 */
@Injectable()
export class RateBudget {
  /** Per key: the spendings waiting while a statement for the key runs (an entry exists while one is). */
  private readonly waiting = new Map<string, Spending[]>();
  private readonly leases = new Map<string, Lease>();

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  spend(key: string, points: number, limit: number, windowSeconds = RATE_WINDOW_SECONDS): Promise<{ ok: boolean; spent: number; resetAt: Date }> {
    const queue = this.waiting.get(key);
    // Nothing waits for this key and its lease holds the points: spent here, in order, without a statement.
    if (!queue) {
      const spent = this.fromLease(key, points, limit, windowSeconds);
      if (spent) return Promise.resolve(spent);
    }
    return new Promise((resolve, reject) => {
      const s: Spending = { points, limit, windowSeconds, resolve, reject };
      if (queue) {
        queue.push(s);
        return;
      }
      this.waiting.set(key, []);
      void this.drain(key, [s]);
    });
  }

  /** The caller's lease if it is for this limit and its window has not (nearly) ended. */
  private leaseOf(key: string, limit: number, windowSeconds: number): Lease | null {
    const l = this.leases.get(key);
    if (!l) return null;
    if (l.limit !== limit || l.windowSeconds !== windowSeconds || l.windowStartedAt.getTime() + windowSeconds * 1000 - LEASE_MARGIN_MS <= Date.now()) {
      this.leases.delete(key);
      return null;
    }
    return l;
  }

  private fromLease(key: string, points: number, limit: number, windowSeconds: number): { ok: true; spent: number; resetAt: Date } | null {
    const l = this.leaseOf(key, limit, windowSeconds);
    if (!l || l.unused < points) return null;
    l.unused -= points;
    return { ok: true, spent: l.reserved - l.unused, resetAt: new Date(l.windowStartedAt.getTime() + windowSeconds * 1000) };
  }

  /** Spends `batch`, then whatever arrived meanwhile, until nothing waits for this key. */
  private async drain(key: string, batch: Spending[]): Promise<void> {
    for (;;) {
      try {
        await this.spendBatch(key, batch);
      } catch (err) {
        for (const s of batch) s.reject(err);
      }
      const next = this.waiting.get(key) ?? [];
      if (!next.length) {
        this.waiting.delete(key);
        return;
      }
      this.waiting.set(key, []);
      batch = next;
    }
  }

  /**
   * In arrival order: each request is spent from the lease while it holds its points; the first that it does not hold
   * reserves, in one statement, what it and the rest of the batch need beyond the lease (plus a new lease when that
   * fits); when even its own points do not fit it is refused (nothing spent) and the next one tries again.
   */
  private async spendBatch(key: string, batch: Spending[]): Promise<void> {
    let i = 0;
    let attempts = 0;
    while (i < batch.length) {
      const s = batch[i]!;
      const spent = this.fromLease(key, s.points, s.limit, s.windowSeconds);
      if (spent) {
        s.resolve(spent);
        i++;
        attempts = 0;
        continue;
      }
      const lease = this.leaseOf(key, s.limit, s.windowSeconds);
      const unused = lease?.unused ?? 0;
      const need = s.points - unused;
      // What the rest of the batch (same limit) needs beyond this request, reserved with it as far as it fits.
      const rest = batch.slice(i + 1).reduce((a, x) => a + (x.limit === s.limit && x.windowSeconds === s.windowSeconds ? x.points : 0), 0);
      const extra = rest + Math.ceil(s.limit * LEASE_SHARE);
      const r = s.points <= s.limit && attempts < 3 ? await this.reserve(key, need, extra, s.limit, s.windowSeconds) : null;
      if (r) {
        // A new window voids what was left of the old one's lease.
        const keep = lease && lease.windowStartedAt.getTime() === r.windowStartedAt.getTime() ? unused : 0;
        this.setLease(key, { limit: s.limit, windowSeconds: s.windowSeconds, windowStartedAt: r.windowStartedAt, reserved: r.spent, unused: keep + r.granted });
        attempts++; // the loop spends it from the lease (again, twice more at most, after a window changed under it)
        continue;
      }
      s.resolve(await this.refusal(key, s.windowSeconds));
      i++;
      attempts = 0;
    }
  }

  private setLease(key: string, lease: Lease): void {
    if (this.leases.size >= MAX_LEASES && !this.leases.has(key)) this.leases.clear(); // unspent leases are only lost
    this.leases.set(key, lease);
  }

  /**
   * Reserves `need` points and as many of `extra` as still fit, if `need` fits (or a new window starts); null when
   * refused. `granted` is what this statement added (the row's `spent` before it comes back as `old`). The statement's
   * own transaction commits without waiting for its WAL to reach the disk (`synchronous_commit` off for it alone, set
   * inside the statement): the row lock and the check still make reserving atomic, and a crash of the database could
   * at worst forget the last fraction of a second of spending (a caller gets those points back), never let one
   * request overspend.
   */
  private async reserve(key: string, need: number, extra: number, limit: number, windowSeconds: number): Promise<{ spent: number; granted: number; windowStartedAt: Date } | null> {
    const rows = (await this.ds.query(
      `${BOOKKEEPING_SQL} INSERT INTO api_rate_budget AS b (key, window_started_at, spent)
       SELECT CAST($1 AS varchar), now(), $2::int + LEAST($3::int, $4::int - $2::int)
         FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit
       ON CONFLICT (key) DO UPDATE
         SET window_started_at = CASE WHEN b.window_started_at <= now() - make_interval(secs => $5) THEN now() ELSE b.window_started_at END,
             spent = CASE WHEN b.window_started_at <= now() - make_interval(secs => $5) THEN EXCLUDED.spent
                          ELSE b.spent + $2::int + LEAST($3::int, $4::int - b.spent - $2::int) END
         WHERE b.window_started_at <= now() - make_interval(secs => $5) OR b.spent + $2::int <= $4::int
       RETURNING new.spent, new.window_started_at,
                 CASE WHEN old.spent IS NULL OR old.window_started_at <> new.window_started_at THEN new.spent ELSE new.spent - old.spent END AS granted`,
      [key, Math.max(0, need), extra, limit, windowSeconds],
    )) as { spent: number; window_started_at: Date; granted: number }[];
    const r = rows[0];
    return r ? { spent: r.spent, granted: r.granted, windowStartedAt: new Date(r.window_started_at) } : null;
  }

  private async refusal(key: string, windowSeconds: number): Promise<{ ok: boolean; spent: number; resetAt: Date }> {
    const rows = (await this.ds.query(`${BOOKKEEPING_SQL} SELECT spent, window_started_at FROM api_rate_budget WHERE key = $1`, [key])) as { spent: number; window_started_at: Date }[];
    const r = rows[0];
    const lease = this.leases.get(key);
    const unused = lease && r && lease.windowStartedAt.getTime() === new Date(r.window_started_at).getTime() ? lease.unused : 0;
    return { ok: false, spent: (r?.spent ?? 0) - unused, resetAt: new Date((r ? new Date(r.window_started_at).getTime() : Date.now()) + windowSeconds * 1000) };
  }
}

/**
 * Finds the caller of a request once, before the operation runs (the gate then uses `req.user` as found here): an API
 * client by its secret, a person by the session. Resolvers come from the module graph lazily (the auth module owns them).
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly budget: RateBudget,
    private readonly refs: ModuleRef,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The session's and the API client's resolvers, looked up once (singletons; a module lookup per request cost ~1 %). */
  private readonly resolvers = new Map<symbol, SessionResolver | null>();

  private resolver(token: symbol): SessionResolver | null {
    let found = this.resolvers.get(token);
    if (found === undefined) {
      try {
        found = this.refs.get<SessionResolver>(token, { strict: false });
      } catch {
        found = null;
      }
      this.resolvers.set(token, found);
    }
    return found;
  }

  async callerOf(req: GateRequest): Promise<SessionUser | null> {
    if (req.user !== undefined) return req.user;
    const token = tokenOf(req);
    const resolver = !token ? null : this.resolver(token.startsWith(API_CLIENT_SECRET_PREFIX) ? CLIENT_RESOLVER : SESSION_RESOLVER);
    req.user = token && resolver ? await resolver.resolve(token) : null;
    return req.user;
  }

  async charge(user: SessionUser, cost: number): Promise<{ ok: boolean; state: RateLimitState; retryAfter: number }> {
    const limit = user.client ? this.config.API_CLIENT_POINTS_PER_HOUR : this.config.SESSION_POINTS_PER_HOUR;
    const key = user.client ? `client:${user.client.id}` : `session:${user.sessionId}`;
    const points = pointsOf(cost);
    const r = await this.budget.spend(key, points, limit);
    return {
      ok: r.ok,
      state: { cost: points, limit, remaining: Math.max(0, limit - r.spent), resetAt: r.resetAt.toISOString() },
      retryAfter: Math.max(1, Math.ceil((r.resetAt.getTime() - Date.now()) / 1000)),
    };
  }
}

/**
 * Published limits per caller: every operation of a signed-in session or an API client costs points (after depth and
 * cost were checked); over the hourly budget it is refused with HTTP 429, `Retry-After` and `extensions.rateLimit`.
 * Every answer to such a caller carries `extensions.rateLimit { cost, limit, remaining, resetAt }` and the
 * `X-RateLimit-*` headers. Anonymous requests (sign-in, health) are limited elsewhere (the sign-in throttle).
 */
export function rateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<{ req: GateRequest }> {
  return {
    async requestDidStart() {
      let state: RateLimitState | null = null;
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const user = await limiter.callerOf(contextValue.req);
          // A regional system's secret that no longer works (revoked, expired, archived, wrong): HTTP 401 with a
          // Bearer challenge, as GitHub's and GitLab's APIs answer (a resolver's error could not set the status).
          if (!user && tokenOf(contextValue.req)?.startsWith(API_CLIENT_SECRET_PREFIX)) {
            throw new GraphQLError('Ключ API-клиента не действует: он отозван, истёк или неверен', {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
            });
          }
          if (!user) return;
          // Measured by the limits plugin (its hook runs first and has no await); computed here only without it.
          let cost = measuredOf(request)?.cost;
          if (cost === undefined) {
            try {
              cost = operationCost(schema, document, request.operationName, request.variables ?? {});
            } catch {
              return; // a bad variable: the limits plugin refuses the request (HTTP 400)
            }
            // Refused by the limits plugin (running beside this hook): HTTP 400, nothing spent.
            if (cost > MAX_COST || queryDepth(document, request.operationName) > MAX_DEPTH) return;
          }
          const charged = await limiter.charge(user, cost);
          state = charged.state;
          if (!charged.ok) {
            throw new GraphQLError(`Превышен лимит запросов: ${state.limit} баллов в час. Повторите через ${charged.retryAfter} с`, {
              extensions: {
                code: ErrorCode.TOO_MANY_REQUESTS,
                limit: 'rate',
                retryAfterSeconds: charged.retryAfter,
                rateLimit: state,
                http: { status: 429, headers: new Map([['retry-after', String(charged.retryAfter)]]) },
              },
            });
          }
        },
        async willSendResponse({ response }) {
          if (!state) return;
          response.http.headers.set('x-ratelimit-limit', String(state.limit));
          response.http.headers.set('x-ratelimit-remaining', String(state.remaining));
          response.http.headers.set('x-ratelimit-reset', String(Math.floor(new Date(state.resetAt).getTime() / 1000)));
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, rateLimit: state };
          }
        },
      };
    },
  };
}
