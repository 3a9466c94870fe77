import { Injectable } from '@nestjs/common';
import { CompetenceLevel } from '@metodset/shared';
import { EntityManager, In } from 'typeorm';
import { OrganizationSelfDiagnosisEntryEntity } from './organization-self-diagnosis-entry.entity';
import { OrganizationSelfDiagnosisEntity } from './organization-self-diagnosis.entity';

export interface EntryValues {
  competenceId: string;
  level: CompetenceLevel;
  score: number | null;
  note: string;
}

/** Schools' self-diagnostics. The organisation is checked against the scope by the service before any of these. */
@Injectable()
export class SelfDiagnosisRepository {
  private repo = (m: EntityManager) => m.getRepository(OrganizationSelfDiagnosisEntity);
  private entries = (m: EntityManager) => m.getRepository(OrganizationSelfDiagnosisEntryEntity);

  ofOrganization(m: EntityManager, organizationId: string, archived: boolean): Promise<OrganizationSelfDiagnosisEntity[]> {
    const qb = this.repo(m).createQueryBuilder('d').where('d.organization_id = :organizationId', { organizationId });
    qb.andWhere(archived ? 'd.archived_at IS NOT NULL' : 'd.archived_at IS NULL');
    return qb.orderBy('d.conducted_on', 'DESC').addOrderBy('d.created_at', 'DESC').take(100).getMany();
  }

  find(m: EntityManager, id: string, lock = false): Promise<OrganizationSelfDiagnosisEntity | null> {
    const qb = this.repo(m).createQueryBuilder('d').where('d.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findAggregated(m: EntityManager, organizationId: string, campaignId: string): Promise<OrganizationSelfDiagnosisEntity | null> {
    return this.repo(m).findOneBy({ organizationId, campaignId, source: 'AGGREGATED' as OrganizationSelfDiagnosisEntity['source'] });
  }

  entriesOf(m: EntityManager, diagnosisIds: readonly string[]): Promise<OrganizationSelfDiagnosisEntryEntity[]> {
    if (!diagnosisIds.length) return Promise.resolve([]);
    return this.entries(m).find({ where: { diagnosisId: In([...diagnosisIds]) } });
  }

  async insert(m: EntityManager, values: Partial<OrganizationSelfDiagnosisEntity>): Promise<OrganizationSelfDiagnosisEntity> {
    const res = await this.repo(m).insert(values);
    return this.repo(m).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async update(m: EntityManager, id: string, values: Partial<OrganizationSelfDiagnosisEntity>): Promise<OrganizationSelfDiagnosisEntity> {
    if (Object.keys(values).length) await this.repo(m).update({ id }, values);
    return this.repo(m).findOneByOrFail({ id });
  }

  /** Replaces all entries of a diagnosis (one DELETE, one INSERT). */
  async replaceEntries(m: EntityManager, diagnosisId: string, entries: readonly EntryValues[]): Promise<void> {
    await this.entries(m).delete({ diagnosisId });
    if (entries.length) await this.entries(m).insert(entries.map((e) => ({ ...e, diagnosisId })));
  }
}
