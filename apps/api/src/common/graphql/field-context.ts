import { GateRequest } from '../auth/actor';

/**
 * The GraphQL context as a field resolver receives it (`app.module.ts` builds `{ req, res }`).
 *
 * Field resolvers that run once per row of a list (a page's 50 organisations, their positions…) take graphql-js's
 * own arguments `(parent, args, context)` WITHOUT Nest parameter decorators (`@Parent`, `@Context`): Nest 11 then
 * binds the method directly as the field's resolver instead of wrapping it in its external context (parameter
 * factories and pipes awaited per call), which cost a list page a few hundred promise-returning pipe passes.
 * They must stay free of guards, interceptors and field middleware (none apply to field resolvers here).
 */
export interface FieldContext {
  req: GateRequest;
}
