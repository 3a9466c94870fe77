import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentNode } from 'graphql';
import { dropEarly, earlyFetch, sendEarly } from './early';

const doc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Things' },
      variableDefinitions: [],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'things' }, selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] } }],
      },
    },
  ],
} as unknown as DocumentNode;

const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const urqlBody = (variables: unknown) => JSON.stringify({ operationName: 'Things', query: 'query Things { things { id __typename } }', variables });

afterEach(() => {
  dropEarly();
  vi.unstubAllGlobals();
});

describe('early queries (graphql/early.ts)', () => {
  it('sends the document as urql would (with __typename) and answers the same query once from it', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer({ data: { things: [{ id: '1', __typename: 'Thing' }] } })).mockResolvedValue(answer({ data: { things: [] } }));
    vi.stubGlobal('fetch', fetch);
    sendEarly(doc, { b: 1, a: { y: null, x: 'x' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    const sent = JSON.parse(fetch.mock.calls[0]![1].body as string) as { query: string; operationName: string };
    expect(sent.operationName).toBe('Things');
    expect(sent.query).toBe('query Things { things { id __typename } }');

    // The same name and variables, keys in another order: answered from the early request, no second request.
    const first = await earlyFetch('/graphql', { method: 'POST', body: urqlBody({ a: { x: 'x', y: null }, b: 1 }) });
    expect(await first.json()).toEqual({ data: { things: [{ id: '1', __typename: 'Thing' }] } });
    expect(fetch).toHaveBeenCalledTimes(1);
    // Only once: the next one goes to the API.
    await earlyFetch('/graphql', { method: 'POST', body: urqlBody({ a: { x: 'x', y: null }, b: 1 }) });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('sends other variables, and a query whose early answer had errors, to the API', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] })).mockResolvedValue(answer({ data: { things: [] } }));
    vi.stubGlobal('fetch', fetch);
    sendEarly(doc, { page: 1 });
    await earlyFetch('/graphql', { method: 'POST', body: urqlBody({ page: 2 }) });
    expect(fetch).toHaveBeenCalledTimes(2);
    const res = await earlyFetch('/graphql', { method: 'POST', body: urqlBody({ page: 1 }) });
    expect(await res.json()).toEqual({ data: { things: [] } });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not send again what the page already asked for itself (its code was there first)', async () => {
    const fetch = vi.fn().mockResolvedValue(answer({ data: { things: [] } }));
    vi.stubGlobal('fetch', fetch);
    sendEarly(doc, { page: 1 });
    await earlyFetch('/graphql', { method: 'POST', body: urqlBody({ page: 2 }) });
    expect(fetch).toHaveBeenCalledTimes(2);
    sendEarly(doc, { page: 2 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('forgets answers nobody asked for (the next navigation)', async () => {
    const fetch = vi.fn().mockResolvedValue(answer({ data: { things: [] } }));
    vi.stubGlobal('fetch', fetch);
    sendEarly(doc, {});
    dropEarly();
    await earlyFetch('/graphql', { method: 'POST', body: urqlBody({}) });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
