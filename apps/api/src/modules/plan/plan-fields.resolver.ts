import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PlanItemStatus, PlanPartyRole } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { DirectoryRow } from '../network/network.repository';
import { NetworkOrganizationObject } from '../network/dto/network.object';
import { NetworkRepository } from '../network/network.repository';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import { UnitOfWork } from '../../common/database/unit-of-work';
import {
  PlanItemLinkObject,
  PlanItemObject,
  PlanItemPartyObject,
  PlanItemStatusObject,
  PlanObject,
  PlanOwnerObject,
  PlanStageObject,
} from './dto/plan.object';
import { PlanItemLinkEntity } from './plan-item-link.entity';
import { PlanItemPartyEntity } from './plan-item-party.entity';
import { PlanItemStatusRow } from './plan-item-status.reader';
import { PlanItemEntity } from './plan-item.entity';
import { PlanStageEntity } from './plan-stage.entity';
import { OwnerRow } from './plan.repository';
import { PlanService } from './plan.service';

@Resolver(() => PlanObject)
export class PlanFieldsResolver {
  constructor(private readonly service: PlanService) {}

  @ResolveField(() => PlanOwnerObject, { description: 'The organisation, municipality or network whose plan it is' })
  async owner(@Parent() p: PlanObject, @Context('req') req: object): Promise<PlanOwnerObject> {
    const row = await loaderFor<string, OwnerRow | null>(req, 'plan.owner', async (ids) => byKeys(ids, await this.service.owners(ids), (r) => r.planId, null)).load(p.id);
    if (!row) throw new Error(`owner of plan ${p.id} missing`);
    return { kind: row.kind, id: row.id, name: row.name };
  }

  @ResolveField(() => [PlanStageObject], { description: 'In order' })
  async stages(@Parent() p: PlanObject, @Context('req') req: object): Promise<PlanStageObject[]> {
    const rows = await loaderFor<string, PlanStageEntity[]>(req, 'plan.stages', async (ids) => groupByKeys(ids, await this.service.stagesOf(ids), (s) => s.planId)).load(p.id);
    return rows.map(PlanStageObject.from);
  }

  @ResolveField(() => Int, { description: 'Items not archived' })
  async itemCount(@Parent() p: PlanObject, @Context('req') req: object): Promise<number> {
    const rows = await loaderFor<string, PlanItemEntity[]>(req, 'plan.items', async (ids) => groupByKeys(ids, await this.service.itemsOfPlans(ids), (i) => i.planId)).load(p.id);
    return rows.length;
  }

  @ResolveField(() => Boolean, { description: 'The caller may change it' })
  canEdit(@Parent() p: PlanObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'plan.canEdit', async (ids) => {
      const ok = req.user ? await this.service.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(p.id);
  }
}

@Resolver(() => PlanStageObject)
export class PlanStageFieldsResolver {
  constructor(private readonly service: PlanService) {}

  @ResolveField(() => [PlanItemObject], { description: 'In order' })
  async items(
    @Parent() s: PlanStageObject,
    @Context('req') req: object,
    @Args('archived', { type: () => ArchiveFilter, defaultValue: ArchiveFilter.ACTIVE }) archived: ArchiveFilter,
  ): Promise<PlanItemObject[]> {
    const rows = await loaderFor<string, PlanItemEntity[]>(req, `plan.stageItems.${archived}`, async (ids) =>
      groupByKeys(ids, await this.service.itemsOfStages(ids, archived), (i) => i.stageId),
    ).load(s.id);
    return rows.map(PlanItemObject.from);
  }
}

function parties(req: object, service: PlanService, itemId: string): Promise<PlanItemPartyEntity[]> {
  return loaderFor<string, PlanItemPartyEntity[]>(req, 'plan.parties', async (ids) => groupByKeys(ids, await service.partiesOf(ids), (p) => p.itemId)).load(itemId);
}

@Resolver(() => PlanItemObject)
export class PlanItemFieldsResolver {
  constructor(private readonly service: PlanService) {}

