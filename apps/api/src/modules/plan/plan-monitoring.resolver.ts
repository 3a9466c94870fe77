import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CouncilMeetingInput, FixPlanVersionInput, PlanItemCorrectionInput, PlanRiskInput } from './dto/plan-monitoring.input';
import {
  CouncilDecisionObject,
  CouncilMeetingObject,
  PlanCorrectionObject,
  PlanExportFileObject,
  PlanExportFormat,
  PlanExportLayout,
  PlanMonitoringObject,
  PlanRiskObject,
  PlanVersionDiffRowObject,
  PlanVersionObject,
} from './dto/plan-monitoring.object';
import { CouncilDecisionEntity, CouncilMeetingEntity } from './council-meeting.entity';
import { PlanMonitoringService } from './plan-monitoring.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const meeting = (e: CouncilMeetingEntity) => ({ id: e.id, planId: e.planId, heldOn: e.heldOn, agenda: e.agenda, illustrative: e.illustrative, archivedAt: e.archivedAt });

/** Monitoring, corrections, versions, risks, council meetings and exports of a plan (thin: the service decides). */
@Resolver()
export class PlanMonitoringResolver {
  constructor(private readonly service: PlanMonitoringService) {}

  @Policy(Permission.PLAN_READ)
  @Query(() => PlanMonitoringObject, { description: 'Overdue and at-risk items of a plan, with counts per stage' })
  planMonitoring(@CurrentActor() actor: Actor, @Id('planId') planId: string) {
    return this.service.monitoring(actor, planId);
  }

  @Policy(Permission.PLAN_READ)
  @Query(() => [PlanCorrectionObject], { description: 'Corrections of a plan, newest first' })
  planCorrections(@CurrentActor() actor: Actor, @Id('planId') planId: string) {
    return this.service.corrections(actor, planId);
  }

  @Policy(Permission.PLAN_READ)
  @Query(() => [PlanVersionObject], { description: 'Versions of a plan, newest first' })
  planVersions(@CurrentActor() actor: Actor, @Id('planId') planId: string) {
    return this.service.versions(actor, planId);
  }

  @Policy(Permission.PLAN_READ)
  @Query(() => [PlanVersionDiffRowObject], { description: 'Two versions of one plan compared item by item' })
  comparePlanVersions(@CurrentActor() actor: Actor, @Id('olderId') olderId: string, @Id('newerId') newerId: string) {
    return this.service.compare(actor, olderId, newerId);
  }

  @Policy(Permission.PLAN_READ)
  @Query(() => [PlanRiskObject])
  planRisks(@CurrentActor() actor: Actor, @Id('planId') planId: string) {
    return this.service.risks(actor, planId);
  }

  @Policy(Permission.PLAN_READ)
  @Query(() => [CouncilMeetingObject], { description: 'Meetings of the coordination council kept with a plan' })
  async councilMeetings(@CurrentActor() actor: Actor, @Id('planId') planId: string) {
    return (await this.service.meetings(actor, planId)).map(meeting);
  }

  @Policy(Permission.PLAN_READ)
  @Query(() => PlanExportFileObject, { description: 'The plan (PLAN) or its execution report (REPORT) as XLSX or PDF, base64' })
  planExport(
    @CurrentActor() actor: Actor,
    @Id('planId') planId: string,
    @Args('format', { type: () => PlanExportFormat }) format: PlanExportFormat,
    @Args('layout', { type: () => PlanExportLayout, defaultValue: PlanExportLayout.PLAN }) layout: PlanExportLayout,
  ) {
    return this.service.export(actor, planId, format, layout);
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanCorrectionObject, { description: 'Change an item’s dates or content, with the reason; takes a version' })
  correctPlanItem(@CurrentActor() actor: Actor, @Id('itemId') itemId: string, @Args('input') input: PlanItemCorrectionInput) {
    return this.service.correctItem(actor, itemId, input);
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanVersionObject, { description: '«Зафиксировать версию»' })
  async fixPlanVersion(@CurrentActor() actor: Actor, @Id('planId') planId: string, @Args('input', { defaultValue: {} }) input: FixPlanVersionInput) {
    const v = await this.service.fixVersion(actor, planId, input);
    return { ...v, itemCount: v.snapshot.items.length };
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanRiskObject)
  createPlanRisk(@CurrentActor() actor: Actor, @Id('planId') planId: string, @Args('input') input: PlanRiskInput) {
    return this.service.createRisk(actor, planId, input);
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanRiskObject)
  updatePlanRisk(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: PlanRiskInput) {
    return this.service.updateRisk(actor, id, input);
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => PlanRiskObject, { description: 'Archive (true) or restore (false) a risk' })
  setPlanRiskArchived(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('archived') archived: boolean) {
    return this.service.setRiskArchived(actor, id, archived);
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => CouncilMeetingObject)
  async createCouncilMeeting(@CurrentActor() actor: Actor, @Id('planId') planId: string, @Args('input') input: CouncilMeetingInput) {
    return meeting(await this.service.createMeeting(actor, planId, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => CouncilMeetingObject, { description: 'Edit a meeting: date, agenda, decisions in order (a decision that became a plan item stays)' })
  async updateCouncilMeeting(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: CouncilMeetingInput) {
    return meeting(await this.service.updateMeeting(actor, id, input));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => CouncilMeetingObject, { description: 'Archive (true) or restore (false) a council meeting' })
  async setCouncilMeetingArchived(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('archived') archived: boolean) {
    return meeting(await this.service.setMeetingArchived(actor, id, archived));
  }

  @Policy(Permission.PLAN_WRITE)
  @Mutation(() => CouncilMeetingObject, { description: 'Make a council decision a plan item (at the end of the stage), linked back to the decision' })
  async councilDecisionToPlanItem(@CurrentActor() actor: Actor, @Id('decisionId') decisionId: string, @Id('stageId') stageId: string) {
    return meeting(await this.service.decisionToItem(actor, decisionId, stageId));
  }
}

/** A meeting's decisions, batched. */
@Resolver(() => CouncilMeetingObject)
export class CouncilMeetingFieldsResolver {
  constructor(private readonly service: PlanMonitoringService) {}

  @ResolveField(() => [CouncilDecisionObject])
  decisions(@Parent() m: CouncilMeetingObject, @Context('req') req: object) {
    return loaderFor<string, CouncilDecisionEntity[]>(req, 'council.decisions', async (ids) => groupByKeys(ids, await this.service.decisionsOf(ids), (d) => d.meetingId)).load(m.id);
  }
}
