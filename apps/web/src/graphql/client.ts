import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError, type Operation } from '@urql/vue';
import { earlyFetch } from './early';
import { hasErrorCode } from './errors';

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
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (hasErrorCode(error, 'UNAUTHENTICATED')) hooks.onUnauthenticated(operation);
          else if (error.networkError) hooks.onNetworkError(error, operation);
        },
      }),
      fetchExchange,
    ],
  });
}

/** Context for list queries: refresh from the network while showing the cache, refetch after mutations of these types. */
export const listContext = (typename: string) => ({
  requestPolicy: 'cache-and-network' as const,
  additionalTypenames: [typename],
});
