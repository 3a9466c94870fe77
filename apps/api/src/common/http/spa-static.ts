import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** Vite's hashed build output: a file's name changes with its content, so a browser may keep it for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: the browser revalidates it on every load (ETag → 304). */
export const REVALIDATE = 'no-cache';
const ASSETS = '/assets/';

/** Precompressed siblings written at build time (apps/web/vite.config.mts), the best one first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * How the built SPA in `dist` is served (see createApp):
 * - `/assets/*` (content-hashed by Vite) with `Cache-Control: public, max-age=31536000, immutable`, and the
 *   precompressed `.br` / `.gz` written at build time when the browser accepts them (brotli preferred, whatever the
 *   order of Accept-Encoding), with `Vary: Accept-Encoding`. A file without a precompressed sibling is compressed on
 *   the fly by the `compression` middleware in front (it leaves a response that has a Content-Encoding alone).
 *   A missing asset is a 404, not index.html (a stale chunk after a redeploy fails as such).
 * - other files of `dist` for an hour;
 * - index.html for every other GET that is not the API (client-side routes), with `Cache-Control: no-cache`.
 */
export function spaStatic(dist: string): { precompressed: RequestHandler; staticOptions: StaticOptions; index: RequestHandler } {
  const root = normalize(dist + sep);
  const assetsDir = join(root, 'assets') + sep;
  const indexFile = join(root, 'index.html');
  const precompressed = (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith(ASSETS)) return next();
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(req.path)));
    } catch {
      return next();
    }
    if (!file.startsWith(assetsDir) || !isFile(file)) return next();
    res.vary('Accept-Encoding');
    const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name && isFile(file + e.suffix));
    if (!encoding) return next();
    res.type(extname(file));
    res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(file + encoding.suffix, { cacheControl: false, headers: { 'Cache-Control': IMMUTABLE } }, (err) => {
      if (err && !res.headersSent) {
        res.removeHeader('Content-Encoding');
        next(err);
      }
    });
  };
  const staticOptions: StaticOptions = {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path.startsWith(assetsDir)) res.setHeader('Cache-Control', IMMUTABLE);
      else if (normalize(path) === indexFile) res.setHeader('Cache-Control', REVALIDATE);
    },
  };
  const index = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' && !req.path.startsWith('/graphql') && !req.path.startsWith('/health') && !req.path.startsWith('/ical/') && !req.path.startsWith('/api/') && !req.path.startsWith(ASSETS)) {
      res.sendFile(indexFile, { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } });
    } else next();
  };
  return { precompressed, staticOptions, index };
}

interface StaticOptions {
  index: false;
  maxAge: string;
  setHeaders: (res: Response, path: string) => void;
}
