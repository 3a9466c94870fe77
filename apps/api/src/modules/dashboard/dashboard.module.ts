import { Module } from '@nestjs/common';
import { DeficitsModule } from '../deficits/deficits.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { DashboardCacheService } from './dashboard-cache.service';
import { DashboardExportService } from './dashboard-export.service';
import { DashboardRowsRepository } from './dashboard-rows.repository';
import { DashboardRowsResolver } from './dashboard-rows.resolver';
import { DashboardRowsService } from './dashboard-rows.service';
import { DashboardRepository } from './dashboard.repository';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/**
 * Dashboards of territories, networks and programmes: read models the owners expose (person, mentoring, internship,
 * event fragments; the deficits heatmap; indicators), counted over the subject's people in the caller's scope.
 * Owns no table of facts; its heavy statements are cached with exact invalidation (common/database/dashboard-cache.ts,
 * pruned every night by DashboardCacheService).
 */
@Module({
  imports: [DeficitsModule, IndicatorModule],
  providers: [DashboardCacheService, DashboardRepository, DashboardService, DashboardExportService, DashboardResolver, DashboardRowsRepository, DashboardRowsService, DashboardRowsResolver],
})
export class DashboardModule {}
