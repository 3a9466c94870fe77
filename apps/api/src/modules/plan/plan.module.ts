import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { PersonModule } from '../person/person.module';
import { PlanFieldsResolver, PlanItemFieldsResolver, PlanItemPartyFieldsResolver, PlanStageFieldsResolver } from './plan-fields.resolver';
import { PlanRepository } from './plan.repository';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';

@Module({
  imports: [NetworkModule, PersonModule],
  providers: [PlanRepository, PlanService, PlanResolver, PlanFieldsResolver, PlanStageFieldsResolver, PlanItemFieldsResolver, PlanItemPartyFieldsResolver],
  exports: [PlanRepository, PlanService],
})
export class PlanModule {}
