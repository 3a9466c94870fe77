/**
 * What a list page's own statement read for one node's fields (a municipality, a count, the positions…), carried on
 * the node under a symbol: GraphQL reads only the type's declared fields, so it is invisible to clients.
 *
 * A field resolver that finds it answers synchronously, with no loader and no promise: graphql-js then completes the
 * whole page in one synchronous pass instead of a promise per field per row (issue 12: a list's CPU per request).
 * A node without it (any other caller of the type) is answered by the request's loaders as before, and the page
 * still primes those loaders, so a field asked elsewhere in the same operation gets the same values.
 */
const PAGE_EXTRAS = Symbol('pageExtras');

/** `node` carrying `extras` (when given) for its field resolvers; the same object. */
export function withPageExtras<T extends object, X>(node: T, extras: X | undefined): T {
  if (extras !== undefined) (node as T & { [PAGE_EXTRAS]?: X })[PAGE_EXTRAS] = extras;
  return node;
}

/** What the node's page read for its fields, if it came from such a page. */
export function pageExtrasOf<X>(node: object): X | undefined {
  return (node as { [PAGE_EXTRAS]?: X })[PAGE_EXTRAS];
}
