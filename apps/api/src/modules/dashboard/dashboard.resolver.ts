import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { DashboardExportService } from './dashboard-export.service';
import { DashboardService } from './dashboard.service';
import { DashboardExportFormat, DashboardInput } from './dto/dashboard.input';
import { DashboardFileObject, DashboardObject } from './dto/dashboard.object';

@Resolver()
export class DashboardResolver {
  constructor(
    private readonly service: DashboardService,
    private readonly exports: DashboardExportService,
  ) {}

  @Policy(Permission.DASHBOARD_READ)
  @Query(() => DashboardObject, { description: 'The dashboard of a territory (default: the caller’s own), a network or a mentoring programme for a school year' })
  dashboard(@CurrentActor() actor: Actor, @Args('input', { type: () => DashboardInput, defaultValue: {} }) input: DashboardInput) {
    return this.service.dashboard(actor, input);
  }

  @Policy(Permission.DASHBOARD_READ)
  @Query(() => DashboardFileObject, { description: 'The dashboard as XLSX or PDF (base64), the period and the territory in the header' })
  dashboardExport(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => DashboardInput, defaultValue: {} }) input: DashboardInput,
    @Args('format', { type: () => DashboardExportFormat }) format: DashboardExportFormat,
  ) {
    return this.exports.export(actor, input, format);
  }
}
