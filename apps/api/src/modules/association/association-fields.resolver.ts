import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { AssociationMeetingEntity } from './association-meeting.entity';
import { AssociationMemberEntity } from './association-member.entity';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { HostRow } from './association.repository';
import { AssociationService } from './association.service';
import {
  AssociationHostObject,
  AssociationMeetingObject,
  AssociationMemberObject,
  AssociationObject,
} from './dto/association.object';

function members(req: object, service: AssociationService, id: string): Promise<AssociationMemberEntity[]> {
  return loaderFor<string, AssociationMemberEntity[]>(req, 'association.members', async (ids) =>
    groupByKeys(ids, await service.membersOf(ids), (m) => m.associationId),
  ).load(id);
}

@Resolver(() => AssociationObject)
export class AssociationFieldsResolver {
  constructor(private readonly service: AssociationService) {}

  @ResolveField(() => AssociationHostObject, { description: 'The organisation, municipality or network it belongs to' })
  async host(@Parent() a: AssociationObject, @Context('req') req: object): Promise<AssociationHostObject> {
    const row = await loaderFor<string, HostRow | null>(req, 'association.host', async (ids) => byKeys(ids, await this.service.hostNames(ids), (r) => r.associationId, null)).load(a.id);
    if (!row) throw new Error(`host of ${a.id} missing`);
    return { kind: row.kind, id: row.id, name: row.name };
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() a: AssociationObject, @Context('req') req: object): Promise<number> {
    return (await members(req, this.service, a.id)).length;
  }

  @ResolveField(() => [AssociationMemberObject], { description: 'Head first' })
  async members(@Parent() a: AssociationObject, @Context('req') req: object): Promise<AssociationMemberObject[]> {
    return (await members(req, this.service, a.id)).map(AssociationMemberObject.from);
  }

  @ResolveField(() => [AssociationMeetingObject], { description: 'Newest first' })
  async meetings(@Parent() a: AssociationObject, @Context('req') req: object): Promise<AssociationMeetingObject[]> {
    const rows = await loaderFor<string, AssociationMeetingEntity[]>(req, 'association.meetings', async (ids) =>
      groupByKeys(ids, await this.service.meetingsOf(ids), (m) => m.associationId),
    ).load(a.id);
    return rows.map(AssociationMeetingObject.from);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change it' })
  canEdit(@Parent() a: AssociationObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'association.canEdit', async (ids) => {
      const ok = req.user ? await this.service.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(a.id);
  }
}

@Resolver(() => AssociationMemberObject)
export class AssociationMemberFieldsResolver {
  constructor(private readonly cards: PersonCards) {}

  @ResolveField(() => PersonCardObject)
  async person(@Parent() m: AssociationMemberObject, @Context('req') req: object): Promise<PersonCardObject> {
    const p = await this.cards.load(req, m.personId);
    if (!p) throw new Error(`person ${m.personId} missing`);
    return p;
  }
}

@Resolver(() => AssociationMeetingObject)
export class AssociationMeetingFieldsResolver {
  constructor(private readonly cards: PersonCards) {}

  @ResolveField(() => [PersonCardObject])
  attendees(@Parent() m: AssociationMeetingObject, @Context('req') req: object): Promise<PersonCardObject[]> {
    return this.cards.loadMany(req, m.attendeeIds);
  }
}
