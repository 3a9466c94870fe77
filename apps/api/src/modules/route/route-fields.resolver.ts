import { Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ROUTE_EDITABLE_STATUSES, RouteStatus } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { LearningRouteObject, RouteCompetenceObject, RouteEffectivenessItemObject, RouteAssociationObject, RouteJournalEntryObject, RouteMentorshipObject, RouteStepEventObject, RouteStepModuleObject, RouteStepObject } from './dto/route.object';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { personShown, routeRights } from './route-loaders';
import { RouteRights } from './route-locks';
import { openSteps, routeProgress } from './route-rules';
import { MentorshipRow, RouteCompetenceRow } from './route.repository';
import { RouteService } from './route.service';

/** Steps, competences, journal, effectiveness and the caller's rights of routes — batched per request, no N+1. */
@Resolver(() => LearningRouteObject)
export class LearningRouteFieldsResolver {
  constructor(
    private readonly service: RouteService,
    private readonly cards: PersonCards,
  ) {}

  private steps(req: object, id: string): Promise<LearningRouteStepEntity[]> {
    return loaderFor<string, LearningRouteStepEntity[]>(req, 'route.steps', async (ids) => groupByKeys(ids, await this.service.stepsOf(ids), (s) => s.routeId)).load(id);
  }

  private rights(req: GateRequest, r: LearningRouteObject): Promise<RouteRights> {
    return routeRights(req, this.service).load(r.id);
  }

  @ResolveField(() => PersonCardObject, { nullable: true, description: 'The owner of an individual route (null where the caller may not see the person)' })
  async person(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    if (!r.personId || !(await personShown(req, this.service, 'route.person').load(r.id))) return null;
    return this.cards.load(req, r.personId);
  }

  @ResolveField(() => RouteAssociationObject, { nullable: true, description: 'The group (association) of a group route' })
  association(@Parent() r: LearningRouteObject, @Context('req') req: object) {
    if (!r.associationId) return null;
    return loaderFor<string, { id: string; name: string } | null>(req, 'route.association', async (ids) => byKeys(ids, await this.service.associationsOf(ids), (a) => a.id, null)).load(r.associationId);
  }

  /**
   * The targeted competences and their effectiveness, by one loader: when a request asks both (the route page), ONE
   * statement reads the effectiveness and the competences are its first columns (the same rows, in the same order);
   * the competences alone are read by their own cheaper statement.
   */
  private targeted(req: object, part: 'competences' | 'effectiveness', id: string): Promise<RouteCompetenceRow[] | RouteEffectivenessItemObject[]> {
    return loaderFor<string, RouteCompetenceRow[] | RouteEffectivenessItemObject[]>(req, 'route.targeted', async (keys) => {
      const ids = [...new Set(keys.map((k) => k.slice(2)))];
      if (!keys.some((k) => k.startsWith('e:'))) {
        const competences = groupByKeys(ids, await this.service.competencesOf(ids), (c) => c.routeId);
        return keys.map((k) => competences[ids.indexOf(k.slice(2))]!);
      }
      const rows = groupByKeys(ids, await this.service.effectivenessOf(ids), (e) => e.routeId);
      return keys.map((k) => {
        const items = rows[ids.indexOf(k.slice(2))]!;
        if (k.startsWith('e:')) return items;
        return items.map((e) => ({ routeId: e.routeId, competenceId: e.competenceId, code: e.code, name: e.name, baselineScore: e.beforeScore }));
      });
    }).load(`${part === 'competences' ? 'c' : 'e'}:${id}`);
  }

  @ResolveField(() => [RouteCompetenceObject])
  async competences(@Parent() r: LearningRouteObject, @Context('req') req: object): Promise<RouteCompetenceRow[]> {
    return this.targeted(req, 'competences', r.id) as Promise<RouteCompetenceRow[]>;
  }

  @ResolveField('steps', () => [RouteStepObject])
  async stepsOf(@Parent() r: LearningRouteObject, @Context('req') req: object) {
    return (await this.steps(req, r.id)).map(RouteStepObject.from);
  }

  @ResolveField(() => [RouteJournalEntryObject], { description: '«Журнал непрерывного профессионального роста», newest first' })
  async journal(@Parent() r: LearningRouteObject, @Context('req') req: object) {
    const rows = await loaderFor<string, Awaited<ReturnType<RouteService['journalOf']>>>(req, 'route.journal', async (ids) =>
      groupByKeys(ids, await this.service.journalOf(ids), (j) => j.routeId),
    ).load(r.id);
    return rows.map(RouteJournalEntryObject.from);
  }

  @ResolveField(() => [RouteEffectivenessItemObject], { description: '«Карта эффективности»' })
  effectiveness(@Parent() r: LearningRouteObject, @Context('req') req: object) {
    return this.targeted(req, 'effectiveness', r.id) as Promise<RouteEffectivenessItemObject[]>;
  }

