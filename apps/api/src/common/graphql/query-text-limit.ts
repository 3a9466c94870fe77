import { ErrorCode } from '../errors/errors';
import { GRAPHQL_LIMITS } from './limits';

interface Req {
  method: string;
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
}
interface Res {
  status(code: number): Res;
  setHeader(name: string, value: string): void;
  end(body: string): void;
}

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

/** The response media type of the GraphQL-over-HTTP spec when the client accepts it, plain JSON otherwise. */
export function responseType(accept: string | string[] | undefined): string {
  const a = Array.isArray(accept) ? accept.join(',') : (accept ?? '');
  return a.includes('application/graphql-response+json') ? GRAPHQL_RESPONSE_JSON : 'application/json; charset=utf-8';
}

function queryLength(body: unknown): number {
  const texts = (Array.isArray(body) ? body : [body]).map((b) =>
    b && typeof b === 'object' && typeof (b as { query?: unknown }).query === 'string' ? (b as { query: string }).query.length : 0,
  );
  return Math.max(0, ...texts);
}

/**
 * Refuses a query text over GRAPHQL_LIMITS.queryChars before GraphQL sees it (an express middleware on /graphql, after
 * the JSON body parser): a 12 MB query is turned away without being hashed, lexed or parsed.
 */
export function queryTextLimit() {
  return (req: Req, res: Res, next: () => void): void => {
    const length = req.method === 'POST' ? queryLength(req.body) : 0;
    if (length <= GRAPHQL_LIMITS.queryChars) return next();
    res.status(400);
    res.setHeader('content-type', responseType(req.headers['accept']));
    res.end(
      JSON.stringify({
        errors: [
          {
            message: `Текст запроса слишком длинный: ${length} символов при допустимых ${GRAPHQL_LIMITS.queryChars}`,
            extensions: { code: ErrorCode.BAD_USER_INPUT, limit: 'queryChars' },
          },
        ],
      }),
    );
  };
}
