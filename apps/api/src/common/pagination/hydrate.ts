import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

/** A column of the main alias: its key in a raw row and its metadata. */
export type Plan = [key: string, column: ColumnMetadata][];
const plans = new WeakMap<EntityMetadata, Map<string, Plan | null>>();

/**
 * How to build the main alias's entities from raw rows, or null when the query is not the plain shape this handles:
 * the whole main entity selected, or some of its columns (`select(['p.id', 'p.lastName'])`: a partial entity, as
 * TypeORM builds it, with only those properties), plus computed `addSelect` expressions with their own aliases; no
 * joins, no relation ids, no embedded or inherited columns, no lazy relations, no load listeners or subscribers.
 */
export function planOf<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Plan | null {
  const map = qb.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata) return null;
  const metadata = main.metadata;
  if (map.joinAttributes.length || map.relationIdAttributes.length || map.lockMode) return null;
  const prefix = `${main.name}.`;
  const whole = map.selects[0]?.selection === main.name;
  // The main alias's columns chosen one by one (`alias.propertyPath`, no alias of their own); the rest are computed.
  const paths: string[] = [];
  for (const s of whole ? map.selects.slice(1) : map.selects) {
    if (!s.selection.startsWith(prefix)) {
      if (!s.aliasName) return null;
    } else if (whole || s.aliasName || s.virtual) {
      return null;
    } else {
      paths.push(s.selection.slice(prefix.length));
    }
  }
  if (!whole && !paths.length) return null;
  let byAlias = plans.get(metadata);
  if (!byAlias) plans.set(metadata, (byAlias = new Map()));
  const planKey = whole ? main.name : `${main.name}\u0001${paths.join('\u0001')}`;
  let plan = byAlias.get(planKey);
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
  const chosen = whole ? metadata.columns.filter((c) => c.isSelect) : paths.map((path) => metadata.columns.find((c) => c.propertyPath === path));
  plan =
    plain && chosen.every((c) => c !== undefined)
      ? chosen.map((c): [string, ColumnMetadata] => [DriverUtils.buildAlias(qb.connection.driver, undefined, main.name, c!.databaseName), c!])
      : null;
  byAlias.set(planKey, plan);
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
