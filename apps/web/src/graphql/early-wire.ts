/**
 * What the boot script (early-boot.ts, built into a tiny script of index.html) and the app (early.ts,
 * plain-request.ts) share about the queries sent before the app has loaded: how a query is keyed, sent and its answer
 * read. Nothing here may import more than this file: the boot script is built from it.
 */

/** An answer of the API as it came (the body is read once, here; urql reads the copy made of it). */
export interface EarlyAnswer {
  status: number;
  type: string;
  text: string;
  /** The answer's `data`. */
  data: unknown;
}

/** Where the boot scripts leave their requests, by key (`keyOf`), for the app to take (once); and whether the app has started. */
const BOOTED = '__metodsetEarly';
const STARTED = '__metodsetEarlyTaken';
type Booted = Record<string, Promise<EarlyAnswer | null> | undefined>;
const slot = globalThis as unknown as { [BOOTED]?: Booted; [STARTED]?: boolean };

/**
 * The variables as they travel (JSON), with the keys of every object in one order. (This and early.ts's
 * `withTypename` do what @urql/core's `stringifyVariables` and `formatDocument` do; importing them here would put the
 * `app-shell` chunk, where urql lives, in front of the early query, which must leave before the shell loads.)
 */
function stable(variables: unknown): string {
  const plain: unknown = JSON.parse(JSON.stringify(variables ?? {}));
  return JSON.stringify(plain, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
/** A query's identity for the early answers: its operation name and variables (one name, one document in the app). */
export const keyOf = (name: string, variables: unknown): string => `${name} ${stable(variables)}`;

/**
 * Sends one query as the app's plain requests and urql do (POST, JSON, the session cookie) and reads its answer: only
 * a clean one (200, data, no errors) is kept; with errors (signed out, no such row) or none at all, null — the app's
 * own request then asks again.
 */
export function earlyRequest(name: string, query: string, variables: unknown): Promise<EarlyAnswer | null> {
  return fetch('/graphql', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: name, query, variables }),
  })
    .then(async (res) => {
      const text = await res.text();
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
      return res.status === 200 && !body.errors && body.data ? { status: res.status, type: res.headers.get('content-type') ?? 'application/json', text, data: body.data } : null;
    })
    .catch(() => null);
}

/**
 * A boot script's side (index.html's, then the first page's): starts these queries, unless the app has already
 * started (a boot script that came late sends nothing: the app sends its own requests, never a second one).
 */
export function bootSend(queries: readonly (readonly [name: string, query: string, variables: unknown])[]): void {
  if (slot[STARTED]) return;
  const sent = (slot[BOOTED] ??= {});
  for (const [name, query, variables] of queries) sent[keyOf(name, variables)] ??= earlyRequest(name, query, variables);
}

/**
 * The app's side: the boot scripts' request for this key, taken (once) — undefined when they sent none. From the app's
 * first call on, a boot script that has not run yet sends nothing.
 */
export function takeBooted(key: string): Promise<EarlyAnswer | null> | undefined {
  slot[STARTED] = true;
  const sent = slot[BOOTED];
  const answer = sent?.[key];
  if (sent) delete sent[key];
  return answer;
}

/** Forgets the boot scripts' requests nobody took (the first page was left). */
export function dropBooted(): void {
  slot[STARTED] = true;
  slot[BOOTED] = {};
}
