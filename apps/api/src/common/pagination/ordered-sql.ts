import { EntityManager } from 'typeorm';
import { fieldError } from '../errors/errors';
import { Connection } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { AFTER_WITH_OFFSET, keyExpression, ListOrder, OrderColumns, PageRequest, SortDirection } from './order';

/** A list written as SQL: one SELECT with positional parameters (`$1`…) whose rows carry an `id` (uuid). */
export interface SqlList {
  sql: string;
  params: readonly unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `orderedPage` for a list built as SQL rather than on an entity (a raw statement, a grouped query): the SELECT
 * becomes the subquery `x`, so the order expressions read its output columns as `x.<column>` — aggregates of a
 * grouped query included — and the keyset condition is a plain WHERE on them. Two statements (the total and the
 * page, `first + 1` rows); ties are broken by `x.id` in the same direction, and `endCursor` is the sort key's text
 * and the id, as in `orderedPage`, so cursor and offset paging agree. Rows come back as the SELECT returns them.
 */
export async function orderedSqlPage<R extends { id: string }, F extends string>(
  m: EntityManager,
  list: SqlList,
  columns: OrderColumns<F>,
  order: ListOrder<F>,
  page: PageRequest,
): Promise<Connection<R>> {
  if (page.after && page.offset != null) throw fieldError('offset', AFTER_WITH_OFFSET);
  const col = columns[order.field];
  const key = keyExpression(col);
  const dir = order.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM (${list.sql}) x`, [...list.params]);
  const params: unknown[] = [...list.params];
  const p = (v: unknown) => `$${params.push(v)}`;
  let keyset = '';
  if (page.after) {
    const c = decodeCursor(page.after);
    if (!UUID.test(c.id)) throw fieldError('after', 'Неверный курсор страницы');
    const value = c.value === null ? null : String(c.value);
    keyset = `WHERE (${key}, x.id) ${dir === 'ASC' ? '>' : '<'} (CAST(${p(value)} AS ${col.type}), CAST(${p(c.id)} AS uuid))`;
  }
  const rows: (R & { order_key: string | null })[] = await m.query(
    `SELECT x.*, CAST(${key} AS text) AS order_key FROM (${list.sql}) x ${keyset}
      ORDER BY ${key} ${dir}, x.id ${dir} LIMIT ${p(page.first + 1)} OFFSET ${p(page.offset ?? 0)}`,
    params,
  );
  const page0 = rows.slice(0, page.first);
  const last = page0[page0.length - 1];
  return {
    nodes: page0.map(({ order_key: _, ...row }) => row as unknown as R),
    totalCount: n,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      endCursor: last ? encodeCursor({ value: last.order_key, id: last.id }) : null,
    },
  };
}
