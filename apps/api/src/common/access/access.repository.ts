import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../auth/access-scope';
import { AccessRule } from './access-rule';

/** Runs the rules' statements: the only SQL of the access component goes through here. */
@Injectable()
export class AccessRepository {
  async select(m: EntityManager, rule: AccessRule, scope: AccessScope, personId: string | null, ids: readonly string[]): Promise<Set<string>> {
    const { sql, params } = rule.select(scope);
    const [query, values] = m.connection.driver.escapeQueryWithParameters(sql, { ...params, ids: [...ids], callerPersonId: personId });
    const rows: { id: string }[] = await m.query(query, values);
    return new Set(rows.map((r) => r.id));
  }
}
