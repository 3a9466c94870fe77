import { ID, Int, ResolveField, Resolver } from '@nestjs/graphql';
import { ROUTE_EDITABLE_STATUSES, RouteStatus } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { FieldContext } from '../../common/graphql/field-context';
import { byKeys, loaderFor } from '../../common/graphql/loaders';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { LearningRouteObject, RouteCompetenceObject, RouteEffectivenessItemObject, RouteAssociationObject, RouteJournalEntryObject, RouteMentorshipObject, RouteStepEventObject, RouteStepModuleObject, RouteStepObject } from './dto/route.object';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { pageFactsOf, personShown, routeJournal, routeRights, routeSteps, routeTargeted, stepEvent, stepMentorship } from './route-loaders';
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
    return routeSteps(req, this.service).load(id);
  }

  /** The caller's rights over the route: from the page's own statement when it decided them, else batched. */
  private rights(req: GateRequest, r: LearningRouteObject): RouteRights | Promise<RouteRights> {
    return pageFactsOf(r)?.rights ?? routeRights(req, this.service).load(r.id);
  }

  @ResolveField(() => PersonCardObject, { nullable: true, description: 'The owner of an individual route (null where the caller may not see the person)' })
  async person(r: LearningRouteObject, _args: unknown, { req }: FieldContext) {
    if (!r.personId || !(pageFactsOf(r)?.personShown ?? (await personShown(req, this.service, 'route.person').load(r.id)))) return null;
    return this.cards.load(req, r.personId);
  }

  @ResolveField(() => RouteAssociationObject, { nullable: true, description: 'The group (association) of a group route' })
  association(r: LearningRouteObject, _args: unknown, { req }: FieldContext) {
    if (!r.associationId) return null;
    return loaderFor<string, { id: string; name: string } | null>(req, 'route.association', async (ids) => byKeys(ids, await this.service.associationsOf(ids), (a) => a.id, null)).load(r.associationId);
  }

  /** The targeted competences or their effectiveness (`routeTargeted`: one statement when a request asks both). */
  private targeted(req: object, part: 'competences' | 'effectiveness', id: string): Promise<RouteCompetenceRow[] | RouteEffectivenessItemObject[]> {
    return routeTargeted(req, this.service).load(`${part === 'competences' ? 'c' : 'e'}:${id}`);
  }

  @ResolveField(() => [RouteCompetenceObject])
  async competences(r: LearningRouteObject, _args: unknown, { req }: FieldContext): Promise<RouteCompetenceRow[]> {
    return this.targeted(req, 'competences', r.id) as Promise<RouteCompetenceRow[]>;
  }

  @ResolveField('steps', () => [RouteStepObject])
  async stepsOf(r: LearningRouteObject, _args: unknown, { req }: FieldContext) {
    return (await this.steps(req, r.id)).map(RouteStepObject.from);
  }

  @ResolveField(() => [RouteJournalEntryObject], { description: '«Журнал непрерывного профессионального роста», newest first' })
  async journal(r: LearningRouteObject, _args: unknown, { req }: FieldContext) {
    const rows = await routeJournal(req, this.service).load(r.id);
    return rows.map(RouteJournalEntryObject.from);
  }

  @ResolveField(() => [RouteEffectivenessItemObject], { description: '«Карта эффективности»' })
  effectiveness(r: LearningRouteObject, _args: unknown, { req }: FieldContext) {
    return this.targeted(req, 'effectiveness', r.id) as Promise<RouteEffectivenessItemObject[]>;
  }

  @ResolveField(() => Int, { description: 'Share (0–100) of the non-cancelled steps that are done' })
  async progress(r: LearningRouteObject, _args: unknown, { req }: FieldContext): Promise<number> {
    return routeProgress(await this.steps(req, r.id));
  }

  // The rights' fields answer synchronously on the route page (its statement decided them: `pageFactsOf`).

  @ResolveField(() => Boolean, { description: 'The route is the caller’s own' })
  isOwner(r: LearningRouteObject, _args: unknown, { req }: FieldContext): boolean | Promise<boolean> {
    return then(this.rights(req, r), (x) => x.owner);
  }

  /** Acts on the route: not archived and the caller is its editor. */
  private acts(r: LearningRouteObject, req: GateRequest): boolean | Promise<boolean> {
    return then(this.rights(req, r), (x) => !r.archivedAt && x.editor);
  }

  @ResolveField(() => Boolean, { description: 'May change the route and its steps now' })
  canEdit(r: LearningRouteObject, _args: unknown, { req }: FieldContext): boolean | Promise<boolean> {
    return ROUTE_EDITABLE_STATUSES.includes(r.status) && this.acts(r, req);
  }

  @ResolveField(() => Boolean)
  async canSubmit(r: LearningRouteObject, _args: unknown, { req }: FieldContext) {
    return ROUTE_EDITABLE_STATUSES.includes(r.status) && (await this.acts(r, req)) && (await this.steps(req, r.id)).length > 0;
  }

  @ResolveField(() => Boolean, { description: 'May approve or return it' })
  canApprove(r: LearningRouteObject, _args: unknown, { req }: FieldContext): boolean | Promise<boolean> {
    return r.status === RouteStatus.ON_APPROVAL && !r.archivedAt && then(this.rights(req, r), (x) => x.approver);
  }

  @ResolveField(() => Boolean)
  canStart(r: LearningRouteObject, _args: unknown, { req }: FieldContext): boolean | Promise<boolean> {
    return r.status === RouteStatus.APPROVED && this.acts(r, req);
  }

  @ResolveField(() => Boolean, { description: 'May mark steps, attach evidence and reflection' })
  canMark(r: LearningRouteObject, _args: unknown, { req }: FieldContext): boolean | Promise<boolean> {
    return r.status === RouteStatus.IN_PROGRESS && this.acts(r, req);
  }

  @ResolveField(() => Boolean)
  async canComplete(r: LearningRouteObject, _args: unknown, { req }: FieldContext) {
    return r.status === RouteStatus.IN_PROGRESS && (await this.acts(r, req)) && !openSteps(await this.steps(req, r.id)).length;
  }

  @ResolveField(() => Boolean, { description: 'May write in the growth journal' })
  canJournal(r: LearningRouteObject, _args: unknown, { req }: FieldContext): boolean | Promise<boolean> {
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
  mentorship(s: RouteStepObject, _args: unknown, { req }: FieldContext): Promise<MentorshipRow | null> | null {
    if (!s.mentorshipId) return null;
    return stepMentorship(req, this.service).load(s.mentorshipId);
  }

  @ResolveField(() => RouteStepEventObject, { nullable: true, description: 'EVENT: the linked event (null where the caller may not see it: rule `event.read`)' })
  event(s: RouteStepObject, _args: unknown, { req }: FieldContext): Promise<RouteStepEventObject | null> | null {
    if (!s.eventId) return null;
    return stepEvent(req, this.service).load(s.eventId);
  }

  @ResolveField(() => RouteStepModuleObject, { nullable: true, description: 'INTERNSHIP_MODULE: the linked module (null where the caller may not see its site: rule `staging.read`)' })
  internshipModule(s: RouteStepObject, _args: unknown, { req }: FieldContext): Promise<RouteStepModuleObject | null> | null {
    if (!s.internshipModuleId) return null;
    return loaderFor<string, RouteStepModuleObject | null>(req, 'route.step.module', async (keys) => {
      if (!req.user) return keys.map(() => null);
      return this.service.linkedModules({ grants: req.user.grants, personId: req.user.personId }, keys);
    }).load(`${s.internshipModuleId}:${s.internshipCohortId ?? ''}`);
  }

  @ResolveField('mentorPersonId', () => ID, { nullable: true, description: 'The suggested mentor’s person id (null where the caller may not see the person: rule `route.stepMentor`)' })
  async mentorPersonIdOf(s: RouteStepObject, _args: unknown, { req }: FieldContext): Promise<string | null> {
    return s.mentorPersonId && (await personShown(req, this.service, 'route.stepMentor').load(s.id)) ? s.mentorPersonId : null;
  }

  @ResolveField(() => PersonCardObject, { nullable: true, description: 'The suggested mentor of a MENTORING step (null where the caller may not see the person: rule `route.stepMentor`)' })
  async mentor(s: RouteStepObject, _args: unknown, { req }: FieldContext) {
    if (!s.mentorPersonId || !(await personShown(req, this.service, 'route.stepMentor').load(s.id))) return null;
    return this.cards.load(req, s.mentorPersonId);
  }
}

/** `f` of a value, or of a promise's value once it settles. */
function then<T, U>(x: T | Promise<T>, f: (v: T) => U): U | Promise<U> {
  return x instanceof Promise ? x.then(f) : f(x);
}
