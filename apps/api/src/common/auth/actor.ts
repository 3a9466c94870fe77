import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RoleKind } from '@metodset/shared';
import { AccessScope, Grant } from './access-scope';

/** The signed-in account, as resolved from its session (or an API client, as resolved from its secret). */
export interface SessionUser {
  accountId: string;
  sessionId: string;
  login: string;
  displayName: string;
  personId: string | null;
  grants: Grant[];
  roles: RoleKind[];
  /**
   * Set when an API client calls (`Authorization: Bearer mdsk_…`): `accountId` is then the client's technical
   * account (audit rows name the client), `sessionId` the secret used, and `grants` the client's one cut-down grant.
   */
  client?: { id: string; name: string };
}

/** Who is calling and what they may touch for this operation's permission. */
export interface Actor {
  user: SessionUser;
  scope: AccessScope;
}

export interface GateRequest {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  ip?: string;
  user?: SessionUser | null;
  actor?: Actor;
}

export function requestOf(context: ExecutionContext): GateRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: GateRequest }>().req;
  }
  return context.switchToHttp().getRequest<GateRequest>();
}

/** Injects the Actor the gate attached (operations with a @Policy only). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on an operation without a @Policy');
  return actor;
});
