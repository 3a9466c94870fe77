import type { DocumentNode } from 'graphql';
import { dropBooted, earlyRequest, keyOf, takeBooted, type EarlyAnswer } from './early-wire';
import { operationName, printDocument } from './print';

/** Queries sent before the app's shell was loaded, by operation name and variables, until the page asks for them. */
const pending = new Map<string, Promise<EarlyAnswer | null>>();
/** Those of them whose clean answer has come, until the page asks for them: handed over in the same task (`takeEarly`). */
const arrived = new Map<string, EarlyAnswer>();
/** From the first early query until the first page is left: what the page asks is remembered (`asked`). */
let open = false;
/** Queries the page already sent itself (its code won the race): not sent a second time. */
const asked = new Set<string>();

interface AstNode {
  kind: string;
  selectionSet?: { kind: string; selections: AstNode[] };
  name?: { value: string };
  alias?: unknown;
  [key: string]: unknown;
}

/** The document as urql's client sends it: `__typename` in every selection set but the operation's own (its cache reads it). */
export function withTypename(node: AstNode): AstNode {
  const out: AstNode = { ...node };
  if (Array.isArray(node['definitions'])) out['definitions'] = (node['definitions'] as AstNode[]).map(withTypename);
  if (node.selectionSet) {
    const selections = node.selectionSet.selections.map(withTypename);
    const has = node.kind === 'OperationDefinition' || selections.some((s) => s.kind === 'Field' && s.name?.value === '__typename' && !s.alias);
    if (!has) selections.push({ kind: 'Field', name: { kind: 'Name', value: '__typename' } } as unknown as AstNode);
    out.selectionSet = { ...node.selectionSet, selections };
  }
  return out;
}

/**
 * Sends a page's first query as soon as the page is known (main.ts, a route's `meta.early`), before the app's
 * shell, the session check and the page's own code have loaded: the answer is there when the page mounts and asks
 * for it through urql (`earlyFetch`, the client's fetch), instead of after them. The variables must be those the
 * page will send; an answer nobody asks for is dropped at the next navigation (`dropEarly`). Resolves to the answer's
 * data (null when it failed).
 */
export function sendEarly<R = unknown>(document: DocumentNode, variables: Record<string, unknown>): Promise<R | null> {
  const name = operationName(document);
  if (!name || asked.has(keyOf(name, variables))) return Promise.resolve(null);
  open = true;
  const key = keyOf(name, variables);
  // The boot script of index.html may have sent it already (early-boot.ts): that request is the one.
  const request =
    takeBooted(key) ?? earlyRequest(name, printDocument(withTypename(document as unknown as AstNode) as unknown as DocumentNode), variables);
  const answer: Promise<EarlyAnswer | null> = request
    .then((a) => {
      // Still wanted (not taken by the page's request meanwhile, not dropped): ready to be handed over at once.
      if (a && pending.get(key) === answer) arrived.set(key, a);
      return a;
    });
  pending.set(key, answer);
  // The data, for a page whose next query depends on this one's answer (its defaults).
  return answer.then((a) => (a ? (a.data as R) : null));
}

/**
 * The data of an early query with this name and variables whose clean answer has already come, taken (once) — for
 * urql's exchange (graphql/client.ts) to answer the page's query in the same task, so that the page's first render
 * already has its rows. `undefined` when there is none yet: the query then goes on to `earlyFetch`.
 */
export function takeEarly(name: string, variables: unknown): unknown {
  if (!open) return undefined;
  const key = keyOf(name, variables);
  const a = arrived.get(key);
  if (!a) return undefined;
  arrived.delete(key);
  pending.delete(key);
  return a.data;
}

/**
 * urql's fetch: a query sent early with the same name and variables is answered from that request (once); any other
 * request, and one whose early answer failed or carried errors, goes to the API.
 */
export function earlyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (!open || typeof init?.body !== 'string') return fetch(input, init);
  let key: string | null = null;
  try {
    const body = JSON.parse(init.body) as { operationName?: unknown; variables?: unknown };
    if (typeof body.operationName === 'string') key = keyOf(body.operationName, body.variables);
  } catch {
    key = null;
  }
  if (key === null) return fetch(input, init);
  const early = pending.get(key);
  if (!early) {
    if (open) asked.add(key);
    return fetch(input, init);
  }
  pending.delete(key);
  arrived.delete(key);
  return early.then((a) => (a ? new Response(a.text, { status: a.status, headers: { 'content-type': a.type } }) : fetch(input, init)));
}

/** Forgets the answers no page asked for (the user moved on): a later visit fetches fresh rows. */
export function dropEarly(): void {
  open = false;
  dropBooted();
  pending.clear();
  arrived.clear();
  asked.clear();
}
