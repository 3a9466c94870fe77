import { Module } from '@nestjs/common';
import { CouncilMeetingFieldsResolver, PlanMonitoringResolver } from './plan-monitoring.resolver';
import { PlanMonitoringRepository } from './plan-monitoring.repository';
import { PlanMonitoringService } from './plan-monitoring.service';
import { PlanModule } from './plan.module';

/** Monitoring, corrections and versions, risks, council meetings and exports of plans (on top of PlanModule). */
@Module({
  imports: [PlanModule],
  providers: [PlanMonitoringRepository, PlanMonitoringService, PlanMonitoringResolver, CouncilMeetingFieldsResolver],
})
export class PlanMonitoringModule {}
