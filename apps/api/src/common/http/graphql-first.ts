import type { ApolloServer, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { INestApplication } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { refuse } from '../graphql/query-text-limit';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface GraphqlFirstOptions {
  /** The JSON body limit, in bytes (a larger body goes to Express's body parser for its 413). */
  maxBodyBytes: number;
  /** What the Express stack does for a POST /graphql before Apollo, each calling next at once (synchronously). */
  securityHeaders: Middleware;
  compression: Middleware;
  queryTextLimit: Middleware;
  cookies: Middleware;
  /** The Apollo context of a request (the one Nest's driver is given). */
  context: (args: { req: IncomingMessage; res: ServerResponse }) => BaseContext;
  /** Apollo Server and whether the database is there, once the application is initialised; null before. */
  resolve: () => { apollo: ApolloServer<BaseContext>; databaseAvailable: () => boolean; refuseUnavailable: Middleware } | null;
}

/** `application/json`, with no charset or UTF-8 (what body-parser's JSON parser reads without iconv). */
const JSON_TYPE = /^application\/json[ \t]*(;[ \t]*charset=("?)utf-8\2[ \t]*)?$/i;
/** body-parser's strict mode: only an object or an array at the top. */
const FIRST_CHAR = /^[ \t\n\r]*(.)/;

function isPlainGraphqlPost(req: IncomingMessage, maxBodyBytes: number): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const type = req.headers['content-type'];
  if (!type || !JSON_TYPE.test(type)) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return false;
  const length = req.headers['content-length'];
  if (!length || !/^\d+$/.test(length) || Number(length) > maxBodyBytes) return false;
  return !req.headers['transfer-encoding'];
}

/**
 * `POST /graphql` served by Apollo ahead of Express's router and Nest's middleware (issue 12: a `{ __typename }`
 * cost 2.5× Apollo standalone's CPU, spread over ten layers). It does, in the same order and with the same answers,
 * only what such a request passes through there: the security headers, compression when accepted, the JSON body
 * (UTF-8, strict, at most the limit: the same 400 for a body that is not JSON), the query-text limit, the cookies,
 * the 503 while the database is away, then Apollo (which keeps its CSRF prevention, the limits, the rate budget and
 * the audit plugins), its answer written as Apollo standalone writes it. `req`/`res` get Express's prototypes as
 * Express gives them, so resolvers see the same request (`req.ip` behind the trusted proxy, `res.cookie`).
 * Anything else — another path or method, another content type or charset, a compressed or chunked body, a body
 * over the limit (body-parser's 413), the time before the application is initialised — goes to Express as before.
 */
export function serveGraphqlFirst(app: INestApplication, opts: GraphqlFirstOptions): void {
  const server = app.getHttpServer() as Server;
  const express = app.getHttpAdapter().getInstance() as ((req: IncomingMessage, res: ServerResponse) => void) & {
    request: object;
    response: object;
  };
  if (!server.listeners('request').includes(express)) throw new Error('serveGraphqlFirst: Express is not the HTTP server’s request listener');
  let ready: ReturnType<GraphqlFirstOptions['resolve']> = null;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (!isPlainGraphqlPost(req, opts.maxBodyBytes)) return express(req, res);
    if (!ready) {
      try {
        ready = opts.resolve();
      } catch {
        ready = null; // not initialised yet
      }
    }
    if (!ready) return express(req, res);
    const { apollo, databaseAvailable, refuseUnavailable } = ready;
    // What Express's app.handle does for every request (X-Powered-By is disabled).
    (req as IncomingMessage & { res: ServerResponse }).res = res;
    (req as IncomingMessage & { originalUrl: string }).originalUrl = req.url ?? '/graphql'; // as Express's router sets it
    (res as ServerResponse & { req: IncomingMessage }).req = req;
    Object.setPrototypeOf(req, express.request);
    Object.setPrototypeOf(res, express.response);
    (res as ServerResponse & { locals?: object }).locals ??= Object.create(null);
    const fail = (err: unknown): void => {
      console.error(err);
      if (res.headersSent) return void res.destroy();
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Internal Server Error');
    };
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => undefined);
    req.on('end', () => {
      let body: unknown;
      try {
        opts.securityHeaders(req, res, () => undefined);
        let buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
        if (buf.length === 0) body = {};
        else {
          const text = buf.toString('utf8');
          const first = FIRST_CHAR.exec(text)?.[1];
          try {
            if (first !== '{' && first !== '[') throw new SyntaxError('not an object or array');
            body = JSON.parse(text);
          } catch {
            return refuse(res as never, req.headers['accept'], 400, 'Тело запроса — не JSON', 'body');
          }
        }
        (req as IncomingMessage & { body: unknown }).body = body;
        let passed = false;
        const next = (): void => {
          passed = true;
        };
        for (const step of [opts.compression, opts.queryTextLimit, opts.cookies]) {
          passed = false;
          step(req, res, next);
          if (!passed) return;
        }
        if (!databaseAvailable()) return refuseUnavailable(req, res, () => undefined);
      } catch (err) {
        return fail(err);
      }
      void answer(apollo, req, res, body, opts.context).catch(fail);
    });
  };
  server.removeListener('request', express);
  server.prependListener('request', handle);
}

async function answer(apollo: ApolloServer<BaseContext>, req: IncomingMessage, res: ServerResponse, body: unknown, context: GraphqlFirstOptions['context']): Promise<void> {
  const headers = new HeaderMap();
  for (const key in req.headers) {
    const value = req.headers[key];
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q), body },
    context: async () => context({ req, res }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    res.write(chunk);
    (res as ServerResponse & { flush?: () => void }).flush?.();
  }
  res.end();
}
