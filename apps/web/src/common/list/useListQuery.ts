import { useClientHandle, useQuery, type AnyVariables, type TypedDocumentNode } from '@urql/vue';
import { PAGE_SIZE_MAX } from '@metodset/shared';
import { computed, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { listContext } from '@/graphql/client';
import { errorText } from '@/graphql/errors';
import { pageVariables, type ListSort, type ListView } from './list-query';

/** The part of a `<X>Connection` the shell reads. */
export interface ListConnection<Row> {
  nodes: Row[];
  totalCount: number;
}

export interface ListQueryOptions<D, V extends AnyVariables, Row, F extends string> {
  /** A query taking `$first: Int!, $offset: Int, $orderBy: <X>Order` and the list's own variables. */
  document: TypedDocumentNode<D, V>;
  /** The list's own variables (filter, a parent id …), reactive. */
  variables: () => Record<string, unknown>;
  view: ComputedRef<ListView<F>>;
  pick: (data: D | undefined) => ListConnection<Row> | undefined;
  /** For the cache: the list is fetched again when a row of these types changes. */
  typename: string | string[];
  /** When the list waits for something (a parent row), it is not fetched. */
  pause?: () => boolean;
}

/** What the shell (`ListPage`) needs of a list: the page, its states, and every row for the export. */
export interface ListController<Row> {
  rows: ComputedRef<Row[]>;
  totalCount: ComputedRef<number>;
  fetching: Ref<boolean>;
  error: ComputedRef<string | null>;
  view: ComputedRef<ListView>;
  refetch: () => void;
  /** The field is a column's `sortField`, one of the list's order fields. */
  setSort: (sort: ListSort) => void;
  setPage: (page: number, size?: ListView['size']) => void;
  /** Every row matching the filters, in the current order, page by page (100 a request); `progress` after each. */
  fetchAll: (progress: (done: number, total: number) => void) => Promise<Row[]>;
}

/**
 * A list's GraphQL page by page number: `offset = (page − 1) × size`, `orderBy` from the URL. `fetchAll` pages
 * through the same query with the same filters and order (the export), through the same gate and audit.
 */
export function useListQuery<D, V extends AnyVariables, Row, F extends string>(
  o: ListQueryOptions<D, V, Row, F>,
  actions: { setSort: (sort: ListSort<F>) => void; setPage: (page: number, size?: ListView['size']) => void },
): ListController<Row> {
  const { t } = useI18n();
  const handle = useClientHandle();
  const orderBy = () => ({ field: o.view.value.sort.field, direction: o.view.value.sort.direction });
  const document = o.document as TypedDocumentNode<D, AnyVariables>;
  const query = useQuery<D, AnyVariables>({
    query: document,
    variables: computed(() => ({ ...o.variables(), ...pageVariables(o.view.value) })),
    context: { ...listContext(''), additionalTypenames: ([] as string[]).concat(o.typename) },
    pause: computed(() => o.pause?.() ?? false),
  });
  const connection = computed(() => o.pick(query.data.value));

  async function fetchAll(progress: (done: number, total: number) => void): Promise<Row[]> {
    const rows: Row[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE_MAX) {
      const r = await handle.client
        .query(document, { ...o.variables(), first: PAGE_SIZE_MAX, offset, orderBy: orderBy() }, { requestPolicy: 'network-only' })
        .toPromise();
      if (r.error) throw new Error(errorText(r.error, t('common.networkError')) ?? t('common.networkError'));
      const page = o.pick(r.data as D | undefined);
      if (!page) throw new Error(t('common.networkError'));
      rows.push(...page.nodes);
      progress(rows.length, page.totalCount);
      if (!page.nodes.length || rows.length >= page.totalCount) return rows;
    }
  }

  return {
    rows: computed(() => connection.value?.nodes ?? []),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    fetching: query.fetching,
    error: computed(() => errorText(query.error.value, t('common.networkError'))),
    view: o.view,
    refetch: () => void query.executeQuery({ requestPolicy: 'network-only' }),
    setSort: (sort) => actions.setSort(sort as ListSort<F>),
    setPage: actions.setPage,
    fetchAll,
  };
}
