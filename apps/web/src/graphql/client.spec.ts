import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentNode } from 'graphql';
import type { OperationResult } from '@urql/vue';
import { createGraphqlClient } from './client';
import { ICONS_READY, resetIconFontGate, startIconFontGate } from '@/icon-font';
import { dropEarly, sendEarly } from './early';

const doc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Things' },
      variableDefinitions: [{ kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } }],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'things' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'page' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const early = { data: { things: [{ id: 'early', __typename: 'Thing' }] } };
const fresh = { data: { things: [{ id: 'fresh', __typename: 'Thing' }] } };
const client = () => createGraphqlClient({ onUnauthenticated: vi.fn(), onNetworkError: vi.fn() });

/** Starts the query as a page's useQuery does; `results` holds what has come so far (synchronously too). */
function run(c: ReturnType<typeof client>, variables: { page: number }, requestPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network') {
  const results: OperationResult[] = [];
  const sub = c.query(doc, variables, { requestPolicy }).subscribe((r) => results.push(r));
  return { results, sub };
}
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 0));
};

afterEach(() => {
  resetIconFontGate();
  dropEarly();
  vi.unstubAllGlobals();
});

describe('the client and the early queries (graphql/client.ts)', () => {
  it('answers the page’s query synchronously (in its first render) when its early answer has come, without a request', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer(early)).mockImplementation(() => Promise.resolve(answer(fresh)));
    vi.stubGlobal('fetch', fetch);
    expect(await sendEarly(doc, { page: 1 })).toEqual(early.data);

    const c = client();
    const { results, sub } = run(c, { page: 1 });
    // Already there, before anything was awaited.
    expect(results).toHaveLength(1);
    expect(results[0]!.data).toEqual(early.data);
    expect(results[0]!.stale).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
    sub.unsubscribe();

    // Once only: asked again from the network, it is not answered from the early request.
    const again = run(c, { page: 1 }, 'network-only');
    await until(() => again.results.length > 0);
    expect(again.results[0]!.data).toEqual(fresh.data);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('waits for an early answer still on its way (one request in all), and sends other variables to the API', async () => {
    let arrive: (r: Response) => void = () => undefined;
    const fetch = vi
      .fn()
      .mockReturnValueOnce(new Promise<Response>((resolve) => (arrive = resolve)))
      .mockImplementation(() => Promise.resolve(answer(fresh)));
    vi.stubGlobal('fetch', fetch);
    void sendEarly(doc, { page: 1 });

    const c = client();
    const page = run(c, { page: 1 });
    expect(page.results).toHaveLength(0);
    const other = run(c, { page: 2 });
    arrive(answer(early));
    await until(() => page.results.length > 0 && other.results.length > 0);
    expect(page.results[0]!.data).toEqual(early.data);
    expect(other.results[0]!.data).toEqual(fresh.data);
    // The early request and the one for page 2.
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('never answers from an early answer with errors, nor after the first page was left', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(answer({ data: null, errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] }))
      .mockImplementation(() => Promise.resolve(answer(fresh)));
    vi.stubGlobal('fetch', fetch);
    expect(await sendEarly(doc, { page: 1 })).toBeNull();
    const c = client();
    const failed = run(c, { page: 1 });
    expect(failed.results).toHaveLength(0);
    await until(() => failed.results.length > 0);
    expect(failed.results[0]!.data).toEqual(fresh.data);
    expect(fetch).toHaveBeenCalledTimes(2);

    await sendEarly(doc, { page: 3 });
    dropEarly();
    const left = run(c, { page: 3 });
    expect(left.results).toHaveLength(0);
    await until(() => left.results.length > 0);
    expect(left.results[0]!.data).toEqual(fresh.data);
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('tells the icon font gate which queries are in flight, a torn-down one included', async () => {
    let arrive: (r: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn().mockReturnValueOnce(new Promise<Response>(() => undefined)).mockReturnValueOnce(new Promise<Response>((resolve) => (arrive = resolve))));
    // Fake timers: the gate's cap (2.5 s) never comes within this test; only the queries open it.
    vi.useFakeTimers();
    try {
      const c = client();
      const left = run(c, { page: 1 });
      const shown = run(c, { page: 2 });
      startIconFontGate();
      const ready = () => document.documentElement.classList.contains(ICONS_READY);
      await vi.advanceTimersByTimeAsync(100);
      expect(ready()).toBe(false);
      arrive(answer(fresh));
      await vi.advanceTimersByTimeAsync(100);
      expect(shown.results[0]!.data).toEqual(fresh.data);
      // The first page's query that never answered was torn down (its page was left): nothing is in flight any more.
      expect(ready()).toBe(false);
      left.sub.unsubscribe();
      await vi.advanceTimersByTimeAsync(100);
      expect(ready()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
