import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/errors';

const KNOWN = new Set<string>(Object.values(ErrorCode));
const APOLLO_INPUT = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** Refusals of the parser and of graphql-armor's rules (English) → a Russian message and the limit's name. */
const LIMIT_MESSAGES: { pattern: RegExp; limit: string; message: (m: RegExpMatchArray) => string }[] = [
  {
    pattern: /Document contains more that (\d+) tokens/,
    limit: 'tokens',
    message: (m) => `Запрос слишком длинный: больше ${m[1]} лексем`,
  },
  {
    pattern: /Aliases limit of (\d+) exceeded, found (\d+)/,
    limit: 'aliases',
    message: (m) => `Слишком много псевдонимов полей в запросе: ${m[2]} при допустимых ${m[1]}`,
  },
  {
    pattern: /Directives limit of (\d+) exceeded, found (\d+)/,
    limit: 'directives',
    message: (m) => `Слишком много директив в запросе: ${m[2]} при допустимых ${m[1]}`,
  },
];

/** A Russian message for an operation GraphQL refused before running it (GraphQL's own English detail follows it). */
function inputRefusal(code: string, message: string): { message: string; extensions: Record<string, unknown> } {
  for (const known of LIMIT_MESSAGES) {
    const m = message.match(known.pattern);
    if (m) return { message: known.message(m), extensions: { limit: known.limit } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED') return { message: `Синтаксическая ошибка в запросе: ${message}`, extensions: {} };
  if (code === 'GRAPHQL_VALIDATION_FAILED') return { message: `Запрос не соответствует схеме API: ${message}`, extensions: {} };
  return { message: `Неверный запрос к API: ${message}`, extensions: {} };
}

/**
 * The single place errors leave the API: known codes pass with their Russian messages,
 * malformed operations become BAD_USER_INPUT, anything else becomes an opaque internal error.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = String(formatted.extensions?.['code'] ?? '');
    const extensions = { ...formatted.extensions };
    if (production) delete extensions['stacktrace'];
    if (KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...formatted, extensions };
    if (APOLLO_INPUT.has(code)) {
      const refusal = inputRefusal(code, formatted.message);
      return {
        ...formatted,
        message: refusal.message,
        extensions: { ...extensions, ...refusal.extensions, code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (!production) console.error('[graphql] unexpected error:', formatted.message, formatted.path ?? '');
    return {
      message: 'Внутренняя ошибка сервера',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(production ? {} : { detail: formatted.message, stacktrace: extensions['stacktrace'] }) },
    };
  };
}
