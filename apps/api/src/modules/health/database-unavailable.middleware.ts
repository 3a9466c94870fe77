import { Injectable, NestMiddleware } from '@nestjs/common';
import { DatabaseMonitor } from './database-monitor';

export const DATABASE_UNAVAILABLE_MESSAGE = 'База данных недоступна, повторите позже';

interface Res {
  status(code: number): Res;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
}

/** While the database is away, API requests get 503 with a Russian message at once instead of internal errors. */
@Injectable()
export class DatabaseUnavailableMiddleware implements NestMiddleware {
  constructor(private readonly monitor: DatabaseMonitor) {}

  use(_req: unknown, res: Res, next: () => void): void {
    if (this.monitor.available) return next();
    res.setHeader('Retry-After', '5');
    res.status(503).json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  }
}
