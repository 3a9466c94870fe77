import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { AgreementFileEntity } from './agreement-file.entity';
import { AgreementPartyEntity } from './agreement-party.entity';
import { AgreementEntity } from './agreement.entity';
import { acceptedMemberOrgsSql } from './network-membership.sql';

@Injectable()
export class AgreementRepository {
  /** Agreements of networks visible in the scope (a network is visible when any accepted member is). */
  private scoped(m: EntityManager, scope: AccessScope) {
    const qb = m.getRepository(AgreementEntity).createQueryBuilder('ag');
    if (scope.all) return qb.where('TRUE');
    const cond = scope.organizationCondition('aso');
    return qb.where(`EXISTS (SELECT 1 FROM organization aso WHERE aso.id IN (${acceptedMemberOrgsSql('ag.network_id')}) AND ${cond.sql})`, cond.params);
  }

  byNetworkIds(m: EntityManager, networkIds: readonly string[]): Promise<AgreementEntity[]> {
    if (!networkIds.length) return Promise.resolve([]);
    return m.getRepository(AgreementEntity).find({ where: { networkId: In([...networkIds]) }, order: { signedOn: 'DESC', number: 'ASC' } });
  }

  partiesOf(m: EntityManager, agreementIds: readonly string[]): Promise<AgreementPartyEntity[]> {
    if (!agreementIds.length) return Promise.resolve([]);
    return m.getRepository(AgreementPartyEntity).find({ where: { agreementId: In([...agreementIds]) } });
  }

  findInScope(m: EntityManager, scope: AccessScope, id: string): Promise<AgreementEntity | null> {
    return this.scoped(m, scope).andWhere('ag.id = :id', { id }).getOne();
  }

  /** Active agreements whose term ends between today and `until`, soonest first. */
  expiring(m: EntityManager, scope: AccessScope, today: string, until: string): Promise<AgreementEntity[]> {
    return this.scoped(m, scope)
      .andWhere('ag.archived_at IS NULL AND ag.ends_on BETWEEN CAST(:today AS date) AND CAST(:until AS date)', { today, until })
      .orderBy('ag.ends_on', 'ASC')
      .addOrderBy('ag.id')
      .limit(100)
      .getMany();
  }

  async insert(m: EntityManager, values: Partial<AgreementEntity>): Promise<AgreementEntity> {
    const res = await m.getRepository(AgreementEntity).insert(values);
    return m.getRepository(AgreementEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async update(m: EntityManager, id: string, values: Partial<AgreementEntity>): Promise<AgreementEntity> {
    if (Object.keys(values).length) await m.getRepository(AgreementEntity).update({ id }, values);
    return m.getRepository(AgreementEntity).findOneByOrFail({ id });
  }

  async replaceParties(m: EntityManager, agreementId: string, organizationIds: readonly string[]): Promise<void> {
    await m.getRepository(AgreementPartyEntity).delete({ agreementId });
    await m.getRepository(AgreementPartyEntity).insert(organizationIds.map((organizationId) => ({ agreementId, organizationId })));
  }

  /** Agreements where the organisation is a party, in one network. */
  countPartyIn(m: EntityManager, networkId: string, organizationId: string): Promise<number> {
    return m
      .getRepository(AgreementPartyEntity)
      .createQueryBuilder('p')
      .innerJoin(AgreementEntity, 'ag', 'ag.id = p.agreement_id')
      .where('ag.network_id = :networkId AND p.organization_id = :organizationId', { networkId, organizationId })
      .getCount();
  }

  async putFile(m: EntityManager, agreementId: string, content: Buffer): Promise<void> {
    await m.getRepository(AgreementFileEntity).upsert({ agreementId, content }, ['agreementId']);
  }

  async deleteFile(m: EntityManager, agreementId: string): Promise<void> {
    await m.getRepository(AgreementFileEntity).delete({ agreementId });
  }

  file(m: EntityManager, agreementId: string): Promise<AgreementFileEntity | null> {
    return m.getRepository(AgreementFileEntity).findOneBy({ agreementId });
  }
}
