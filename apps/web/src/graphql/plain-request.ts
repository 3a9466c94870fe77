import type { TypedDocumentNode } from '@urql/vue';
import { keyOf, takeBooted } from './early-wire';
import type { ApiError } from './errors';
import { operationName, printDocument } from './print';

/** The answer of one plain request: the data, or what went wrong (GraphQL errors or no answer at all). */
export interface PlainResult<R> {
  data: R | null;
  error: ApiError | null;
}

/**
 * One GraphQL operation over a plain `fetch`, without urql's client (the sign-in page and the session check run
 * before urql is loaded: main.ts, app-shell.ts). POST with a JSON body (the API has CSRF prevention on), the session
 * cookie sent along. A query the boot script of index.html has sent already (graphql/early-boot.ts: the session check)
 * is answered from that request, once, when its answer is clean; otherwise it is sent.
 */
export async function plainRequest<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V): Promise<PlainResult<R>> {
  const name = operationName(document);
  const booted = name ? await takeBooted(keyOf(name, variables ?? {})) : null;
  if (booted) return { data: booted.data as R, error: null };
  let body: { data?: R | null; errors?: ApiError['graphQLErrors'] };
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName: name, query: printDocument(document), variables: variables ?? {} }),
    });
    body = (await res.json()) as typeof body;
    if (!body || typeof body !== 'object') throw new Error(`HTTP ${res.status}`);
  } catch (networkError) {
    return { data: null, error: { networkError, graphQLErrors: [] } };
  }
  const graphQLErrors = Array.isArray(body.errors) ? body.errors : [];
  return { data: body.data ?? null, error: graphQLErrors.length ? { graphQLErrors } : null };
}
