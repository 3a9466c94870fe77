import { Injectable } from '@nestjs/common';
import { LEVELLED_MODELS, NetworkMemberRole, NetworkMemberStatus, NetworkModel } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Caller } from '../../common/access/access-rule';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, conflict, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { AgreementRepository } from './agreement.repository';
import { PageRequest } from '../../common/pagination/order';
import { NetworkFilter, NetworkOrder } from './dto/networks.args';
import { CreateNetworkInput, NetworkEdgeInput, NetworkMemberInput, UpdateNetworkInput, UpdateNetworkMemberInput } from './dto/network.input';
import { NetworkMemberEntity } from './network-member.entity';
import { NetworkEntity } from './network.entity';
import { edgeProblem, levelChangeProblem, modelChangeProblem, RuleMember } from './network-rules';
import { NetworkRepository } from './network.repository';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_network_external_id: { field: 'externalId', message: 'Сеть с таким кодом уже есть' },
  uq_network_member: { field: 'organizationId', message: 'Организация уже участвует в этой сети' },
  uq_network_edge: { field: 'toMemberId', message: 'Такая связь уже есть' },
  ck_network_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
};
const NOT_FOUND = 'Сеть не найдена';
const MEMBER_NOT_FOUND = 'Участник сети не найден';
const NOT_COORDINATOR = 'Изменять сеть может только её координатор';
const OUT_OF_REACH = 'Координатором может быть только организация вашей зоны ответственности';

/** Networks: who takes part, at which level, and who supports or consults whom. */
@Injectable()
export class NetworkService {
  constructor(
    private readonly repo: NetworkRepository,
    private readonly agreements: AgreementRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(scope: AccessScope, filter: NetworkFilter | undefined, order: NetworkOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, scope, filter, order, page);
  }

  async get(scope: AccessScope, id: string): Promise<NetworkEntity> {
    const found = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  /** Which of these networks the caller may change: the access component's `network.coordinate`, batched. */
  editable(caller: Caller, ids: readonly string[]): Promise<Set<string>> {
    return this.access.check(this.uow.reader, caller, 'network.coordinate', ids);
  }

  /**
   * The network locked for a change by its coordinator. Invisible is NOT_FOUND; visible but coordinated by
   * someone else is FORBIDDEN (the caller already sees the network and who coordinates it).
   */
  async lockForChange(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean; notFound?: string } = {}): Promise<NetworkEntity> {
    await this.access.require(m, actor.user, 'network.read', id, opts.notFound ?? NOT_FOUND);
    if (!(await this.access.can(m, actor.user, 'network.coordinate', id))) throw forbidden(NOT_COORDINATOR);
    const network = await this.repo.lockById(m, id);
    if (!network) throw notFound(NOT_FOUND);
    if (network.archivedAt && !opts.allowArchived) throw badInput([], 'Сеть в архиве: сначала восстановите её');
    return network;
  }

  /** The member row, locked, and its network locked for a change by its coordinator. */
  private async lockMemberForChange(m: EntityManager, actor: Actor, memberId: string): Promise<{ member: NetworkMemberEntity; network: NetworkEntity }> {
    const found = await this.repo.member(m, memberId);
    if (!found) throw notFound(MEMBER_NOT_FOUND);
    const network = await this.lockForChange(m, actor, found.networkId, { notFound: MEMBER_NOT_FOUND });
    const member = await this.repo.memberForUpdate(m, memberId);
    if (!member) throw notFound(MEMBER_NOT_FOUND);
    return { member, network };
  }

  private coordinatorInReach(m: EntityManager, actor: Actor, organizationId: string): Promise<boolean> {
    return this.access.can(m, actor.user, 'organization.write', organizationId);
  }

  private async rulesState(m: EntityManager, networkId: string) {
    // One transaction's connection runs one statement at a time.
    const members = await this.repo.membersOf(m, [networkId]);
    const edges = await this.repo.edgesOf(m, [networkId]);
    // Links and levels involve accepted members only: an invited or departed organisation is not in the graph.
    const taking = members.filter((x) => x.status === NetworkMemberStatus.ACCEPTED);
    return { members, edges, byId: new Map<string, RuleMember>(taking.map((x) => [x.id, { id: x.id, level: x.level }])) };
  }

