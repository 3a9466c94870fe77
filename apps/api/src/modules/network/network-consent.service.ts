import { Injectable } from '@nestjs/common';
import { NetworkMemberRole, NetworkMemberStatus } from '@metodset/shared';
import { AccessService } from '../../common/access/access.service';
import { Caller } from '../../common/access/access-rule';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { NetworkMemberEntity } from './network-member.entity';
import { NetworkRepository } from './network.repository';

const MEMBER_NOT_FOUND = 'Участник сети не найден';
const INVITATION_NOT_FOUND = 'Приглашение не найдено';

/**
 * Networks by consent: the invited organisation's side answers an invitation, a member leaves. The coordinator's
 * side (inviting, removing) is NetworkService's; this is the side of whoever acts for the member organisation.
 */
@Injectable()
export class NetworkConsentService {
  constructor(
    private readonly repo: NetworkRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Pending invitations addressed to organisations the caller may act for (`organization.write`). */
  invitations(caller: Caller) {
    return this.repo.invitations(this.uow.reader, this.access.scope(caller, Permission.REGISTRY_WRITE).withoutSelf());
  }

  /**
   * The invited organisation answers (accept, decline) or a member leaves. Whoever may act for the member
   * organisation (`organization.write`: its admin, the methodist of its municipality) may; anyone else gets
   * NOT_FOUND. The row is locked, so concurrent answers apply one after the other; a repeated answer changes nothing.
   */
  async respond(actor: Actor, memberId: string, answer: 'accept' | 'decline' | 'leave'): Promise<NetworkMemberEntity> {
    const notFoundMessage = answer === 'leave' ? MEMBER_NOT_FOUND : INVITATION_NOT_FOUND;
    return this.uow.write(async (m) => {
      const found = await this.repo.member(m, memberId);
      if (!found) throw notFound(notFoundMessage);
      await this.access.require(m, actor.user, 'organization.write', found.organizationId, notFoundMessage);
      // Network first, then the member: the order the coordinator's changes lock them in.
      const network = await this.repo.lockById(m, found.networkId);
      const member = await this.repo.memberForUpdate(m, memberId);
      if (!network || !member) throw notFound(notFoundMessage);
      const target = { accept: NetworkMemberStatus.ACCEPTED, decline: NetworkMemberStatus.DECLINED, leave: NetworkMemberStatus.LEFT }[answer];
      if (member.status === target) return member;
      const from = answer === 'leave' ? NetworkMemberStatus.ACCEPTED : NetworkMemberStatus.INVITED;
      if (member.status !== from) {
        throw badInput([], answer === 'leave' ? 'Организация не участвует в этой сети' : 'Приглашение уже не действует');
      }
      if (answer === 'leave' && member.role === NetworkMemberRole.COORDINATOR) {
        throw badInput([], 'Координатор не может выйти из сети: сначала передайте координацию другой организации');
      }
      if (answer === 'accept' && network.archivedAt) throw badInput([], 'Сеть в архиве: приглашение нельзя принять');
      // A departed organisation keeps no level and no links (they involve accepted members only); its records stay.
      if (answer === 'leave') await this.repo.deleteEdgesOf(m, memberId);
      const changes = { status: target, respondedByAccountId: actor.user.accountId, respondedAt: new Date(), ...(answer === 'leave' ? { level: null } : {}) };
      await this.repo.updateMember(m, memberId, changes);
      const action = { accept: 'accept-invitation', decline: 'decline-invitation', leave: 'leave-network' }[answer];
      await this.audit.record(m, { accountId: actor.user.accountId, action, entityType: 'network', entityId: member.networkId, before: member, after: { memberId, ...changes } });
      return { ...member, ...changes };
    });
  }

  // Batches for field resolvers.
  accountNames = (ids: readonly string[]) => this.repo.accountNames(this.uow.reader, ids);
  leavable = (caller: Caller, members: readonly Pick<NetworkMemberEntity, 'organizationId' | 'status' | 'role'>[]) =>
    this.access.check(
      this.uow.reader,
      caller,
      'organization.write',
      members.filter((x) => x.status === NetworkMemberStatus.ACCEPTED && x.role !== NetworkMemberRole.COORDINATOR).map((x) => x.organizationId),
    );
}
