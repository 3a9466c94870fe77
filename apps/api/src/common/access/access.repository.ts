import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../auth/access-scope';
import { AccessRule } from './access-rule';

/** One decision to take: a rule in a scope, for a caller's person, over candidate ids. */
export interface AccessQuestion {
  rule: AccessRule;
  scope: AccessScope;
  personId: string | null;
  ids: readonly string[];
}

/** Runs the rules' statements: the only SQL of the access component goes through here. */
@Injectable()
export class AccessRepository {
  async select(m: EntityManager, rule: AccessRule, scope: AccessScope, personId: string | null, ids: readonly string[]): Promise<Set<string>> {
    return (await this.selectMany(m, [{ rule, scope, personId, ids }]))[0]!;
  }

  /**
   * Several decisions in ONE statement (the rules' statements as branches of a UNION ALL, each tagged with its
   * position and bound with its own parameters), so that the abilities a page asks for together cost one round
   * trip. A single decision runs its rule's statement as it is.
   */
  async selectMany(m: EntityManager, questions: readonly AccessQuestion[]): Promise<Set<string>[]> {
    const escape = (q: AccessQuestion) => {
      const { sql, params } = q.rule.select(q.scope);
      return m.connection.driver.escapeQueryWithParameters(sql, { ...params, ids: [...q.ids], callerPersonId: q.personId });
    };
    if (questions.length === 1) {
      const [query, values] = escape(questions[0]!);
      const rows: { id: string }[] = await m.query(query, values);
      return [new Set(rows.map((r) => r.id))];
    }
    const branches: string[] = [];
    const values: unknown[] = [];
    questions.forEach((q, i) => {
      const [query, own] = escape(q);
      const offset = values.length;
      // The rules bind parameters only as $n (no dollar quoting in their SQL): renumber them after the branches before.
      branches.push(`SELECT ${i} AS q, a.id::text AS id FROM (${query.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)}) a`);
      values.push(...own);
    });
    const rows: { q: number; id: string }[] = await m.query(branches.join('\nUNION ALL\n'), values);
    const out = questions.map(() => new Set<string>());
    for (const r of rows) out[r.q]!.add(r.id);
    return out;
  }
}
