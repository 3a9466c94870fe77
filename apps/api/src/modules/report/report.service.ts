import { Injectable, OnModuleInit } from '@nestjs/common';
import { LIST_PDF_JOB_KIND, REPORT_JOB_KINDS, ReportKind } from '@metodset/shared';
import { Actor } from '../../common/auth/actor';
import { JobRow, JobService } from '../../common/jobs/jobs.service';
import { TerritoryService } from '../territory/territory.service';
import { ListPdfInput, OrderReportInput } from './dto/report.input';
import { MentoringPairsReport } from './mentoring-pairs.report';
import { MethodicalServiceReport } from './methodical-service.report';
import { NetworkInteractionReport } from './network-interaction.report';
import { ListPdfHandler, MonitoringReportHandler, reportTitle } from './report-handlers';

/** Exports of lists to PDF and monitoring reports: each is a background job of the caller (common/jobs). */
@Injectable()
export class ReportService implements OnModuleInit {
  constructor(
    private readonly jobs: JobService,
    private readonly territories: TerritoryService,
    private readonly methodical: MethodicalServiceReport,
    private readonly network: NetworkInteractionReport,
    private readonly pairs: MentoringPairsReport,
  ) {}

  onModuleInit(): void {
    this.jobs.register(new ListPdfHandler());
    this.jobs.register(new MonitoringReportHandler(ReportKind.METHODICAL_SERVICE, this.methodical, this.territories));
    this.jobs.register(new MonitoringReportHandler(ReportKind.NETWORK_INTERACTION, this.network, this.territories));
    this.jobs.register(new MonitoringReportHandler(ReportKind.MENTORING_PAIRS, this.pairs, this.territories));
  }

  exportListPdf(actor: Actor, input: ListPdfInput): Promise<JobRow> {
    return this.jobs.enqueue(actor, LIST_PDF_JOB_KIND, input as unknown as Record<string, unknown>, `PDF: ${input.title}`);
  }

  order(actor: Actor, input: OrderReportInput): Promise<JobRow> {
    return this.jobs.enqueue(actor, REPORT_JOB_KINDS[input.kind], { ...input }, reportTitle(input.kind, input.format, input.from, input.to));
  }
}
