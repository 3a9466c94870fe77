import { Module } from '@nestjs/common';
import { EventModule } from '../event/event.module';
import { MentoringModule } from '../mentoring/mentoring.module';
import { NetworkModule } from '../network/network.module';
import { SurveyModule } from '../survey/survey.module';
import { TerritoryModule } from '../territory/territory.module';
import { MentoringPairsReport } from './mentoring-pairs.report';
import { MethodicalServiceReport } from './methodical-service.report';
import { NetworkInteractionReport } from './network-interaction.report';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

/** Monitoring reports and list exports to PDF, as background jobs. */
@Module({
  imports: [EventModule, MentoringModule, NetworkModule, SurveyModule, TerritoryModule],
  providers: [ReportService, ReportResolver, MethodicalServiceReport, NetworkInteractionReport, MentoringPairsReport],
})
export class ReportModule {}
