import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CreatePlanInput, CreatePlanItemInput, PlanItemInput, PlanOrderIdsInput, PlanItemLinkInput, PlanStageInput, UpdatePlanInput } from './dto/plan.input';
import { PlanConnection, PlanLinkTargetObject, PlanObject } from './dto/plan.object';
import { PlanLinkTargetsArgs, PlansArgs } from './dto/plans.args';
import { PlanService } from './plan.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

/** Plans: list, page, and every change (each answers the plan, so the page refreshes as one). */
@Resolver(() => PlanObject)
export class PlanResolver {
  constructor(private readonly service: PlanService) {}

  @Policy(Permission.PLAN_READ)
  @Query(() => PlanConnection, { description: 'Plans of owners in the caller’s scope, or naming the caller' })
  async plans(@CurrentActor() actor: Actor, @Args() args: PlansArgs) {
    const page = await this.service.list(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(PlanObject.from) };
  }

  @Policy(Permission.PLAN_READ)
  @Query(() => PlanObject)
  async plan(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PlanObject.from(await this.service.get(actor, id));
  }

  @Policy(Permission.PLAN_WRITE)
  @Query(() => [PlanLinkTargetObject], { description: 'Events, cohorts, mentorships or campaigns the caller may link a plan item to, by part of the title' })
  async planLinkTargets(@CurrentActor() actor: Actor, @Args() args: PlanLinkTargetsArgs) {
    return this.service.linkTargets(actor, args.kind, args.search);
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async createPlan(@CurrentActor() actor: Actor, @Args('input') input: CreatePlanInput) {
    return PlanObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async updatePlan(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdatePlanInput) {
    return PlanObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async archivePlan(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PlanObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async restorePlan(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return PlanObject.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject, { description: 'Adds a stage at the end; answers the plan' })
  async addPlanStage(@CurrentActor() actor: Actor, @Id('planId') planId: string, @Args('input') input: PlanStageInput) {
    return PlanObject.from(await this.service.addStage(actor, planId, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async updatePlanStage(@CurrentActor() actor: Actor, @Id('stageId') stageId: string, @Args('input') input: PlanStageInput) {
    return PlanObject.from(await this.service.updateStage(actor, stageId, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject, { description: 'Removes an empty stage' })
  async deletePlanStage(@CurrentActor() actor: Actor, @Id('stageId') stageId: string) {
    return PlanObject.from(await this.service.deleteStage(actor, stageId));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject, { description: 'Puts the stages in this order (all of them, once each)' })
  async reorderPlanStages(@CurrentActor() actor: Actor, @Id('planId') planId: string, @Args('input') input: PlanOrderIdsInput) {
    return PlanObject.from(await this.service.reorderStages(actor, planId, input.ids));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject, { description: 'Adds an item to a stage (at its end unless a position is given)' })
  async createPlanItem(@CurrentActor() actor: Actor, @Id('stageId') stageId: string, @Args('input') input: CreatePlanItemInput) {
    return PlanObject.from(await this.service.createItem(actor, stageId, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async updatePlanItem(@CurrentActor() actor: Actor, @Id('itemId') itemId: string, @Args('input') input: PlanItemInput) {
    return PlanObject.from(await this.service.updateItem(actor, itemId, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async archivePlanItem(@CurrentActor() actor: Actor, @Id('itemId') itemId: string) {
    return PlanObject.from(await this.service.setItemArchived(actor, itemId, true));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async restorePlanItem(@CurrentActor() actor: Actor, @Id('itemId') itemId: string) {
    return PlanObject.from(await this.service.setItemArchived(actor, itemId, false));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject, { description: 'Puts the items of a stage in this order (all of them, archived too, once each)' })
  async reorderPlanItems(@CurrentActor() actor: Actor, @Id('stageId') stageId: string, @Args('input') input: PlanOrderIdsInput) {
    return PlanObject.from(await this.service.reorderItems(actor, stageId, input.ids));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject, { description: 'Links an item to the mentorship or campaign that carries it out; its status follows' })
  async linkPlanItem(@CurrentActor() actor: Actor, @Id('itemId') itemId: string, @Args('input') input: PlanItemLinkInput) {
    return PlanObject.from(await this.service.linkItem(actor, itemId, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanObject)
  async unlinkPlanItem(@CurrentActor() actor: Actor, @Id('linkId') linkId: string) {
    return PlanObject.from(await this.service.unlinkItem(actor, linkId));
  }
}
