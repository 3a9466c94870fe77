import { Injectable } from '@nestjs/common';
import { LEVELLED_MODELS, NetworkMemberRole, NetworkModel } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { OrganizationRepository } from '../organization/organization.repository';
import { AgreementRepository } from './agreement.repository';
import { NetworkFilter, NetworkSort } from './dto/networks.args';
import { CreateNetworkInput, NetworkEdgeInput, NetworkMemberInput, UpdateNetworkInput, UpdateNetworkMemberInput } from './dto/network.input';
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

/** Networks: who takes part, at which level, and who supports or consults whom. */
@Injectable()
export class NetworkService {
  constructor(
    private readonly repo: NetworkRepository,
    private readonly agreements: AgreementRepository,
    private readonly organizations: OrganizationRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(scope: AccessScope, filter: NetworkFilter | undefined, sort: NetworkSort, first: number, after?: string | null) {
    return this.repo.page(this.uow.reader, scope, filter, sort, first, after);
  }

  async get(scope: AccessScope, id: string): Promise<NetworkEntity> {
    const found = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  /** Which of these networks the caller may change: their coordinator lies in the write scope. */
  async editable(writeScope: AccessScope, networks: readonly { id: string; coordinatorOrganizationId: string }[]): Promise<Set<string>> {
    if (writeScope.isEmpty) return new Set();
    const inScope = await this.organizations.idsInScope(this.uow.reader, writeScope, [...new Set(networks.map((n) => n.coordinatorOrganizationId))]);
    return new Set(networks.filter((n) => inScope.has(n.coordinatorOrganizationId)).map((n) => n.id));
  }

  /** The network locked for a change by its coordinator; NOT_FOUND when invisible, FORBIDDEN when not coordinated. */
  async lockForChange(m: EntityManager, actor: Actor, id: string): Promise<NetworkEntity> {
    const network = await this.repo.findInScope(m, actor.scope, id, true);
    if (!network) throw notFound(NOT_FOUND);
    const ok = await this.organizations.idsInScope(m, actor.scope, [network.coordinatorOrganizationId]);
    if (!ok.size) throw forbidden('Изменять сеть может только её координатор');
    if (network.archivedAt) throw badInput([], 'Сеть в архиве: сначала восстановите её');
    return network;
  }

  private async rulesState(m: EntityManager, networkId: string) {
    // One transaction's connection runs one statement at a time.
    const members = await this.repo.membersOf(m, [networkId]);
    const edges = await this.repo.edgesOf(m, [networkId]);
    return { members, edges, byId: new Map<string, RuleMember>(members.map((x) => [x.id, { id: x.id, level: x.level }])) };
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
      const ok = await this.organizations.idsInScope(m, actor.scope, [input.coordinatorOrganizationId]);
      if (!ok.size) throw fieldError('coordinatorOrganizationId', 'Координатором может быть только организация вашей зоны ответственности');
      const network = await this.repo.insert(m, { ...input, endsOn: input.endsOn ?? null });
      await this.repo.insertMember(m, { networkId: network.id, organizationId: input.coordinatorOrganizationId, role: NetworkMemberRole.COORDINATOR, level: null });
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
        const ok = await this.organizations.idsInScope(m, actor.scope, [input.coordinatorOrganizationId]);
        if (!ok.size) throw fieldError('coordinatorOrganizationId', 'Координатором может быть только организация вашей зоны ответственности');
        if (!state.members.some((x) => x.organizationId === input.coordinatorOrganizationId)) {
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
      const before = await this.repo.findInScope(m, actor.scope, id, true);
      if (!before) throw notFound(NOT_FOUND);
      if (!(await this.organizations.idsInScope(m, actor.scope, [before.coordinatorOrganizationId])).size) {
        throw forbidden('Изменять сеть может только её координатор');
      }
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'network', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  async addMember(actor: Actor, networkId: string, input: NetworkMemberInput): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const network = await this.lockForChange(m, actor, networkId);
      NetworkService.checkLevel(network.model, input.level);
      if (!(await this.repo.directoryByIds(m, [input.organizationId])).length) throw fieldError('organizationId', 'Организация не найдена');
      const member = await this.repo.insertMember(m, { networkId, organizationId: input.organizationId, role: input.role, level: input.level ?? null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-member', entityType: 'network', entityId: networkId, after: { memberId: member.id, ...input } });
      return network;
    }, CONSTRAINTS);
  }

  async updateMember(actor: Actor, memberId: string, input: UpdateNetworkMemberInput): Promise<NetworkEntity> {
    return this.uow.write(async (m) => {
      const before = await this.repo.member(m, memberId);
      if (!before) throw notFound('Участник сети не найден');
      const network = await this.lockForChange(m, actor, before.networkId);
      if (input.level !== undefined) {
        NetworkService.checkLevel(network.model, input.level);
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
      const member = await this.repo.member(m, memberId);
      if (!member) throw notFound('Участник сети не найден');
      const network = await this.lockForChange(m, actor, member.networkId);
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
      const network = await this.lockForChange(m, actor, edge.networkId);
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
