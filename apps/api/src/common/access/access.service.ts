import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { notFound } from '../errors/errors';
import { AccessScope } from '../auth/access-scope';
import { Permission } from '../auth/permissions';
import { AccessRule, Caller } from './access-rule';
import { ACCESS_RULES, AccessAction } from './access-rules';
import { AccessQuestion, AccessRepository } from './access.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Waiting extends AccessQuestion {
  resolve(ids: Set<string>): void;
  reject(err: unknown): void;
}

/**
 * The one access component (after immich's `checkAccess`): which of these ids may the caller act on,
 * in one statement for any number of ids. The gate decides the operation; this decides the rows.
 * A row outside the caller's reach is NOT_FOUND, never FORBIDDEN: its existence is not told.
 *
 * Decisions asked together share one statement: the checks made on one EntityManager within the same tick (the
 * abilities of an object's fields, checks started together with Promise.all) are collected as DataLoader collects
 * its keys and sent as one UNION ALL (`AccessRepository.selectMany`), each answered exactly as alone.
 */
@Injectable()
export class AccessService {
  private readonly waiting = new WeakMap<EntityManager, Waiting[]>();

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

  /** The rule of an action and the scope it decides in. */
  private static ruleOf(caller: Caller, action: AccessAction): { rule: AccessRule; scope: AccessScope } {
    const rule: AccessRule = ACCESS_RULES[action];
    const scope = AccessService.scope(caller, rule.permission);
    return { rule, scope: rule.staff ? scope.withoutSelf() : scope };
  }

  /** The ids among `ids` that the caller may `action`. */
  async check(m: EntityManager, caller: Caller, action: AccessAction, ids: readonly (string | null | undefined)[]): Promise<Set<string>> {
    const { rule, scope } = AccessService.ruleOf(caller, action);
    const wanted = [...new Set(ids.filter((x): x is string => !!x && UUID.test(x)))];
    if (!wanted.length || scope.isEmpty) return new Set();
    return this.ask(m, { rule, scope, personId: caller.personId, ids: wanted });
  }

  /** Queues a decision for the next statement on `m`, sent once the current tick's checks have all been asked. */
  private ask(m: EntityManager, question: AccessQuestion): Promise<Set<string>> {
    return new Promise((resolve, reject) => {
      let batch = this.waiting.get(m);
      if (!batch) {
        const fresh: Waiting[] = [];
        this.waiting.set(m, fresh);
        // As DataLoader schedules its dispatch: after the promise jobs of this tick and the ticks already queued.
        void Promise.resolve().then(() => process.nextTick(() => this.send(m, fresh)));
        batch = fresh;
      }
      batch.push({ ...question, resolve, reject });
    });
  }

  private send(m: EntityManager, batch: Waiting[]): void {
    if (this.waiting.get(m) === batch) this.waiting.delete(m);
    void this.repo.selectMany(m, batch).then(
      (answers) => batch.forEach((w, i) => w.resolve(answers[i]!)),
      (err: unknown) => batch.forEach((w) => w.reject(err)),
    );
  }

  async can(m: EntityManager, caller: Caller, action: AccessAction, id: string | null | undefined): Promise<boolean> {
    return (await this.check(m, caller, action, [id])).size > 0;
  }

  /**
   * The same decision as `check`, as a subquery for a read that decides its rows in its own statement: selects the
   * column `id` among the candidates given by `idsSql` — a uuid[] expression over the enclosing statement (a CTE's
   * ids), holding no `$n` parameter — with the rule's own SQL; its parameters are appended to `values` and numbered
   * after those already there. Nothing is selected when the caller has no scope for the rule (as `check`).
   */
  selectSql(m: EntityManager, caller: Caller, action: AccessAction, idsSql: string, values: unknown[]): string {
    const { rule, scope } = AccessService.ruleOf(caller, action);
    if (scope.isEmpty) return 'SELECT NULL::uuid AS id WHERE FALSE';
    const { sql, params } = rule.select(scope);
    const [query, own] = m.connection.driver.escapeQueryWithParameters(sql, { ...params, ids: () => `(${idsSql})`, callerPersonId: caller.personId });
    const offset = values.length;
    values.push(...own);
    // As `AccessRepository.selectMany`: the rules bind parameters only as $n; `idsSql` has none.
    return query.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  }

  /** The row is the caller's to `action`, or NOT_FOUND with `message`. */
  async require(m: EntityManager, caller: Caller, action: AccessAction, id: string, message = 'Запись не найдена'): Promise<void> {
    if (!(await this.can(m, caller, action, id))) throw notFound(message);
  }
}
