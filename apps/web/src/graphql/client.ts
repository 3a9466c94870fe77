import { Client, cacheExchange, fetchExchange, mapExchange, ssrExchange, type CombinedError, type Exchange, type Operation } from '@urql/vue';
import { iconFontQuery } from '@/icon-font';
import { earlyFetch, takeEarly } from './early';
import { hasErrorCode } from './errors';
import { operationName } from './print';

export interface ClientHooks {
  /** The session is gone (expired, logged out elsewhere): send the user to the sign-in page. */
  onUnauthenticated(operation: Operation): void;
  /** No answer from the API at all. */
  onNetworkError(error: CombinedError, operation: Operation): void;
}

/**
 * The one GraphQL client of the SPA. Server state lives in its document cache;
 * the session cookie travels with every request.
 */
export function createGraphqlClient(hooks: ClientHooks): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'include' },
    // A page's first query may have been sent before urql was loaded (early.ts): its answer is taken from there.
    fetch: earlyFetch,
    // The API has CSRF prevention on: always POST with a JSON body.
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    exchanges: [
      // The icon font waits until the first page's data is drawn (icon-font.ts): the queries in flight.
      seeOperations((operation) => {
        if (operation.kind === 'query' || operation.kind === 'teardown') iconFontQuery(operation.key, operation.kind === 'query');
      }),
      mapExchange({
        onResult(result) {
          if (result.operation.kind === 'query' && !result.stale && !result.hasNext) iconFontQuery(result.operation.key, false);
        },
      }),
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (hasErrorCode(error, 'UNAUTHENTICATED')) hooks.onUnauthenticated(operation);
          else if (error.networkError) hooks.onNetworkError(error, operation);
        },
      }),
      ...earlyExchanges(),
      fetchExchange,
    ],
  });
}

type Operations = Parameters<ReturnType<Exchange>>[0];
/**
 * Sees every operation on its way down, teardowns too (mapExchange does not show those to its hook). urql's streams
 * are wonka sources: a function given a sink, to which every value comes as a signal `{ tag: 1, 0: value }`.
 */
const seeOperations =
  (see: (operation: Operation) => void): Exchange =>
  ({ forward }) =>
  (operations$) =>
    forward(((sink) =>
      operations$((signal) => {
        if (typeof signal === 'object' && signal.tag === 1) see(signal[0]);
        sink(signal);
      })) as Operations);

/**
 * A page's first query whose early answer (early.ts) has already come is answered in the same task, synchronously:
 * the page's `useQuery` has its data during its set-up, so its first render draws the rows, not a skeleton that the
 * rows replace a task later. The answer is handed over just as the identical query (name and variables) goes by,
 * keyed by that very operation, to urql's own exchange for data restored on the client (`ssrExchange`), which answers
 * it once and forgets it. Any other query, and one whose early answer has not come yet, goes on (`earlyFetch`).
 */
function earlyExchanges(): Exchange[] {
  const restored = ssrExchange({ isClient: true });
  const handOver = mapExchange({
    onOperation(operation) {
      if (operation.kind !== 'query' || operation.context.requestPolicy === 'network-only') return;
      const name = operationName(operation.query);
      const data = name ? takeEarly(name, operation.variables) : undefined;
      if (data !== undefined) restored.restoreData({ [operation.key]: { data: JSON.stringify(data), hasNext: false } });
    },
  });
  return [handOver, restored];
}

/** Context for list queries: refresh from the network while showing the cache, refetch after mutations of these types. */
export const listContext = (typename: string) => ({
  requestPolicy: 'cache-and-network' as const,
  additionalTypenames: [typename],
});