  @ResolveField(() => PlanItemStatusObject, { description: 'Derived from what carries the item out where it can be, else set by hand' })
  async status(@Parent() i: PlanItemObject, @Context('req') req: object): Promise<PlanItemStatusObject> {
    const row = await loaderFor<string, PlanItemStatusRow | null>(req, 'plan.itemStatus', async (ids) => byKeys(ids, await this.service.statuses(ids), (r) => r.itemId, null)).load(i.id);
    return row ? { status: row.status, derivedFrom: row.derivedFrom } : { status: i.manualStatus, derivedFrom: [] };
  }

  @ResolveField(() => [PlanItemPartyObject], { description: 'People and organisations responsible, as listed' })
  async responsible(@Parent() i: PlanItemObject, @Context('req') req: object): Promise<PlanItemPartyObject[]> {
    return (await parties(req, this.service, i.id)).filter((p) => p.role === PlanPartyRole.RESPONSIBLE).map(partyObject);
  }

  @ResolveField(() => [PlanItemPartyObject], { description: 'People and organisations taking part, as listed' })
  async participants(@Parent() i: PlanItemObject, @Context('req') req: object): Promise<PlanItemPartyObject[]> {
    return (await parties(req, this.service, i.id)).filter((p) => p.role === PlanPartyRole.PARTICIPANT).map(partyObject);
  }

  @ResolveField(() => [PlanItemLinkObject], { description: 'What carries the item out, as far as the caller sees it' })
  async links(@Parent() i: PlanItemObject, @Context('req') req: GateRequest): Promise<PlanItemLinkObject[]> {
    return loaderFor<string, PlanItemLinkObject[]>(req, 'plan.links', async (itemIds) => {
      const links = await this.service.linksOf(itemIds);
      const seen = req.user ? await this.service.visibleTargets(req.user, links) : new Set<string>();
      const visible = links.filter((l) => seen.has(l.targetId));
      const titles = new Map((await this.service.linkTitles(visible.map((l) => l.targetId))).map((r) => [r.id, r.title]));
      const statuses = new Map((await this.service.linkStatuses(visible)).map((r) => [r.id, r.status]));
      return groupByKeys(itemIds, visible, (l: PlanItemLinkEntity) => l.itemId).map((ls) =>
        ls.map((l) => ({ id: l.id, kind: l.kind, targetId: l.targetId, occurrenceDate: l.occurrenceDate, title: titles.get(l.targetId) ?? '', status: (statuses.get(l.id) as PlanItemStatus | undefined) ?? null })),
      );
    }).load(i.id);
  }
}

function partyObject(p: PlanItemPartyEntity): PlanItemPartyObject {
  return { id: p.id, role: p.role, personId: p.personId, organizationId: p.organizationId };
}

@Resolver(() => PlanItemPartyObject)
export class PlanItemPartyFieldsResolver {
  constructor(
    private readonly cards: PersonCards,
    private readonly networks: NetworkRepository,
    private readonly uow: UnitOfWork,
  ) {}

  @ResolveField(() => PersonCardObject, { nullable: true })
  person(@Parent() p: PlanItemPartyObject, @Context('req') req: object): Promise<PersonCardObject | null> {
    return p.personId ? this.cards.load(req, p.personId) : Promise.resolve(null);
  }

  @ResolveField(() => NetworkOrganizationObject, { nullable: true })
  organization(@Parent() p: PlanItemPartyObject, @Context('req') req: object): Promise<DirectoryRow | null> {
    if (!p.organizationId) return Promise.resolve(null);
    return loaderFor<string, DirectoryRow | null>(req, 'plan.organization', async (ids) => byKeys(ids, await this.networks.directoryByIds(this.uow.reader, ids), (r) => r.id, null)).load(p.organizationId);
  }
}
