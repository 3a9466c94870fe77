import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, FragmentDefinitionNode, DocumentNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/errors';

export const MAX_DEPTH = 10;
export const MAX_COST = 5000;

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
    if (err instanceof GraphQLError && !err.extensions['code']) {
      throw new GraphQLError(`Неверное значение переменной запроса: ${err.message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    throw err;
  }
}

/**
 * Refuses operations deeper than MAX_DEPTH or costlier than MAX_COST. A list field costs its
 * page size (`first`) times its children, so a page of 100 rows with nested lists adds up.
 */
export function limitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depth = queryDepth(document, request.operationName);
          if (depth > MAX_DEPTH) {
            throw new GraphQLError(`Запрос слишком глубокий: ${depth} уровней при допустимых ${MAX_DEPTH}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            });
          }
          const cost = complexityOf(() =>
            getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              ({ args, childComplexity }) => {
                const first = typeof args['first'] === 'number' ? args['first'] : undefined;
                return first !== undefined ? first * (1 + childComplexity) : undefined;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
            }),
          );
          if (cost > MAX_COST) {
            throw new GraphQLError(`Запрос слишком тяжёлый: стоимость ${cost} при допустимой ${MAX_COST}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            });
          }
        },
      };
    },
  };
}
