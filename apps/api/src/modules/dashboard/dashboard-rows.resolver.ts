import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { DashboardRowsService } from './dashboard-rows.service';
import { DashboardRowsArgs } from './dto/dashboard-rows.args';
import { DashboardRowConnection } from './dto/dashboard-rows.object';

@Resolver()
export class DashboardRowsResolver {
  constructor(private readonly service: DashboardRowsService) {}

  @Policy(Permission.DASHBOARD_READ)
  @Query(() => DashboardRowConnection, {
    description: 'The rows behind one number of a dashboard (same subject, school year and filters), inside the caller’s scope; NOT_FOUND for a subject out of reach; reads of people are audited',
  })
  dashboardRows(@CurrentActor() actor: Actor, @Args() args: DashboardRowsArgs) {
    return this.service.rows(actor, args);
  }
}
