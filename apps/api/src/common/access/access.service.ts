import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { notFound } from '../errors/errors';
import { AccessScope } from '../auth/access-scope';
import { Permission } from '../auth/permissions';
import { AccessRule, Caller } from './access-rule';
import { ACCESS_RULES, AccessAction } from './access-rules';
import { AccessRepository } from './access.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one access component (after immich's `checkAccess`): which of these ids may the caller act on,
 * in one statement for any number of ids. The gate decides the operation; this decides the rows.
 * A row outside the caller's reach is NOT_FOUND, never FORBIDDEN: its existence is not told.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repo: AccessRepository) {}

  /** The caller's scope for a permission (the gate computes the operation's own; this is for the others). */
  static scope(caller: Caller, permission: Permission): AccessScope {
    return AccessScope.forPermission(permission, caller.grants, caller.personId);
  }

  scope(caller: Caller, permission: Permission): AccessScope {
    return AccessService.scope(caller, permission);
  }

  /** Whether the caller has the permission anywhere (for abilities that are not about a row). */
  has(caller: Caller, permission: Permission): boolean {
    return !AccessService.scope(caller, permission).isEmpty;
  }

  /** The ids among `ids` that the caller may `action`. */
  async check(m: EntityManager, caller: Caller, action: AccessAction, ids: readonly (string | null | undefined)[]): Promise<Set<string>> {
    const rule: AccessRule = ACCESS_RULES[action];
    let scope = AccessService.scope(caller, rule.permission);
    if (rule.staff) scope = scope.withoutSelf();
    const wanted = [...new Set(ids.filter((x): x is string => !!x && UUID.test(x)))];
    if (!wanted.length || scope.isEmpty) return new Set();
    return this.repo.select(m, rule, scope, caller.personId, wanted);
  }

  async can(m: EntityManager, caller: Caller, action: AccessAction, id: string | null | undefined): Promise<boolean> {
    return (await this.check(m, caller, action, [id])).size > 0;
  }

  /** The row is the caller's to `action`, or NOT_FOUND with `message`. */
  async require(m: EntityManager, caller: Caller, action: AccessAction, id: string, message = 'Запись не найдена'): Promise<void> {
    if (!(await this.can(m, caller, action, id))) throw notFound(message);
  }
}
