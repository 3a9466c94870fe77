import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/policy.decorator';

interface StatusResponse {
  status(code: number): StatusResponse;
  json(body: unknown): void;
}

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** 200 when the database answers, 503 when it does not. */
  @Public()
  @Get()
  @HttpCode(200)
  async health(@Res() res: StatusResponse): Promise<void> {
    try {
      await this.ds.query('SELECT 1');
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'error', database: 'down' });
    }
  }
}