  @ResolveField(() => Int, { description: 'Share (0–100) of the non-cancelled steps that are done' })
  async progress(@Parent() r: LearningRouteObject, @Context('req') req: object): Promise<number> {
    return routeProgress(await this.steps(req, r.id));
  }

  @ResolveField(() => Boolean, { description: 'The route is the caller’s own' })
  async isOwner(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return (await this.rights(req, r)).owner;
  }

  private async acts(r: LearningRouteObject, req: GateRequest): Promise<boolean> {
    const x = await this.rights(req, r);
    return !r.archivedAt && x.editor;
  }

  @ResolveField(() => Boolean, { description: 'May change the route and its steps now' })
  async canEdit(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return ROUTE_EDITABLE_STATUSES.includes(r.status) && (await this.acts(r, req));
  }

  @ResolveField(() => Boolean)
  async canSubmit(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return ROUTE_EDITABLE_STATUSES.includes(r.status) && (await this.acts(r, req)) && (await this.steps(req, r.id)).length > 0;
  }

  @ResolveField(() => Boolean, { description: 'May approve or return it' })
  async canApprove(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return r.status === RouteStatus.ON_APPROVAL && !r.archivedAt && (await this.rights(req, r)).approver;
  }

  @ResolveField(() => Boolean)
  async canStart(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return r.status === RouteStatus.APPROVED && (await this.acts(r, req));
  }

  @ResolveField(() => Boolean, { description: 'May mark steps, attach evidence and reflection' })
  async canMark(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return r.status === RouteStatus.IN_PROGRESS && (await this.acts(r, req));
  }

  @ResolveField(() => Boolean)
  async canComplete(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return r.status === RouteStatus.IN_PROGRESS && (await this.acts(r, req)) && !openSteps(await this.steps(req, r.id)).length;
  }

  @ResolveField(() => Boolean, { description: 'May write in the growth journal' })
  async canJournal(@Parent() r: LearningRouteObject, @Context('req') req: GateRequest) {
    return this.acts(r, req);
  }
}

@Resolver(() => RouteStepObject)
export class RouteStepFieldsResolver {
  constructor(
    private readonly cards: PersonCards,
    private readonly service: RouteService,
  ) {}

  @ResolveField(() => RouteMentorshipObject, { nullable: true, description: 'The mentorship a MENTORING step belongs to, with its mentors' })
  mentorship(@Parent() s: RouteStepObject, @Context('req') req: object): Promise<MentorshipRow | null> | null {
    if (!s.mentorshipId) return null;
    return loaderFor<string, MentorshipRow | null>(req, 'route.step.mentorship', async (ids) => byKeys(ids, await this.service.mentorshipsOf(ids), (x) => x.id, null)).load(s.mentorshipId);
  }

  @ResolveField(() => RouteStepEventObject, { nullable: true, description: 'EVENT: the linked event (null where the caller may not see it: rule `event.read`)' })
  event(@Parent() s: RouteStepObject, @Context('req') req: GateRequest): Promise<RouteStepEventObject | null> | null {
    if (!s.eventId) return null;
    return loaderFor<string, RouteStepEventObject | null>(req, 'route.step.event', async (ids) => {
      if (!req.user) return ids.map(() => null);
      return byKeys(ids, await this.service.linkedEvents({ grants: req.user.grants, personId: req.user.personId }, ids), (x) => x.id, null);
    }).load(s.eventId);
  }

  @ResolveField(() => RouteStepModuleObject, { nullable: true, description: 'INTERNSHIP_MODULE: the linked module (null where the caller may not see its site: rule `staging.read`)' })
  internshipModule(@Parent() s: RouteStepObject, @Context('req') req: GateRequest): Promise<RouteStepModuleObject | null> | null {
    if (!s.internshipModuleId) return null;
    return loaderFor<string, RouteStepModuleObject | null>(req, 'route.step.module', async (keys) => {
      if (!req.user) return keys.map(() => null);
      return this.service.linkedModules({ grants: req.user.grants, personId: req.user.personId }, keys);
    }).load(`${s.internshipModuleId}:${s.internshipCohortId ?? ''}`);
  }

  @ResolveField('mentorPersonId', () => ID, { nullable: true, description: 'The suggested mentor’s person id (null where the caller may not see the person: rule `route.stepMentor`)' })
  async mentorPersonIdOf(@Parent() s: RouteStepObject, @Context('req') req: GateRequest): Promise<string | null> {
    return s.mentorPersonId && (await personShown(req, this.service, 'route.stepMentor').load(s.id)) ? s.mentorPersonId : null;
  }

  @ResolveField(() => PersonCardObject, { nullable: true, description: 'The suggested mentor of a MENTORING step (null where the caller may not see the person: rule `route.stepMentor`)' })
  async mentor(@Parent() s: RouteStepObject, @Context('req') req: GateRequest) {
    if (!s.mentorPersonId || !(await personShown(req, this.service, 'route.stepMentor').load(s.id))) return null;
    return this.cards.load(req, s.mentorPersonId);
  }
}

