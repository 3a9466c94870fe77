/**
 * Limits on what one GraphQL request may ask for. They are checked before the operation runs, the cheap ones first:
 * the query text's size (before parsing), its tokens (while parsing), aliases, directives and depth (validation), then
 * the cost (with the variables, before execution). Each refusal answers HTTP 400 with BAD_USER_INPUT and a Russian message.
 */
export const GRAPHQL_LIMITS = {
  /** Characters of the `query` text (the body may be larger: registry files travel base64 in the variables). */
  queryChars: 100_000,
  /** Lexical tokens of the query text; parsing stops at the first token over the limit. The largest SPA operation has ~120. */
  tokens: 3_000,
  /** Aliased fields in one operation (fragments included). The SPA uses none. */
  aliases: 15,
  /** Directives in one operation. */
  directives: 20,
  /** Nesting of fields. */
  depth: 10,
  /** Cost: every field 1, a list `first` × its children, and each root field ROOT_FIELD_COST (it runs its own SQL). */
  cost: 5_000,
  rootFieldCost: 20,
} as const;

/** What a limit refusal carries in `extensions.limit`. */
export type LimitName = 'bodySize' | 'queryChars' | 'tokens' | 'aliases' | 'directives' | 'depth' | 'cost';
