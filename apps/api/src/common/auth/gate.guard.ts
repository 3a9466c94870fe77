import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../errors/errors';
import { AccessScope } from './access-scope';
import { requestOf, SessionUser } from './actor';
import { POLICY_KEY, PolicyMeta } from './policy.decorator';

export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
/** Resolves an API client's secret (a bearer token starting with API_CLIENT_SECRET_PREFIX) to the client as a caller. */
export const CLIENT_RESOLVER = Symbol('CLIENT_RESOLVER');
export const API_CLIENT_SECRET_PREFIX = 'mdsk_';

/** Finds the account behind a request's cookie or bearer token (null when none or expired). */
export interface SessionResolver {
  resolve(token: string): Promise<SessionUser | null>;
}

export const SESSION_COOKIE = 'metodset_session';

export function tokenOf(req: { headers: Record<string, string | string[] | undefined>; cookies?: Record<string, string | undefined> }): string | null {
  const auth = req.headers['authorization'];
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * The one authorization gate. Registered globally; deny by default: an operation with no
 * @Policy/@Public metadata is refused. For a policy it resolves the session, computes the
 * caller's scope for the permission and attaches it to the request for the resolver.
 */
@Injectable()
export class GateGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
    @Optional() @Inject(CLIENT_RESOLVER) private readonly clients?: SessionResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const meta = this.reflector.getAllAndOverride<PolicyMeta | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    const req = requestOf(context);
    if (req.user === undefined) {
      const token = tokenOf(req);
      req.user = !token ? null
        : token.startsWith(API_CLIENT_SECRET_PREFIX) ? ((await this.clients?.resolve(token)) ?? null)
        : await this.sessions.resolve(token);
    }
    if (!meta) throw forbidden('Операция закрыта: для неё не задана политика доступа');
    if (meta.kind === 'public') return true;
    if (!req.user) throw unauthenticated();
    const scope = AccessScope.forPermission(meta.permission, req.user.grants, req.user.personId);
    if (scope.isEmpty) throw forbidden();
    req.actor = { user: req.user, scope };
    return true;
  }
}
