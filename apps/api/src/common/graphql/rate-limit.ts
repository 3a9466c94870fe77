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

/**
 * The hourly budgets of API clients (per client) and sessions (per session), kept in PostgreSQL (`api_rate_budget`).
 * One atomic statement spends: it inserts the caller's row or, under the row lock of ON CONFLICT, starts a new window
 * or adds the points only while they fit, so parallel requests never overspend. A refusal reads the row once more
 * for Retry-After. Both statements are bookkeeping beside the request (not counted as its SQL).
 *
 * Requests of one caller that arrive while a statement for that caller is running are spent together by the next
 * one (group commit): while their sum fits, one statement adds the sum and each request's `spent` is what it would
 * have been one after another in arrival order; when the sum does not fit, they are spent one by one as before. So
 * parallel requests of a session no longer queue on its row lock one statement each, and every answer is the same
 * as spending them in turn (across instances the statement stays atomic: no overspending).
 */
@Injectable()
export class RateBudget {
  /** Per key: the spendings waiting for the statement in flight (an entry exists while one is). */
  private readonly waiting = new Map<string, Spending[]>();

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  spend(key: string, points: number, limit: number, windowSeconds = RATE_WINDOW_SECONDS): Promise<{ ok: boolean; spent: number; resetAt: Date }> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(key);
      const s: Spending = { points, limit, windowSeconds, resolve, reject };
      if (queue) {
        queue.push(s);
        return;
      }
      this.waiting.set(key, []);
      void this.drain(key, [s]);
    });
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

  private async spendBatch(key: string, batch: Spending[]): Promise<void> {
    const [first] = batch;
    const sum = batch.reduce((a, s) => a + s.points, 0);
    const alike = batch.every((s) => s.limit === first!.limit && s.windowSeconds === first!.windowSeconds);
    if (batch.length > 1 && alike && sum <= first!.limit) {
      const r = await this.add(key, sum, first!.limit, first!.windowSeconds);
      if (r) {
        // As if spent one after another: the i-th request's total is the total before the batch plus its prefix.
        let spent = r.spent - sum;
        for (const s of batch) {
          spent += s.points;
          s.resolve({ ok: true, spent, resetAt: r.resetAt });
        }
        return;
      }
    }
    for (const s of batch) s.resolve(await this.spendOne(key, s.points, s.limit, s.windowSeconds));
  }

  /**
   * Adds `points` if they fit (or a new window starts); null when refused. The statement's own transaction commits
   * without waiting for its WAL to reach the disk (`synchronous_commit` off for it alone, set inside the statement):
   * the row lock and the check still make spending atomic, and a crash of the database could at worst forget the
   * last fraction of a second of spending (a caller gets those points back), never let one request overspend.
   */
  private async add(key: string, points: number, limit: number, windowSeconds: number): Promise<{ spent: number; resetAt: Date } | null> {
    const rows = (await this.ds.query(
      `${BOOKKEEPING_SQL} INSERT INTO api_rate_budget AS b (key, window_started_at, spent)
       SELECT CAST($1 AS varchar), now(), CAST($2 AS int) FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit
       ON CONFLICT (key) DO UPDATE
         SET window_started_at = CASE WHEN b.window_started_at <= now() - make_interval(secs => $4) THEN now() ELSE b.window_started_at END,
             spent = CASE WHEN b.window_started_at <= now() - make_interval(secs => $4) THEN EXCLUDED.spent ELSE b.spent + EXCLUDED.spent END
         WHERE b.window_started_at <= now() - make_interval(secs => $4) OR b.spent + EXCLUDED.spent <= $3
       RETURNING spent, window_started_at`,
      [key, points, limit, windowSeconds],
    )) as { spent: number; window_started_at: Date }[];
    const r = rows[0];
    return r ? { spent: r.spent, resetAt: new Date(new Date(r.window_started_at).getTime() + windowSeconds * 1000) } : null;
  }

  private async spendOne(key: string, points: number, limit: number, windowSeconds: number): Promise<{ ok: boolean; spent: number; resetAt: Date }> {
    if (points <= limit) {
      const r = await this.add(key, points, limit, windowSeconds);
      if (r) return { ok: true, ...r };
    }
    const rows = (await this.ds.query(`${BOOKKEEPING_SQL} SELECT spent, window_started_at FROM api_rate_budget WHERE key = $1`, [key])) as { spent: number; window_started_at: Date }[];
    const r = rows[0];
    return { ok: false, spent: r?.spent ?? 0, resetAt: new Date((r ? new Date(r.window_started_at).getTime() : Date.now()) + windowSeconds * 1000) };
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

  private resolver(token: symbol): SessionResolver | null {
    try {
      return this.refs.get<SessionResolver>(token, { strict: false });
    } catch {
      return null;
    }
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
