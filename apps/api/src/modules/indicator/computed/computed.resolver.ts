import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../../common/auth/actor';
import { Permission } from '../../../common/auth/permissions';
import { Policy } from '../../../common/auth/policy.decorator';
import { ComputedService } from './computed.service';
import { ComputedValuesArgs, IndicatorDrillDownArgs } from './dto/computed.args';
import { ComputedIndicatorDefinitionObject, ComputedValueObject, DrillDownConnection } from './dto/computed.object';

@Resolver()
export class ComputedResolver {
  constructor(private readonly service: ComputedService) {}

  @Policy(Permission.REGISTRY_READ)
  @Query(() => [ComputedIndicatorDefinitionObject], { description: 'Вычисляемые показатели: названия и формулы словами' })
  computedIndicatorDefinitions(): ComputedIndicatorDefinitionObject[] {
    return this.service.definitions();
  }

  @Policy(Permission.REGISTRY_READ)
  @Query(() => [ComputedValueObject], { description: 'Значения вычисляемого показателя по периодам; NOT_FOUND вне зоны ответственности' })
  async computedIndicatorValues(@CurrentActor() actor: Actor, @Args() args: ComputedValuesArgs): Promise<ComputedValueObject[]> {
    const rows = await this.service.values(actor, args.key, args.scope, args.periods);
    return rows.map((r) => ({ from: r.from, to: r.to, value: r.value, numerator: r.numerator, denominator: r.denominator }));
  }

  @Policy(Permission.REGISTRY_READ)
  @Query(() => DrillDownConnection, { description: 'Строки за числом показателя (педагоги или школы) в зоне ответственности; чтение журналируется' })
  indicatorDrillDown(@CurrentActor() actor: Actor, @Args() args: IndicatorDrillDownArgs) {
    return this.service.drillDown(actor, args, args);
  }
}
