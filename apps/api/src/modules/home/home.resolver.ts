import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GateRequest } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { IndicatorObject } from '../indicator/dto/indicator.object';
import { AgendaArgs, SchoolHomeArgs } from './dto/home.args';
import {
  AgendaApprovalObject,
  AgendaDiagnosticObject,
  AgendaDocumentTaskObject,
  AgendaEventObject,
  AgendaInternshipApplicationObject,
  AgendaInternshipSessionObject,
  AgendaMeetingObject,
  AgendaObject,
  AgendaRouteStepObject,
  AgendaSurveyObject,
  SchoolHomeObject,
} from './dto/home.object';
import { HomeService } from './home.service';

const todayOf = (args: AgendaArgs) => args.today ?? new Date().toISOString().slice(0, 10);
const actorOf = (req: GateRequest): Actor => req.actor!;

@Resolver(() => AgendaObject)
export class AgendaResolver {
  constructor(private readonly home: HomeService) {}

  @Policy(Permission.AUTHENTICATED)
  @Query(() => AgendaObject, { description: '«Моя страница»: what waits for the caller (diagnostics, route steps, approvals, events, internship sessions, pair meetings, surveys)' })
  myAgenda(@Args() args: AgendaArgs): AgendaObject {
    return { today: todayOf(args) };
  }

  @ResolveField(() => [AgendaDiagnosticObject], { nullable: true, description: 'Open diagnostics to answer' })
  diagnostics(@Context('req') req: GateRequest) {
    return this.home.diagnostics(actorOf(req));
  }

  @ResolveField(() => [AgendaRouteStepObject], { nullable: true, description: 'Steps of one’s routes due within 14 days or overdue' })
  routeSteps(@Parent() a: AgendaObject, @Context('req') req: GateRequest) {
    return this.home.routeSteps(actorOf(req), a.today);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller approves routes anywhere (then `approvals` lists those waiting)' })
  canApprove(@Context('req') req: GateRequest) {
    return this.home.approves(actorOf(req));
  }

  @ResolveField(() => [AgendaApprovalObject], { nullable: true, description: 'Routes waiting for the caller’s approval' })
  approvals(@Context('req') req: GateRequest) {
    return this.home.approvals(actorOf(req));
  }

  @ResolveField(() => [AgendaEventObject], { nullable: true, description: 'Events of the next 60 days the caller registered for' })
  events(@Parent() a: AgendaObject, @Context('req') req: GateRequest) {
    return this.home.events(actorOf(req), a.today);
  }

  @ResolveField(() => [AgendaInternshipSessionObject], { nullable: true, description: 'Sessions of the next 60 days of the caller’s cohorts' })
  internshipSessions(@Parent() a: AgendaObject, @Context('req') req: GateRequest) {
    return this.home.internshipSessions(actorOf(req), new Date(`${a.today}T00:00:00Z`));
  }

  @ResolveField(() => [AgendaInternshipApplicationObject], { nullable: true, description: 'Internship applications waiting for the caller’s decision (cohorts the caller runs)' })
  internshipApplications(@Parent() a: AgendaObject, @Context('req') req: GateRequest) {
    return this.home.internshipApplications(actorOf(req), a.today);
  }

  @ResolveField(() => [AgendaDocumentTaskObject], { nullable: true, description: 'Points of orders naming the caller as responsible, not done: overdue (due before the agenda’s today) first' })
  documentTasks(@Parent() a: AgendaObject, @Context('req') req: GateRequest) {
    return this.home.documentTasks(actorOf(req), a.today);
  }

  @ResolveField(() => [AgendaMeetingObject], { nullable: true, description: 'The nearest meetings of the caller’s mentoring pairs, not yet held' })
  meetings(@Parent() a: AgendaObject, @Context('req') req: GateRequest) {
    return this.home.meetings(actorOf(req), a.today);
  }

  @ResolveField(() => [AgendaSurveyObject], { nullable: true, description: 'Questionnaires to answer' })
  surveys(@Context('req') req: GateRequest) {
    return this.home.surveys(actorOf(req));
  }
}

@Resolver(() => SchoolHomeObject)
export class SchoolHomeResolver {
  constructor(private readonly home: HomeService) {}

  @Policy(Permission.REGISTRY_WRITE)
  @Query(() => SchoolHomeObject, { description: 'The school page: for those who act for the organisation (its administration, its methodists)' })
  async schoolHome(@CurrentActor() actor: Actor, @Args() args: SchoolHomeArgs): Promise<SchoolHomeObject> {
    const org = await this.home.school(actor, args.organizationId);
    return { organizationId: org.id, organizationName: org.name, today: todayOf(args) };
  }

  @ResolveField(() => [AgendaApprovalObject], { nullable: true, description: 'The school’s routes waiting for the caller’s approval' })
  approvals(@Parent() s: SchoolHomeObject, @Context('req') req: GateRequest) {
    return this.home.approvals(actorOf(req), s.organizationId);
  }

  @ResolveField(() => [IndicatorObject], { nullable: true, description: 'The school’s own indicators (owner ORGANIZATION) with status against target and trend' })
  async indicators(@Parent() s: SchoolHomeObject, @Context('req') req: GateRequest) {
    return (await this.home.schoolIndicators(actorOf(req), s.organizationId)).map(IndicatorObject.from);
  }

  @ResolveField(() => [AgendaEventObject], { nullable: true, description: 'Events of the next 60 days hosted or organised by the school' })
  events(@Parent() s: SchoolHomeObject, @Context('req') req: GateRequest) {
    return this.home.schoolEvents(actorOf(req), s.organizationId, s.today);
  }
}
