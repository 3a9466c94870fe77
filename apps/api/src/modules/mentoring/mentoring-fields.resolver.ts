import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MentorshipSide, MentorshipStatus } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { NetworkOrganizationObject } from '../network/dto/network.object';
import { DirectoryRow } from '../network/network.repository';
import { NetworkService } from '../network/network.service';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { MentoringProgramObject, MentorProfileObject, MentorshipObject, MentorshipSessionObject } from './dto/mentoring.object';
import { MentorLoad, mentorshipShape } from './mentoring-rules';
import { MentoringProgramEntity } from './mentoring-program.entity';
import { MentoringService } from './mentoring.service';
import { MentorshipParticipantEntity } from './mentorship-participant.entity';
import { MentorshipSessionEntity } from './mentorship-session.entity';

type Action = 'program.manage' | 'mentorship.manage' | 'mentorship.log' | 'mentorship.notes';

/** Which rows the caller may `action` (access component rules), batched per request: one statement per action. */
function allowed(req: GateRequest, service: MentoringService, action: Action, id: string): Promise<boolean> {
  return loaderFor<string, boolean>(req, `mentoring.${action}`, async (ids) => {
    if (!req.user) return ids.map(() => false);
    const ok = await service.allowed({ grants: req.user.grants, personId: req.user.personId }, action, ids);
    return ids.map((x) => ok.has(x));
  }).load(id);
}

@Resolver(() => MentoringProgramObject)
export class MentoringProgramFieldsResolver {
  constructor(
    private readonly service: MentoringService,
    private readonly cards: PersonCards,
  ) {}

  @ResolveField(() => PersonCardObject, { nullable: true })
  coordinator(@Parent() p: MentoringProgramObject, @Context('req') req: object) {
    return p.coordinatorPersonId ? this.cards.load(req, p.coordinatorPersonId) : null;
  }

