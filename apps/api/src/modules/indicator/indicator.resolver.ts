import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { CreateIndicatorInput, ImportIndicatorValuesInput, UpdateIndicatorInput, IndicatorValueInput } from './dto/indicator.input';
import { IndicatorImportReportObject, IndicatorImportTemplateObject, ComputedIndicatorKeyObject, IndicatorConnection, IndicatorObject, IndicatorValueObject } from './dto/indicator.object';
import { IndicatorOwnerArgs, IndicatorsArgs } from './dto/indicators.args';
import { IndicatorService } from './indicator.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

/** Indicators: list, page, an owner's indicators, values. */
@Resolver(() => IndicatorObject)
export class IndicatorResolver {
  constructor(private readonly service: IndicatorService) {}

  @Policy(Permission.INDICATOR_READ)
  @Query(() => IndicatorConnection, { description: 'Indicators whose owner the caller sees' })
  async indicators(@CurrentActor() actor: Actor, @Args() args: IndicatorsArgs) {
    const page = await this.service.list(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(IndicatorObject.from) };
  }

  @Policy(Permission.INDICATOR_READ)
  @Query(() => IndicatorObject)
  async indicator(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return IndicatorObject.from(await this.service.get(actor, id));
  }

  @Policy(Permission.INDICATOR_READ)
  @Query(() => [IndicatorObject], { description: 'Live indicators of one owner (programme, network, plan, territory, organisation) in its order' })
  async indicatorsOfOwner(@CurrentActor() actor: Actor, @Args() args: IndicatorOwnerArgs) {
    return (await this.service.ofOwner(actor, { kind: args.ownerKind, id: args.ownerId })).map(IndicatorObject.from);
  }

  @Policy(Permission.INDICATOR_READ)
  @Query(() => [IndicatorValueObject], { description: 'Values entered by hand: totals, and schools’ values of schools in the caller’s scope; newest period first' })
  async indicatorValues(
    @CurrentActor() actor: Actor,
    @Id('indicatorId') indicatorId: string,
    @Args('archived', { type: () => ArchiveFilter, defaultValue: ArchiveFilter.ACTIVE }) archived: ArchiveFilter,
  ) {
    return (await this.service.values(actor, indicatorId, archived)).map(IndicatorValueObject.from);
  }

  @Policy(Permission.INDICATOR_READ)
  @Query(() => [ComputedIndicatorKeyObject], { description: 'Keys of computed indicators with their formulas in words' })
  computedIndicatorKeys() {
    return this.service.computedKeys();
  }
  @Policy(Permission.INDICATOR_WRITE)
  @Query(() => IndicatorImportTemplateObject, { description: 'The XLSX template of the values import' })
  indicatorImportTemplate() {
    return this.service.importTemplate();
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorObject)
  async createIndicator(@CurrentActor() actor: Actor, @Args('input') input: CreateIndicatorInput) {
    return IndicatorObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorObject, { description: 'Changes an indicator; its targets become exactly the ones given' })
  async updateIndicator(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateIndicatorInput) {
    return IndicatorObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorObject)
  async archiveIndicator(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return IndicatorObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorObject)
  async restoreIndicator(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return IndicatorObject.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorValueObject, { description: 'Enters an actual value of a manual indicator (of the whole owner or of one school)' })
  async createIndicatorValue(@CurrentActor() actor: Actor, @Id('indicatorId') indicatorId: string, @Args('input') input: IndicatorValueInput) {
    return IndicatorValueObject.from(await this.service.createValue(actor, indicatorId, input));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorValueObject)
  async updateIndicatorValue(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: IndicatorValueInput) {
    return IndicatorValueObject.from(await this.service.updateValue(actor, id, input));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorValueObject, { description: 'Moves a value to the archive (undo: restoreIndicatorValue)' })
  async archiveIndicatorValue(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return IndicatorValueObject.from(await this.service.setValueArchived(actor, id, true));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorValueObject)
  async restoreIndicatorValue(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return IndicatorValueObject.from(await this.service.setValueArchived(actor, id, false));
  }

  @Policy(Permission.INDICATOR_WRITE)
  @Mutation(() => IndicatorImportReportObject, { description: 'Values from XLSX: dryRun lists rows and errors per row; a run writes all rows or nothing' })
  importIndicatorValues(@CurrentActor() actor: Actor, @Id('indicatorId') indicatorId: string, @Args('input') input: ImportIndicatorValuesInput) {
    return this.service.importValues(actor, indicatorId, input);
  }
}
