import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../../common/auth/actor';
import { Permission } from '../../../common/auth/permissions';
import { Policy } from '../../../common/auth/policy.decorator';
import { ComputedService } from './computed.service';
import { IndicatorDrillDownArgs } from './dto/computed.args';
import { DrillDownConnection } from './dto/computed.object';

@Resolver()
export class ComputedResolver {
  constructor(private readonly service: ComputedService) {}

  @Policy(Permission.INDICATOR_READ)
  @Query(() => DrillDownConnection, {
    description: 'Строки за значением вычисляемого показателя (педагоги или школы) в зоне ответственности; NOT_FOUND для чужого показателя; чтение журналируется',
  })
  indicatorDrillDown(@CurrentActor() actor: Actor, @Args() args: IndicatorDrillDownArgs) {
    return this.service.drillDown(actor.user, args, args);
  }
}
