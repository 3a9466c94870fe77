import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { Public } from '../../common/auth/policy.decorator';
import { DatabaseMonitor } from './database-monitor';
import { DATABASE_UNAVAILABLE_MESSAGE } from './database-unavailable.middleware';

interface StatusResponse {
  status(code: number): StatusResponse;
  json(body: unknown): void;
}

@Controller('health')
export class HealthController {
  constructor(private readonly monitor: DatabaseMonitor) {}

  /** 200 when the database answers, 503 when it does not. */
  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res() res: StatusResponse): Promise<void> {
    if (await this.monitor.check()) res.status(200).json({ status: 'ok', database: 'up' });
    else res.status(503).json({ status: 'error', database: 'down', message: DATABASE_UNAVAILABLE_MESSAGE });
  }
}
