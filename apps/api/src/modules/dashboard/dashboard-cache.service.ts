import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DASHBOARD_CACHE_PRUNE_SQL } from '../../common/database/dashboard-cache';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { JobService } from '../../common/jobs/jobs.service';

/** The dashboards' cache clean-up, every night (pg-boss cron, server time): 02:40. */
export const DASHBOARD_CACHE_PRUNE_CRON = '40 2 * * *';
export const DASHBOARD_CACHE_PRUNE_QUEUE = 'metodset-dashboard-cache-prune';

/**
 * Keeps the dashboards' cache (common/database/dashboard-cache.ts) small when nobody reads a dashboard: every writing
 * transaction of a fact table notes itself, and only this forgets the notes no snapshot needs.
 */
@Injectable()
export class DashboardCacheService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DashboardCache');

  constructor(
    private readonly jobs: JobService,
    private readonly uow: UnitOfWork,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(DASHBOARD_CACHE_PRUNE_QUEUE, DASHBOARD_CACHE_PRUNE_CRON, () => this.prune());
  }

  /** Forgets what can never serve again; returns the noted transactions left. */
  async prune(): Promise<number> {
    const n = await this.uow.run(async (m) => {
      for (const sql of DASHBOARD_CACHE_PRUNE_SQL) await m.query(sql);
      const [row] = (await m.query('SELECT count(*)::int AS n FROM dashboard_fact_change')) as { n: number }[];
      return row!.n;
    });
    this.logger.log(`Dashboard cache pruned: ${n} noted transactions left`);
    return n;
  }
}
