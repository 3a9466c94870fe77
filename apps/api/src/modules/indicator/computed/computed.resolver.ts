import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../../common/auth/actor';
import { Permission } from '../../../common/auth/permissions';
import { Policy } from '../../../common/auth/policy.decorator';
import { UuidPipe } from '../../../common/graphql/uuid.pipe';
import { JobObject } from '../../../common/jobs/job.object';
import { ComputedService } from './computed.service';
import { IndicatorDrillDownArgs } from './dto/computed.args';
import { DrillDownConnection } from './dto/computed.object';
import { RecalculationService } from './recalculation.service';

@Resolver()
export class ComputedResolver {
  constructor(
    private readonly service: ComputedService,
    private readonly recalculation: RecalculationService,
  ) {}

  @Policy(Permission.INDICATOR_READ)
  @Query(() => DrillDownConnection, {
    description: 'Строки за значением вычисляемого показателя (педагоги или школы) в зоне ответственности; NOT_FOUND для чужого показателя; чтение журналируется',
  })
  indicatorDrillDown(@CurrentActor() actor: Actor, @Args() args: IndicatorDrillDownArgs) {
    return this.service.drillDown(actor.user, args, args);
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => JobObject, {
    description: 'Пересчитывает вычисляемый показатель фоновым заданием: значение каждого года записывается фактом с источником «Расчёт»; NOT_FOUND для чужого показателя',
  })
  async recalculateIndicator(@CurrentActor() actor: Actor, @Args('indicatorId', { type: () => ID }, UuidPipe) indicatorId: string) {
    return JobObject.from(await this.recalculation.enqueue(actor, indicatorId));
  }
}
