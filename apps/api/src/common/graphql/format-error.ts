import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/errors';

const KNOWN = new Set<string>(Object.values(ErrorCode));
const APOLLO_INPUT = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

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
    if (APOLLO_INPUT.has(code)) return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    if (!production) console.error('[graphql] unexpected error:', formatted.message, formatted.path ?? '');
    return {
      message: 'Внутренняя ошибка сервера',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(production ? {} : { detail: formatted.message, stacktrace: extensions['stacktrace'] }) },
    };
  };
}
