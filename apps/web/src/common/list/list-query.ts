import { PAGE_SIZE_DEFAULT, PAGE_SIZES } from '@metodset/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { SortDirection } from '@/gql/graphql';

export type PageSize = (typeof PAGE_SIZES)[number];

/** The order of a list as the API takes it (`orderBy: { field, direction }`). */
export interface ListSort<F extends string = string> {
  field: F;
  direction: SortDirection;
}

/** What the shell keeps of a list besides its filters: the order, the page (from 1) and the page size. */
export interface ListView<F extends string = string> {
  sort: ListSort<F>;
  page: number;
  size: PageSize;
}

/** A domain's part of the URL: its filters (their own keys) and the order fields its columns offer. */
export interface ListCodec<S, F extends string> {
  parse(query: LocationQuery): S;
  serialize(state: S): LocationQueryRaw;
  sortFields: readonly F[];
  defaultSort: ListSort<F>;
}

/** The URL keys the shell owns; a domain's filters use other keys. */
export const VIEW_KEYS = ['sort', 'dir', 'page', 'size'] as const;

function one(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : null;
}

/** `?sort=staff_count&dir=desc&page=3&size=50`; anything unknown falls back to the default. */
export function parseListView<F extends string>(query: LocationQuery, fields: readonly F[], defaultSort: ListSort<F>): ListView<F> {
  const rawField = one(query['sort'])?.toUpperCase() ?? null;
  const field = rawField !== null && (fields as readonly string[]).includes(rawField) ? (rawField as F) : defaultSort.field;
  const dir = one(query['dir']);
  const direction: SortDirection =
    dir === 'asc' ? 'ASC' : dir === 'desc' ? 'DESC' : field === defaultSort.field ? defaultSort.direction : 'ASC';
  const page = Number(one(query['page']));
  const size = Number(one(query['size']));
  return {
    sort: { field, direction },
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : (PAGE_SIZE_DEFAULT as PageSize),
  };
}

/** A list query's paging variables for a view: `first`, `offset`, `orderBy` (useListQuery, a page's early query). */
export function pageVariables(view: ListView): { first: number; offset: number; orderBy: ListSort } {
  return { first: view.size, offset: (view.page - 1) * view.size, orderBy: { field: view.sort.field, direction: view.sort.direction } };
}

/**
 * The variables a list page (without a prefix) will send for this URL query: its own from its filters, and the
 * page's. For sending its query before the page's code has loaded (graphql/early.ts); `useListQuery` sends the same.
 */
export function listVariablesOf<S, F extends string>(query: LocationQuery, codec: ListCodec<S, F>, own: (state: S) => Record<string, unknown>): Record<string, unknown> {
  return { ...own(codec.parse(query)), ...pageVariables(parseListView(query, codec.sortFields, codec.defaultSort)) };
}

/** Only what differs from the defaults goes into the URL. */
export function serializeListView<F extends string>(view: ListView<F>, defaultSort: ListSort<F>): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (view.sort.field !== defaultSort.field || view.sort.direction !== defaultSort.direction) {
    query['sort'] = view.sort.field.toLowerCase();
    query['dir'] = view.sort.direction.toLowerCase();
  }
  if (view.page > 1) query['page'] = String(view.page);
  if (view.size !== PAGE_SIZE_DEFAULT) query['size'] = String(view.size);
  return query;
}

/** The keys of one list's prefix, without it (`p_page` → `page` for prefix `p_`); the whole query without a prefix. */
export function unprefixQuery(query: LocationQuery, prefix: string): LocationQuery {
  if (!prefix) return query;
  const out: LocationQuery = {};
  for (const [key, value] of Object.entries(query)) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  return out;
}

/**
 * The query after one list writes `mine` (its filters and view, unprefixed): the list's previous keys (`VIEW_KEYS`,
 * `ownedBefore`, or with a prefix every key of it) are replaced, every other key of the page is kept.
 */
export function mergeListQuery(current: LocationQuery, mine: LocationQueryRaw, ownedBefore: readonly string[], prefix = ''): LocationQueryRaw {
  const owned = new Set<string>([...VIEW_KEYS, ...ownedBefore].map((k) => prefix + k));
  const out: LocationQueryRaw = {};
  for (const [key, value] of Object.entries(current)) {
    if (owned.has(key) || (prefix && key.startsWith(prefix))) continue;
    out[key] = value;
  }
  for (const [key, value] of Object.entries(mine)) out[prefix + key] = value;
  return out;
}

/** The last query of each list route, so a card's «к списку» link returns to the list as it was. */
const remembered = new Map<string, LocationQuery>();
export function rememberListQuery(routeName: string, query: LocationQuery): void {
  remembered.set(routeName, { ...query });
}
export function rememberedListQuery(routeName: string): LocationQuery {
  return remembered.get(routeName) ?? {};
}
