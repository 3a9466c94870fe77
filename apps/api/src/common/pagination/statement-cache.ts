import { createHash } from 'node:crypto';
import { ObjectLiteral, QueryFailedError, QueryRunner, QueryRunnerAlreadyReleasedError, SelectQueryBuilder } from 'typeorm';
import { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/**
 * A statement as sent: its SQL with positional parameters (`$1`…) and, for each position, where its value comes from
 * in the query builder's named parameters (`index` -1: the whole value; else that element of a spread `:...name`).
 */
export interface CompiledStatement {
  sql: string;
  slots: readonly (readonly [name: string, index: number])[];
  /**
   * Set (`prepared`): the statement is sent as a named prepared statement of this name (a hash of its SQL), so each
   * connection has the server parse it once and, after a few executions, plan it once (PostgreSQL's plan cache chooses
   * a generic plan only when it costs no more than the custom ones). Absent: sent unnamed, parsed and planned each time.
   */
  name?: string;
}

const metadataIds = new WeakMap<EntityMetadata, number>();
let nextMetadataId = 1;

/** Properties of the expression map that `shapeOf` reads itself (the rest must be plain values or empty arrays). */
const HANDLED = new Set(['dataSource', 'queryRunner', 'mainAlias', 'aliases', 'selects', 'wheres', 'orderBys', 'parameters', 'nativeParameters', 'locallyGenerated']);

/**
 * A key that determines the SQL text TypeORM builds for this select query builder, or null when the query is not the
 * plain shape it can vouch for. It reads EVERY property of the expression map: the main alias (its entity and name),
 * the selects, the WHERE conditions (their SQL text, in order), the order, the parameter names (and the length of
 * each array parameter: a spread `:...name` becomes one placeholder per element); every other property must be a
 * plain value (part of the key) or an empty array/object. Anything else — joins, relation ids, a condition given as
 * an object or a Brackets, a function parameter (raw SQL), a sub-query alias, CTEs, an entity with a discriminator —
 * gives null and the caller builds the statement with TypeORM as before.
 * Parameter VALUES are not part of the key: two requests with the same key get the same SQL and send their own values.
 */
export function shapeOf<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): string | null {
  const map = qb.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata || main.subQuery || map.aliases.length !== 1 || map.aliases[0] !== main) return null;
  const metadata = main.metadata;
  if (metadata.discriminatorColumn || metadata.parentEntityMetadata) return null;
  let id = metadataIds.get(metadata);
  if (id === undefined) metadataIds.set(metadata, (id = nextMetadataId++));
  const parts: string[] = [String(id), main.name, main.tablePath ?? ''];
  for (const key of Object.keys(map)) {
    if (HANDLED.has(key)) continue;
    const value = (map as unknown as Record<string, unknown>)[key];
    if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      parts.push(`${key}=${String(value)}`);
    } else if (Array.isArray(value) && value.length === 0) {
      parts.push(`${key}=[]`);
    } else {
      return null;
    }
  }
  const loose = map as unknown as { nativeParameters?: object; locallyGenerated?: object };
  if (loose.nativeParameters && Object.keys(loose.nativeParameters).length) return null;
  if (loose.locallyGenerated && Object.keys(loose.locallyGenerated).length) return null;
  // What `getRawMany` does besides sending the statement: a transaction of its own, the query result cache.
  if (map.useTransaction || map.cache || qb.connection.queryResultCache) return null;
  for (const s of map.selects) {
    if (typeof s.selection !== 'string') return null;
    parts.push(`s:${s.selection}\u0001${s.aliasName ?? ''}\u0001${s.virtual ? 1 : 0}`);
  }
  for (const w of map.wheres) {
    if (typeof w.condition !== 'string') return null;
    parts.push(`w:${w.type}\u0001${w.condition}`);
  }
  for (const [column, order] of Object.entries(map.orderBys)) {
    parts.push(typeof order === 'string' ? `o:${column}\u0001${order}` : `o:${column}\u0001${order.order}\u0001${order.nulls ?? ''}`);
  }
  for (const [name, value] of Object.entries(map.parameters)) {
    if (typeof value === 'function') return null;
    parts.push(Array.isArray(value) ? `p:${name}[${value.length}]` : `p:${name}`);
  }
  return parts.join('\u0000');
}

/**
 * A statement around the query builder's own: `sql` gets the query's SQL (named parameters still `:name`) and returns
 * the statement to send, which may use named parameters of its own, from `parameters`.
 */
