import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode, FragmentDefinitionNode, DocumentNode } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/errors';
import { GRAPHQL_LIMITS, LimitName } from './limits';

export const MAX_DEPTH = GRAPHQL_LIMITS.depth;
export const MAX_COST = GRAPHQL_LIMITS.cost;

/**
 * A refusal before execution. Thrown from a plugin hook, Apollo answers 500 unless the error names its HTTP status:
 * it is the caller's request that is wrong, so 400 (GraphQL over HTTP).
 */
export function refusal(message: string, limit?: LimitName): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(limit ? { limit } : {}), http: { status: 400 } } });
}

/**
 * graphql-armor's validation rules for aliases and directives (refused at validation: HTTP 400). Tokens are limited by
 * the parser itself (`parseOptions.maxTokens`: armor's token plugin throws from a hook, which Apollo answers with 500),
 * depth and cost by `limitsPlugin` (the cost needs the variables). In production the "Did you mean …" suggestions,
 * which would spell out the schema that introspection hides, are removed.
 */
export function armorProtection(production: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    maxAliases: { n: GRAPHQL_LIMITS.aliases },
    maxDirectives: { n: GRAPHQL_LIMITS.directives },
    maxTokens: { enabled: false },
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens } };
}

function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
      const f = fragments[sel.name.value];
      if (f) max = Math.max(max, depthOf(f.selectionSet, fragments, new Set([...seen, sel.name.value])));
    }
  }
  return max;
}

export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const ops: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION) ops.push(d);
  }
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  return op ? depthOf(op.selectionSet, fragments, new Set()) : 0;
}

/**
 * Computing the cost coerces the variables first, so a bad variable (an unknown enum value, a string for a number)
 * fails here, before execution would have refused it: it is the caller's input, not a server fault.
 */
function complexityOf(compute: () => number): number {
  try {
    return compute();
  } catch (err) {
    if (err instanceof GraphQLError && !err.extensions['code']) throw refusal(`Неверное значение переменной запроса: ${err.message}`);
    throw err;
  }
}

/**
 * The cost of an operation: every field 1, a list field its page size (`first`) times its children, and a root
 * field GRAPHQL_LIMITS.rootFieldCost more (each runs SQL of its own, so 500 aliases of `organization(id)` cost 500 of
 * them). Computing it coerces the variables, so a bad variable is refused here.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): number {
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType()].filter((x) => !!x));
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [
      ({ type, args, childComplexity }) => {
        const first = typeof args['first'] === 'number' ? args['first'] : undefined;
        const own = first !== undefined ? first * (1 + childComplexity) : 1 + childComplexity;
        return roots.has(type) ? GRAPHQL_LIMITS.rootFieldCost + own : first !== undefined ? own : undefined;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** The depth and cost the limits plugin computed for a request (the rate limit reads them instead of computing again). */
const measured = new WeakMap<object, { depth: number; cost: number }>();

/** What `limitsPlugin` measured for this request, if it ran and the request passed its checks. */
export function measuredOf(request: object): { depth: number; cost: number } | undefined {
  return measured.get(request);
}

/**
 * Refuses operations deeper than MAX_DEPTH or costlier than MAX_COST. A list field costs its
 * page size (`first`) times its children, so a page of 100 rows with nested lists adds up; a root field costs
 * GRAPHQL_LIMITS.rootFieldCost more, so aliases of one root field (each its own SQL) add up too.
 */
export function limitsPlugin(): ApolloServerPlugin {
  // Apollo keeps one parsed document per query text, so the depth and cost of a document with the same operation
  // name and (small) variables are measured once. Only measurements that passed are kept; a refusal is computed again.
  const known = new WeakMap<DocumentNode, Map<string, { depth: number; cost: number }>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const key = measureKey(request.operationName, request.variables);
          const cached = key === null ? undefined : known.get(document)?.get(key);
          if (cached) {
            measured.set(request, cached);
            return;
          }
          const depth = queryDepth(document, request.operationName);
          if (depth > MAX_DEPTH) {
            throw refusal(`Запрос слишком глубокий: ${depth} уровней при допустимых ${MAX_DEPTH}`, 'depth');
          }
          const cost = complexityOf(() => operationCost(schema, document, request.operationName, request.variables ?? {}));
          if (cost > MAX_COST) {
            throw refusal(`Запрос слишком тяжёлый: стоимость ${cost} при допустимой ${MAX_COST}`, 'cost');
          }
          measured.set(request, { depth, cost });
          if (key !== null) {
            let byKey = known.get(document);
            if (!byKey) known.set(document, (byKey = new Map()));
            if (byKey.size >= MEASURED_PER_DOCUMENT) byKey.clear();
            byKey.set(key, { depth, cost });
          }
        },
      };
    },
  };
}

const MEASURED_PER_DOCUMENT = 200;
const MEASURE_KEY_CHARS = 2_000;

/**
 * The key of a measurement: the operation name and the variables as JSON, or null (not kept) when the variables are
 * large — an import's base64 file is not serialised again just to find a cost. Scalars and small objects only.
 */
export function measureKey(operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string | null {
  let budget = MEASURE_KEY_CHARS;
  const fits = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v === 'number' || typeof v === 'boolean' || v === undefined) return (budget -= 8) > 0;
    if (typeof v === 'string') return (budget -= v.length + 2) > 0;
    if (depth > 4 || typeof v !== 'object') return false;
    const values = Array.isArray(v) ? v : Object.entries(v as Record<string, unknown>).map(([k, x]) => ((budget -= k.length + 3), x));
    return values.every((x) => fits(x, depth + 1));
  };
  if (variables && !fits(variables, 0)) return null;
  return `${operationName ?? ''}\n${variables ? JSON.stringify(variables) : ''}`;
}
