import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

/** A column of the main alias: its key in a raw row and its metadata. */
export type Plan = [key: string, column: ColumnMetadata][];
const plans = new WeakMap<EntityMetadata, Map<string, Plan | null>>();

/**
 * How to build the main alias's entities from raw rows, or null when the query is not the plain shape this handles:
 * the whole main entity selected (plus computed `addSelect` expressions with their own aliases), no joins, no
 * relation ids, no embedded or inherited columns, no lazy relations, no load listeners or subscribers.
 */
export function planOf<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Plan | null {
  const map = qb.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata) return null;
  const metadata = main.metadata;
  if (map.joinAttributes.length || map.relationIdAttributes.length || map.lockMode) return null;
  if (map.selects[0]?.selection !== main.name || map.selects.slice(1).some((s) => !s.aliasName || s.selection.startsWith(`${main.name}.`))) return null;
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  let plan = byAlias.get(main.name);
  if (plan !== undefined) return plan;
  const plain =
    !metadata.embeddeds.length &&
    !metadata.discriminatorColumn &&
    !metadata.childEntityMetadatas.length &&
    !metadata.relationIds.length &&
    !metadata.lazyRelations.length &&
    !metadata.afterLoadListeners.length &&
    !qb.connection.subscribers.length &&
    !qb.connection.options.typename &&
    metadata.columns.every((c) => !c.isVirtualProperty && !c.embeddedMetadata && !(c.isVirtual && c.referencedColumn));
  plan = plain
    ? metadata.columns.filter((c) => c.isSelect).map((c): [string, ColumnMetadata] => [DriverUtils.buildAlias(qb.connection.driver, undefined, main.name, c.databaseName), c])
    : null;
  byAlias.set(main.name, plan);
  return plan;
}

/**
 * The raw rows of a page and its entities, built from those rows column by column with the driver's own conversion
 * (`prepareHydratedValue`, as TypeORM's hydration does) when the query has the plain shape `planOf` accepts, without
 * TypeORM's general transformer (rows grouped by their keys, joins, relation ids, listeners); otherwise TypeORM's
 * `getRawAndEntities`. One statement either way, the same SQL and the same entity values.
 */
export async function rawAndEntities<E extends ObjectLiteral, R extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<{ raw: R[]; entities: E[] }> {
  const plan = planOf(qb);
  if (!plan) return qb.getRawAndEntities<R>();
  const raw = await qb.getRawMany<R>();
  return { raw, entities: entitiesFromRaw(qb, plan, raw) };
}

/** The main alias's entities built from raw rows by `plan` (see `rawAndEntities`). */
export function entitiesFromRaw<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, plan: Plan, raw: readonly ObjectLiteral[]): E[] {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const driver = qb.connection.driver;
  const entities = new Array<E>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const row = raw[i] as Record<string, unknown>;
    const entity = metadata.create(undefined, { fromDeserializer: true }) as E;
    for (const [key, column] of plan) {
      const value = row[key];
      if (value !== undefined) (entity as Record<string, unknown>)[column.propertyName] = driver.prepareHydratedValue(value, column);
    }
    entities[i] = entity;
  }
  return entities;
}
