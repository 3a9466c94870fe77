import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { AbstractGraphQLDriver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AppModule, graphqlContext } from './app.module';
import { serveGraphqlFirst } from './common/http/graphql-first';
import { spaStatic } from './common/http/spa-static';
import { bodyErrors, queryTextLimit } from './common/graphql/query-text-limit';
import { AppConfig } from './config/config';
import { QueryCounter } from './database/query-counter';
import { lowerPoolBackendsWeight } from './database/backend-weight';
import { DatabaseMonitor } from './modules/health/database-monitor';
import { DatabaseUnavailableMiddleware } from './modules/health/database-unavailable.middleware';

/** The JSON body limit: registry files arrive base64-encoded in GraphQL (≤ IMPORT_MAX_BYTES = 10 MB → ~14 MB of JSON). */
const MAX_BODY = { bytes: 15 * 1024 * 1024, parser: '15mb', label: '15 МБ' };

/**
 * Security headers (helmet). The CSP allows only the app's own origin: no inline or foreign scripts, no eval, no
 * frames around it (frame-ancestors 'none' and X-Frame-Options DENY). Styles allow 'unsafe-inline' because PrimeVue
 * injects its theme as <style> elements at run time and components set style attributes; nothing else is inline.
 * HSTS only in production (a development server on plain HTTP would pin the browser to HTTPS for localhost).
 */
export function securityHeaders(production: boolean) {
  return staticHeaders(helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  }));
}

interface HeaderTarget {
  setHeader(name: string, value: string | number | readonly string[]): unknown;
  removeHeader(name: string): unknown;
}

/**
 * The headers a middleware sets when they depend on nothing in the request (helmet's, with no nonce or function in
 * the policy), found once by running it against a recorder and then set by one function: helmet runs 13 middlewares
 * per request (about 3 % of a `{ __typename }`). A middleware that reads the request or the response, or does
 * not call next at once, fails here, at start-up.
 */
export function staticHeaders<Req, Res extends HeaderTarget>(middleware: (req: Req, res: Res, next: (err?: unknown) => void) => void) {
  const ops: ({ set: string; value: string | number | readonly string[] } | { remove: string })[] = [];
  let called = false;
  const recorder: HeaderTarget = {
    setHeader: (name, value) => ops.push({ set: name, value }),
    removeHeader: (name) => ops.push({ remove: name }),
  };
  middleware(Object.freeze({}) as Req, recorder as Res, (err) => {
    if (err) throw err;
    called = true;
  });
  if (!called) throw new Error('staticHeaders: the middleware did not call next at once');
  return (_req: Req, res: Res, next: () => void): void => {
    for (const op of ops) {
      if ('set' in op) res.setHeader(op.set, op.value);
      else res.removeHeader(op.remove);
    }
    next();
  };
}

/**
 * gzip/brotli for answers whose client accepts an encoding (browsers always do). A request that accepts none
 * (server-to-server clients, load generators) skips the middleware: it would wrap write/end and the headers of every
 * answer only to send it as it is.
 */
export function compressionIfAccepted() {
  const compress = compression();
  return (req: { headers: Record<string, string | string[] | undefined> }, res: unknown, next: (err?: unknown) => void): void => {
    if (req.headers['accept-encoding']) (compress as (req: unknown, res: unknown, next: (err?: unknown) => void) => void)(req, res, next);
    else next();
  };
}

/** Where the built SPA lies: WEB_DIST_DIR, or dist/web next to the compiled API. */
function webDist(config: AppConfig): string | null {
  const candidates = [config.WEB_DIST_DIR, resolve(process.cwd(), 'dist/web')].filter((x): x is string => !!x);
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? null;
}

export interface CreateAppOptions {
  queryCounter?: QueryCounter;
  logger?: false;
  /**
   * The database runs on this host outside any container (the embedded server): its backends get a lower CPU weight
   * than the API's process where the kernel schedules by autogroup (`database/backend-weight.ts`).
   */
  databaseOnThisHost?: boolean;
}

export async function createApp(config: AppConfig, databaseUrl: string, opts: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, queryCounter: opts.queryCounter }), {
    logger: opts.logger ?? (config.isProduction ? ['error', 'warn'] : ['error', 'warn', 'log']),
    // Only JSON bodies are read (GraphQL); Nest's default urlencoded parser ran on every request for nothing.
    bodyParser: false,
  });
  if (opts.databaseOnThisHost) {
    const pool = (app.get(DataSource, { strict: false }).driver as unknown as { master?: Parameters<typeof lowerPoolBackendsWeight>[0] }).master;
    if (pool) lowerPoolBackendsWeight(pool);
  }
  app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: MAX_BODY.parser });
  app.use(bodyErrors(MAX_BODY.label));
  app.disable('x-powered-by');
  const headers = securityHeaders(config.isProduction);
  const compress = compressionIfAccepted();
  const textLimit = queryTextLimit();
  const cookies = cookieParser();
  app.use(headers);
  app.use(compress);
  app.use('/graphql', textLimit);
  app.use(cookies);
  // POST /graphql ahead of all this and of Nest's router, doing the same for it (common/http/graphql-first.ts).
  serveGraphqlFirst(app, {
    maxBodyBytes: MAX_BODY.bytes,
    securityHeaders: headers as never,
    compression: compress as never,
    queryTextLimit: textLimit as never,
    cookies: cookies as never,
    context: graphqlContext,
    resolve: () => {
      const apollo = (app.get(AbstractGraphQLDriver, { strict: false }) as unknown as { instance?: ApolloServer<BaseContext> }).instance;
      if (!apollo) return null;
      const monitor = app.get(DatabaseMonitor, { strict: false });
      const unavailable = new DatabaseUnavailableMiddleware(monitor);
      return { apollo, databaseAvailable: () => monitor.available, refuseUnavailable: (req, res, next) => unavailable.use(req, res as never, next) };
    },
  });
  const dist = webDist(config);
  if (dist) {
    // Hashed assets cached for a year and sent precompressed; index.html (also for client-side routes) revalidated.
    const spa = spaStatic(dist);
    app.use(spa.precompressed);
    app.useStaticAssets(dist, spa.staticOptions);
    app.use(spa.index);
  }
  return app;
}
