import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { JobObject } from '../../common/jobs/job.object';
import { ListPdfInput, OrderReportInput } from './dto/report.input';
import { ReportService } from './report.service';

/** Ordering files: a list as PDF, a monitoring report. Each answers the job; `job(id)` follows it. */
@Resolver()
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Policy(Permission.AUTHENTICATED)
  @Mutation(() => JobObject, { description: 'Renders a list (rows as the SPA fetched them through the list’s query) to PDF in a background job' })
  async exportListPdf(@CurrentActor() actor: Actor, @Args('input') input: ListPdfInput) {
    return JobObject.from(await this.service.exportListPdf(actor, input));
  }

  @Policy(Permission.REPORT_ORDER)
  @Mutation(() => JobObject, { description: 'Orders a monitoring report of a territory in the scope for a period (XLSX or PDF)' })
  async orderReport(@CurrentActor() actor: Actor, @Args('input') input: OrderReportInput) {
    return JobObject.from(await this.service.order(actor, input));
  }
}