export interface StatementWrap {
  sql: (query: string) => string;
  parameters: Record<string, unknown>;
}

/**
 * Compiles a query builder's statement once (or the statement `wrap` puts around it): TypeORM's own SQL (`getQuery`) with its named parameters turned into
 * positional ones by the driver's own `escapeQueryWithParameters`, recording for each position which parameter (and
 * which element of a spread array) fills it. `valuesOf` then gives the values of any query builder of the same shape.
 */
export function compileStatement<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, prepared = false, wrap?: StatementWrap): CompiledStatement {
  const markers: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(wrap ? { ...qb.getParameters(), ...wrap.parameters } : qb.getParameters())) {
    markers[name] = Array.isArray(value)
      ? Object.assign(
          value.map((_v: unknown, index: number) => ({ name, index })),
          { whole: name },
        )
      : { name, index: -1 };
  }
  const text = wrap ? wrap.sql(qb.getQuery()) : qb.getQuery();
  const [sql, sent] = qb.connection.driver.escapeQueryWithParameters(text, markers);
  const slots = (sent as unknown[]).map((m): readonly [string, number] => {
    if (Array.isArray(m)) return [(m as unknown[] & { whole: string }).whole, -1];
    const { name, index } = m as { name: string; index: number };
    return [name, index];
  });
  if (!prepared || qb.connection.driver.options.type !== 'postgres') return { sql, slots };
  return { sql, slots, name: `page_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}` };
}

/**
 * The raw rows of `statement` with the values of `qb`'s named parameters (plus `extra`), sent as `getRawMany` sends
 * them: on the query builder's query runner, or a new one released afterwards.
 */
export async function rawRows<R>(qb: SelectQueryBuilder<ObjectLiteral>, statement: CompiledStatement, extra?: Record<string, unknown>): Promise<R[]> {
  const own = qb as unknown as { queryRunner?: QueryRunner; obtainQueryRunner(): QueryRunner };
  const runner = own.obtainQueryRunner();
  try {
    const parameters = extra ? { ...qb.getParameters(), ...extra } : qb.getParameters();
    const values = valuesOf(statement, parameters);
    if (statement.name && !qb.connection.subscribers.length) return await preparedRows<R>(runner, statement.name, statement.sql, values);
    return (await runner.query(statement.sql, values, true)).records as R[];
  } finally {
    if (runner !== own.queryRunner) await runner.release();
  }
}

/** The node-postgres client of a query runner (`PostgresQueryRunner.connect`): what it sends statements through. */
interface PgClient {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

/**
 * Sends a named prepared statement on the query runner's connection as `PostgresQueryRunner.query` sends a statement
 * (the same logger calls, so statement counts and SQL logs see it; a failure is a `QueryFailedError`; a slow one is
 * logged), but through node-postgres with a name: the connection's first execution parses it, later ones only bind
 * and execute. Used only without subscribers (the TypeORM query events are not broadcast).
 */
async function preparedRows<R>(runner: QueryRunner, name: string, sql: string, values: unknown[]): Promise<R[]> {
  if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const client = (await runner.connect()) as PgClient;
  const logger = runner.connection.logger;
  logger.logQuery(sql, values, runner);
  const started = Date.now();
  try {
    const { rows } = await client.query<R>({ name, text: sql, values });
    const took = Date.now() - started;
    const slow = runner.connection.options.maxQueryExecutionTime;
    if (slow && took > slow) logger.logQuerySlow(took, sql, values, runner);
    return rows;
  } catch (err) {
    logger.logQueryError(err as Error, sql, values, runner);
    throw new QueryFailedError(sql, values, err as Error);
  }
}

/** The positional values of `statement` from named parameters. */
export function valuesOf(statement: CompiledStatement, parameters: Record<string, unknown>): unknown[] {
  return statement.slots.map(([name, index]) => (index < 0 ? parameters[name] : (parameters[name] as unknown[])[index]));
}

/** Compiled statements by key: bounded (emptied when full; the keys are few, one per list shape and page size). */
export class StatementCache {
  private readonly map = new Map<string, CompiledStatement>();

  constructor(private readonly limit = 500) {}

  get(key: string): CompiledStatement | undefined {
    return this.map.get(key);
  }

  set(key: string, statement: CompiledStatement): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, statement);
  }
}
