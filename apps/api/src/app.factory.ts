import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { QueryCounter } from './database/query-counter';

/** Where the built SPA lies: WEB_DIST_DIR, or dist/web next to the compiled API. */
function webDist(config: AppConfig): string | null {
  const candidates = [config.WEB_DIST_DIR, resolve(process.cwd(), 'dist/web')].filter((x): x is string => !!x);
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? null;
}

export async function createApp(config: AppConfig, databaseUrl: string, opts: { queryCounter?: QueryCounter; logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, queryCounter: opts.queryCounter }), {
    logger: opts.logger ?? (config.isProduction ? ['error', 'warn'] : ['error', 'warn', 'log']),
  });
  app.set('trust proxy', 'loopback');
  // Registry files arrive base64-encoded in GraphQL (≤ IMPORT_MAX_BYTES = 10 MB → ~14 MB of JSON).
  app.useBodyParser('json', { limit: '15mb' });
  app.use(cookieParser());
  const dist = webDist(config);
  if (dist) {
    app.useStaticAssets(dist, { index: false, maxAge: '1h' });
    // Client-side routes of the SPA: any other GET that is not the API gets index.html.
    app.use((req: { method: string; path: string }, res: { sendFile(p: string): void }, next: () => void) => {
      if (req.method === 'GET' && !req.path.startsWith('/graphql') && !req.path.startsWith('/health')) res.sendFile(join(dist, 'index.html'));
      else next();
    });
  }
  return app;
}
