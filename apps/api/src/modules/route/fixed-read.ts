import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entitiesFromRaw, Plan, planOf } from '../../common/pagination/hydrate';
import { CompiledStatement, compileStatement, valuesOf } from '../../common/pagination/statement-cache';

interface Compiled<E extends ObjectLiteral> {
  qb: SelectQueryBuilder<E>;
  statement: CompiledStatement;
  plan: Plan;
}

/**
 * A read of one fixed shape (no spread parameters, no joins) whose SQL TypeORM builds ONCE per data source: each call
 * sends that same statement with its own values and builds the entities from the raw rows with the driver's own
 * conversion (`common/pagination/hydrate.ts`), the same entities TypeORM's `getMany` gives. The route page reads its
 * route and its steps this way (TypeORM's query building was ~10 % of that page's busy time).
 */
export class FixedRead<E extends ObjectLiteral> {
  private readonly compiled = new WeakMap<DataSource, Compiled<E>>();

  /** `build` makes the query builder with any values of the right types (they are not kept). */
  constructor(private readonly build: (m: EntityManager) => SelectQueryBuilder<E>) {}

  private compiledFor(m: EntityManager): Compiled<E> {
    let c = this.compiled.get(m.connection);
    if (!c) {
      const qb = this.build(m);
      const plan = planOf(qb);
      if (!plan) throw new Error('FixedRead: the query is not a plain shape');
      c = { qb, statement: compileStatement(qb), plan };
      if (c.statement.slots.some(([, index]) => index >= 0)) throw new Error('FixedRead: spread parameters change the SQL with their length');
      this.compiled.set(m.connection, c);
    }
    return c;
  }

  async many(m: EntityManager, parameters: Record<string, unknown>): Promise<E[]> {
    const c = this.compiledFor(m);
    const raw = (await m.query(c.statement.sql, valuesOf(c.statement, parameters))) as ObjectLiteral[];
    return entitiesFromRaw(c.qb, c.plan, raw);
  }

  /** The SQL sent (tests compare it with TypeORM's own). */
  sqlFor(m: EntityManager): string {
    return this.compiledFor(m).statement.sql;
  }
}
