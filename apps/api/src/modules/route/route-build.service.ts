import { Inject, Injectable } from '@nestjs/common';
import { RouteStepKind } from '@metodset/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, notFound } from '../../common/errors/errors';
import { PersonRepository } from '../person/person.repository';
import { AccessService } from '../../common/access/access.service';
import { Permission } from '../../common/auth/permissions';
import { callerOf, today } from './route-locks';
import { ROUTE_MENTOR_SOURCE, RouteMentorSource, RouteMentorSuggestion } from './route-mentor-source';
import { ROUTE_EVENT_SOURCE, ROUTE_MODULE_SOURCE, RouteEventSource, RouteModuleSource } from './route-link-sources';
import { coverWithMentors, linkedProposals } from './route-rules';
import { RouteRepository } from './route.repository';

/** What the route builder offers: competences to pick, a person's deficits, and steps proposed from them. */
@Injectable()
export class RouteBuildService {
  constructor(
    private readonly repo: RouteRepository,
    private readonly people: PersonRepository,
    private readonly uow: UnitOfWork,
    @Inject(ROUTE_MENTOR_SOURCE) private readonly mentors: RouteMentorSource,
    @Inject(ROUTE_EVENT_SOURCE) private readonly events: RouteEventSource,
    @Inject(ROUTE_MODULE_SOURCE) private readonly modules: RouteModuleSource,
  ) {}

  competenceOptions = (frameworkCode: string | null) => this.repo.competenceOptions(this.uow.reader, frameworkCode);

  /** A person the caller may see (staff scope, or oneself). */
  private async checkPerson(m: EntityManager, scope: AccessScope, personId: string): Promise<void> {
    if (!(await this.people.eligible(m, scope, null, [personId])).size) throw notFound('Педагог не найден');
  }

  async deficitOptions(actor: Actor, personId: string, campaignId: string | null) {
    const m = this.uow.reader;
    await this.checkPerson(m, actor.scope, personId);
    return this.repo.deficits(m, personId, campaignId);
  }

  /**
   * Proposed steps from a person's deficits: MENTORING steps with mentors covering as many targeted competences as
   * possible, and SELF_EDUCATION for each competence no mentor covers; then upcoming events and internship modules
   * (of active sites) that develop the targeted competences, matched by code, each in the caller's scope by its own
   * domain's read rule, with the link filled and the reason in words. Without competences, the person's deficits.
   */
  async propose(actor: Actor, personId: string, competenceIds: readonly string[], campaignId: string | null) {
    const m = this.uow.reader;
    await this.checkPerson(m, actor.scope, personId);
    const malformed = competenceIds.map((id, i) => ({ id, i })).filter((x) => !isUUID(x.id));
    if (malformed.length) throw badInput(malformed.map((x) => ({ field: `competenceIds.${x.i}`, message: 'Неверный идентификатор компетенции' })));
    let ids = [...new Set(competenceIds)];
    if (!ids.length) ids = (await this.repo.deficits(m, personId, campaignId)).filter((d) => d.level === 'DEFICIT').map((d) => d.competenceId);
    const known = await this.repo.competenceCodes(m, ids);
    const unknown = ids.map((id, i) => ({ id, i })).filter((x) => !known.has(x.id));
    if (unknown.length) throw badInput(unknown.map((x) => ({ field: `competenceIds.${x.i}`, message: 'Компетенция не найдена' })));
    const suggestions = ids.length ? await this.mentors.suggest(m, AccessService.scope(callerOf(actor), Permission.ROUTE_WRITE).withoutSelf(), personId, ids, 10) : [];
    const byId = new Map(suggestions.map((s) => [s.personId, s]));
    const { chosen, uncovered } = coverWithMentors(
      ids,
      suggestions.map((s) => ({ personId: s.personId, name: s.name, covers: s.competenceIds ?? ids, freePlaces: 0 })),
    );
    const label = (cid: string) => known.get(cid)!.name;
    const caller = callerOf(actor);
    const codes = [...new Set(ids.map((id) => known.get(id)!.code))];
    const [events, modules] = codes.length
      ? await Promise.all([
          this.events.upcoming(m, AccessService.scope(caller, Permission.EVENT_READ), codes, today(), 10),
          this.modules.available(m, AccessService.scope(caller, Permission.STAGING_READ), codes, today(), 10),
        ])
      : [[], []];
    const none = { reason: null, startsOn: null, endsOn: null, eventId: null, internshipModuleId: null, internshipCohortId: null };
    const linked = linkedProposals(
      ids.map((id) => ({ id, ...known.get(id)! })),
      events,
      modules,
    );
    return [
      ...chosen.map((c) => ({
        kind: RouteStepKind.MENTORING,
        title: `Наставничество: ${c.competenceIds.map(label).join('; ')}`.slice(0, 500),
        competenceIds: c.competenceIds,
        mentor: byId.get(c.mentor.personId) as RouteMentorSuggestion,
        ...none,
      })),
      ...uncovered.map((cid) => ({ kind: RouteStepKind.SELF_EDUCATION, title: `Самообразование: ${label(cid)}`.slice(0, 500), competenceIds: [cid], mentor: null, ...none })),
      ...linked.map((x) => ({ ...x, mentor: null })),
    ];
  }
}
