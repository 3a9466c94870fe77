import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from './cursor';
import { Connection } from './connection';

/** One sort order of a list: the SQL expression, how to read the same value from a row, the direction. */
export interface KeysetSort<E> {
  column: string;
  key: (row: E) => string;
  dir: 'ASC' | 'DESC';
  /** SQL type the cursor value is cast to (text needs none). */
  cast?: 'timestamptz';
}

/**
 * Keyset pagination on a filtered query: one statement for the total, one for the page
 * (`first + 1` rows tell whether there is a next one). `idColumn` breaks ties so no row repeats or is skipped.
 */
export async function keysetPage<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  idColumn: string,
  sort: KeysetSort<E>,
  first: number,
  after?: string | null,
): Promise<Connection<E>> {
  const totalCount = await qb.clone().getCount();
  if (after) {
    const c = decodeCursor(after);
    const value = sort.cast ? `CAST(:cValue AS ${sort.cast})` : ':cValue';
    qb.andWhere(`(${sort.column}, ${idColumn}) ${sort.dir === 'ASC' ? '>' : '<'} (${value}, CAST(:cId AS uuid))`, { cValue: c.value, cId: c.id });
  }
  const rows = await qb.orderBy(sort.column, sort.dir).addOrderBy(idColumn, sort.dir).limit(first + 1).getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor({ value: sort.key(last), id: last.id }) : null,
    },
  };
}