  private static checkPeriod(startsOn: string | undefined, endsOn: string | null | undefined): void {
    if (startsOn && endsOn && endsOn < startsOn) throw fieldError('endsOn', 'Окончание не может быть раньше начала');
  }

  private static checkLevel(model: NetworkModel, level: number | null | undefined): void {
    if (level != null && !LEVELLED_MODELS.includes(model)) throw fieldError('level', 'В сети этой модели у участников нет уровней');
  }

  async create(actor: Actor, input: CreateNetworkInput): Promise<NetworkEntity> {
    NetworkService.checkPeriod(input.startsOn, input.endsOn);
    return this.uow.write(async (m) => {
      if (!(await this.coordinatorInReach(m, actor, input.coordinatorOrganizationId))) throw fieldError('coordinatorOrganizationId', OUT_OF_REACH);
      const network = await this.repo.insert(m, { ...input, endsOn: input.endsOn ?? null });
      await this.repo.insertMember(m, {
        networkId: network.id,
        organizationId: input.coordinatorOrganizationId,
        role: NetworkMemberRole.COORDINATOR,
        level: null,
        status: NetworkMemberStatus.ACCEPTED,
      });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'network', entityId: network.id, after: input });
      return network;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateNetworkInput): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id);
      NetworkService.checkPeriod(input.startsOn ?? before.startsOn, input.endsOn === undefined ? before.endsOn : input.endsOn);
      const state = await this.rulesState(m, id);
      if (input.model && input.model !== before.model) {
        const problem = modelChangeProblem(input.model, state.byId, state.edges);
        if (problem) throw fieldError('model', problem);
      }
      if (input.coordinatorOrganizationId && input.coordinatorOrganizationId !== before.coordinatorOrganizationId) {
        if (!(await this.coordinatorInReach(m, actor, input.coordinatorOrganizationId))) throw fieldError('coordinatorOrganizationId', OUT_OF_REACH);
        if (!state.members.some((x) => x.organizationId === input.coordinatorOrganizationId && x.status === NetworkMemberStatus.ACCEPTED)) {
          throw fieldError('coordinatorOrganizationId', 'Сначала добавьте организацию в участники сети');
        }
      }
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<NetworkEntity>;
      const after = await this.repo.update(m, id, changes);
      if (after.coordinatorOrganizationId !== before.coordinatorOrganizationId) {
        await this.repo.handOverCoordination(m, id, before.coordinatorOrganizationId, after.coordinatorOrganizationId);
      }
      // Levels mean nothing in a model without them.
      if (!LEVELLED_MODELS.includes(after.model) && LEVELLED_MODELS.includes(before.model)) await this.repo.clearLevels(m, id);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'network', entityId: id, before, after });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id, { allowArchived: true });
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'network', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  /**
   * Adds an organisation. One the coordinator may act for (`organization.write`) takes part at once; any other is
   * invited and takes part only once its own admin or methodist accepts. Re-adding a declined or departed
   * organisation invites it again.
   */
  async addMember(actor: Actor, networkId: string, input: NetworkMemberInput): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const network = await this.lockForChange(m, actor, networkId);
      NetworkService.checkLevel(network.model, input.level);
      if (!(await this.repo.directoryByIds(m, [input.organizationId])).length) throw fieldError('organizationId', 'Организация не найдена');
      const inReach = await this.access.can(m, actor.user, 'organization.write', input.organizationId);
      if (!inReach && input.level != null) throw fieldError('level', 'Уровень задаётся после того, как организация примет приглашение');
      const status = inReach ? NetworkMemberStatus.ACCEPTED : NetworkMemberStatus.INVITED;
      const invitation = inReach
        ? { invitedByAccountId: null, invitedAt: null }
        : { invitedByAccountId: actor.user.accountId, invitedAt: new Date() };
      const values = { role: input.role, level: input.level ?? null, status, ...invitation, respondedByAccountId: null, respondedAt: null };
      const before = await this.repo.memberByOrganization(m, networkId, input.organizationId, true);
      let memberId: string;
      if (!before) {
        memberId = (await this.repo.insertMember(m, { networkId, organizationId: input.organizationId, ...values })).id;
      } else if (before.status === NetworkMemberStatus.DECLINED || before.status === NetworkMemberStatus.LEFT) {
        memberId = before.id;
        await this.repo.updateMember(m, before.id, values);
      } else {
        const message = before.status === NetworkMemberStatus.INVITED ? 'Организация уже приглашена в эту сеть' : 'Организация уже участвует в этой сети';
        throw conflict(message, [{ field: 'organizationId', message }]);
      }
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: inReach ? 'add-member' : 'invite-member',
        entityType: 'network',
        entityId: networkId,
        before: before ?? undefined,
        after: { memberId, status, ...input },
      });
      return network;
    }, CONSTRAINTS);
  }

  async updateMember(actor: Actor, memberId: string, input: UpdateNetworkMemberInput): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const { member: before, network } = await this.lockMemberForChange(m, actor, memberId);
      if (input.level !== undefined) {
        NetworkService.checkLevel(network.model, input.level);
        if (input.level !== null && before.status !== NetworkMemberStatus.ACCEPTED) {
          throw fieldError('level', 'Уровень задаётся только участнику, принявшему приглашение');
        }
        const state = await this.rulesState(m, network.id);
        const problem = levelChangeProblem(network.model, state.byId, state.edges, memberId, input.level);
        if (problem) throw fieldError('level', problem);
      }
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      await this.repo.updateMember(m, memberId, changes);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-member', entityType: 'network', entityId: network.id, before, after: { memberId, ...changes } });
      return network;
    }, CONSTRAINTS);
  }

  async removeMember(actor: Actor, memberId: string): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const { member, network } = await this.lockMemberForChange(m, actor, memberId);
      if (member.organizationId === network.coordinatorOrganizationId) throw badInput([], 'Координатора нельзя исключить: сначала назначьте другого');
      if (await this.agreements.countPartyIn(m, network.id, member.organizationId)) {
        throw badInput([], 'Организация — сторона соглашения этой сети: сначала измените соглашение');
      }
      await this.repo.deleteMember(m, memberId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-member', entityType: 'network', entityId: network.id, before: member });
      return network;
    }, CONSTRAINTS);
  }

  async addEdge(actor: Actor, networkId: string, input: NetworkEdgeInput): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const network = await this.lockForChange(m, actor, networkId);
      const state = await this.rulesState(m, networkId);
      for (const field of ['fromMemberId', 'toMemberId'] as const) {
        const member = state.members.find((x) => x.id === input[field]);
        if (member && member.status !== NetworkMemberStatus.ACCEPTED) throw fieldError(field, 'Связь возможна только с участником, принявшим приглашение');
      }
      const problem = edgeProblem(network.model, state.byId, state.edges, input);
      if (problem) throw fieldError('toMemberId', problem);
      const edge = await this.repo.insertEdge(m, { networkId, ...input });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-edge', entityType: 'network', entityId: networkId, after: { edgeId: edge.id, ...input } });
      return network;
    }, CONSTRAINTS);
  }

  async removeEdge(actor: Actor, edgeId: string): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const edge = await this.repo.edge(m, edgeId);
      if (!edge) throw notFound('Связь не найдена');
      const network = await this.lockForChange(m, actor, edge.networkId, { notFound: 'Связь не найдена' });
      await this.repo.deleteEdge(m, edgeId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-edge', entityType: 'network', entityId: network.id, before: edge });
      return network;
    }, CONSTRAINTS);
  }

  // Batches for field resolvers.
  membersOf = (ids: readonly string[]) => this.repo.membersOf(this.uow.reader, ids);
  edgesOf = (ids: readonly string[]) => this.repo.edgesOf(this.uow.reader, ids);
  memberCounts = (ids: readonly string[]) => this.repo.memberCounts(this.uow.reader, ids);
  directoryByIds = (ids: readonly string[]) => this.repo.directoryByIds(this.uow.reader, ids);
  directorySearch = (search: string, first: number) => this.repo.directorySearch(this.uow.reader, search, first);
}