  @ResolveField(() => Int)
  mentorshipCount(@Parent() p: MentoringProgramObject, @Context('req') req: object): Promise<number> {
    return loaderFor<string, number>(req, 'mentoring.count', async (ids) => {
      const counts = await this.service.mentorshipCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(p.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change the programme and its mentorships' })
  canEdit(@Parent() p: MentoringProgramObject, @Context('req') req: GateRequest): Promise<boolean> {
    return allowed(req, this.service, 'program.manage', p.id);
  }
}

@Resolver(() => MentorProfileObject)
export class MentorProfileFieldsResolver {
  constructor(
    private readonly service: MentoringService,
    private readonly cards: PersonCards,
  ) {}

  private loadOf(req: object, personId: string): Promise<MentorLoad | null> {
    return loaderFor<string, MentorLoad | null>(req, 'mentoring.load', async (ids) => byKeys(ids, await this.service.loads(ids), (l) => l.personId, null)).load(personId);
  }

  @ResolveField(() => PersonCardObject)
  async person(@Parent() p: MentorProfileObject, @Context('req') req: object): Promise<PersonCardObject> {
    const card = await this.cards.load(req, p.personId);
    if (!card) throw new Error(`person ${p.personId} missing`);
    return card;
  }

  @ResolveField(() => Int, { description: 'Mentees now (planned and active mentorships, all programmes)' })
  async load(@Parent() p: MentorProfileObject, @Context('req') req: object): Promise<number> {
    return (await this.loadOf(req, p.personId))?.load ?? 0;
  }

  @ResolveField(() => Int)
  async freePlaces(@Parent() p: MentorProfileObject, @Context('req') req: object): Promise<number> {
    // A mentor who does not take mentees now has no place to offer (createMentorship refuses them too).
    if (!p.available) return 0;
    return Math.max(0, p.capacity - ((await this.loadOf(req, p.personId))?.load ?? 0));
  }
}

@Resolver(() => MentorshipObject)
export class MentorshipFieldsResolver {
  constructor(
    private readonly service: MentoringService,
    private readonly networks: NetworkService,
    private readonly cards: PersonCards,
  ) {}

  private participants(req: object, id: string): Promise<MentorshipParticipantEntity[]> {
    return loaderFor<string, MentorshipParticipantEntity[]>(req, 'mentorship.participants', async (ids) =>
      groupByKeys(ids, await this.service.participantsOf(ids), (p) => p.mentorshipId),
    ).load(id);
  }

  private program(req: object, id: string): Promise<MentoringProgramEntity | null> {
    return loaderFor<string, MentoringProgramEntity | null>(req, 'mentorship.program', async (ids) => byKeys(ids, await this.service.programsByIds(ids), (p) => p.id, null)).load(id);
  }

  private async side(req: object, id: string, side: MentorshipSide): Promise<string[]> {
    return (await this.participants(req, id)).filter((p) => p.side === side).map((p) => p.personId);
  }

  @ResolveField('program', () => MentoringProgramObject)
  async programOf(@Parent() m: MentorshipObject, @Context('req') req: object) {
    const p = await this.program(req, m.programId);
    if (!p) throw new Error(`programme ${m.programId} missing`);
    return MentoringProgramObject.from(p);
  }

  @ResolveField(() => [PersonCardObject])
  async mentors(@Parent() m: MentorshipObject, @Context('req') req: object) {
    return this.cards.loadMany(req, await this.side(req, m.id, MentorshipSide.MENTOR));
  }

  @ResolveField(() => [PersonCardObject])
  async mentees(@Parent() m: MentorshipObject, @Context('req') req: object) {
    return this.cards.loadMany(req, await this.side(req, m.id, MentorshipSide.MENTEE));
  }

  @ResolveField(() => String, { description: 'PAIR, TRIAD or GROUP' })
  async shape(@Parent() m: MentorshipObject, @Context('req') req: object) {
    return mentorshipShape((await this.participants(req, m.id)).length);
  }

  @ResolveField(() => NetworkOrganizationObject, { nullable: true })
  async mentorOrganization(@Parent() m: MentorshipObject, @Context('req') req: object) {
    return m.mentorOrganizationId ? this.organization(req, m.mentorOrganizationId) : null;
  }

  @ResolveField(() => NetworkOrganizationObject, { nullable: true })
  async menteeOrganization(@Parent() m: MentorshipObject, @Context('req') req: object) {
    return m.menteeOrganizationId ? this.organization(req, m.menteeOrganizationId) : null;
  }

  private organization(req: object, id: string) {
    return loaderFor<string, DirectoryRow | null>(req, 'network.organization', async (ids) => byKeys(ids, await this.networks.directoryByIds(ids), (r) => r.id, null)).load(id);
  }

  @ResolveField(() => [MentorshipSessionObject], { description: 'The plan of meetings and what was held, by date; notes only for the pair and the programme’s managers' })
  async sessions(@Parent() m: MentorshipObject, @Context('req') req: GateRequest) {
    const rows = await loaderFor<string, MentorshipSessionEntity[]>(req, 'mentorship.sessions', async (ids) =>
      groupByKeys(ids, await this.service.sessionsOf(ids), (s) => s.mentorshipId),
    ).load(m.id);
    const notes = await allowed(req, this.service, 'mentorship.notes', m.id);
    return rows.map((s) => ({ ...MentorshipSessionObject.from(s), notes: notes ? s.notes : null }));
  }

  @ResolveField(() => Boolean, { description: 'The caller manages the programme (forms, edits, changes status)' })
  async canManage(@Parent() m: MentorshipObject, @Context('req') req: GateRequest): Promise<boolean> {
    return allowed(req, this.service, 'mentorship.manage', m.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may plan and log meetings: a mentor of the pair or a manager' })
  async canLog(@Parent() m: MentorshipObject, @Context('req') req: GateRequest): Promise<boolean> {
    if (m.status === MentorshipStatus.COMPLETED || m.status === MentorshipStatus.STOPPED) return false;
    return allowed(req, this.service, 'mentorship.log', m.id);
  }
}
