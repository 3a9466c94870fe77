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

/** A refusal before GraphQL runs, in GraphQL's shape. */
export function refuse(res: Res, accept: Req['headers'][string], status: number, message: string, limit: string): void {
  res.status(status);
  res.setHeader('content-type', responseType(accept));
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, limit } }] }));
}

/**
 * A body over the JSON parser's limit (body-parser's 413) or one that is not JSON (400), answered like any other
 * GraphQL refusal instead of Express's HTML error page. Registered as an error handler right after the body parser.
 */
export function bodyErrors(maxBytes: string) {
  return (err: { type?: string; status?: number }, req: Req, res: Res, next: (err?: unknown) => void): void => {
    if (err?.type === 'entity.too.large') return refuse(res, req.headers['accept'], 413, `Запрос слишком большой: больше ${maxBytes}`, 'bodySize');
    if (err?.type === 'entity.parse.failed') return refuse(res, req.headers['accept'], 400, 'Тело запроса — не JSON', 'body');
    next(err);
  };
}

/**
 * Refuses a query text over GRAPHQL_LIMITS.queryChars before GraphQL sees it (an express middleware on /graphql, after
 * the JSON body parser): a 12 MB query is turned away without being hashed, lexed or parsed.
 */
export function queryTextLimit() {
  return (req: Req, res: Res, next: () => void): void => {
    const length = req.method === 'POST' ? queryLength(req.body) : 0;
    if (length <= GRAPHQL_LIMITS.queryChars) return next();
    refuse(res, req.headers['accept'], 400, `Текст запроса слишком длинный: ${length} символов при допустимых ${GRAPHQL_LIMITS.queryChars}`, 'queryChars');
  };
}
