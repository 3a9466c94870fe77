import { Injectable } from '@nestjs/common';
import { PLAN_KIND_LABELS, PlanLinkKind } from '@metodset/shared';
import { EntityManager, In, IsNull, Not, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { planReadCondition } from '../../common/access/rules/plan.rules';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { PlanFilter, PlanOrder, PlanOrderField, PlanOwnerKind } from './dto/plans.args';
import { PlanItemLinkEntity } from './plan-item-link.entity';
import { PlanItemPartyEntity } from './plan-item-party.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanStageEntity } from './plan-stage.entity';
import { seriesDates } from '../event/event-occurrences';
import { PlanEntity } from './plan.entity';

const OWNER_NAME = (a: string) => `COALESCE((SELECT COALESCE(ow.short_name, ow.name) FROM organization ow WHERE ow.id = ${a}.organization_id),
                   (SELECT om.name FROM municipality om WHERE om.id = ${a}.municipality_id), (SELECT onw.name FROM network onw WHERE onw.id = ${a}.network_id))`;

const ORDER: OrderColumns<PlanOrderField> = {
  TITLE: { sql: 'p.title', type: 'text' },
  KIND: { sql: byLabel('p.kind', PLAN_KIND_LABELS), type: 'text' },
  OWNER: { sql: OWNER_NAME('p'), type: 'text', nulls: '' },
  STARTS_ON: { sql: 'p.starts_on', type: 'date', nulls: '-infinity' },
  ITEM_COUNT: { sql: '(SELECT count(*) FROM plan_item pic WHERE pic.plan_id = p.id AND pic.archived_at IS NULL)', type: 'int' },
};
const DEFAULT_ORDER: PlanOrder = { field: PlanOrderField.STARTS_ON, direction: SortDirection.DESC };

export interface OwnerRow {
  planId: string;
  kind: 'organization' | 'municipality' | 'network';
  id: string;
  name: string;
}

export type SeriesDatesSource = Parameters<typeof seriesDates>[0];

export interface LinkCandidateRow extends Partial<Omit<SeriesDatesSource, 'startsOn'>> {
  id: string;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface LinkTitleRow {
  id: string;
  title: string;
}

/** All SQL of plans: the scope through `planReadCondition`, stages, items, their people and links in batches. */
@Injectable()
export class PlanRepository {
  private scoped(m: EntityManager, scope: AccessScope, callerPersonId: string | null): SelectQueryBuilder<PlanEntity> {
    const cond = planReadCondition(scope, 'p');
    return m.getRepository(PlanEntity).createQueryBuilder('p').where(cond.sql, { ...cond.params, callerPersonId });
  }

  page(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: PlanFilter | undefined, order: PlanOrder | undefined, page: PageRequest): Promise<Connection<PlanEntity>> {
    const qb = this.scoped(m, scope, callerPersonId);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('p.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('p.archived_at IS NOT NULL');
    if (f?.kind) qb.andWhere('p.kind = :fKind', { fKind: f.kind });
    if (f?.ownerKind === PlanOwnerKind.ORGANIZATION) qb.andWhere('p.organization_id IS NOT NULL');
    if (f?.ownerKind === PlanOwnerKind.MUNICIPALITY) qb.andWhere('p.municipality_id IS NOT NULL');
    if (f?.ownerKind === PlanOwnerKind.NETWORK) qb.andWhere('p.network_id IS NOT NULL');
    if (f?.organizationId) qb.andWhere('p.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.municipalityId) {
      qb.andWhere('(p.municipality_id = :fMun OR p.organization_id IN (SELECT fo.id FROM organization fo WHERE fo.municipality_id = :fMun))', { fMun: f.municipalityId });
    }
    if (f?.networkId) qb.andWhere('p.network_id = :fNet', { fNet: f.networkId });
    if (f?.year) {
      qb.andWhere(`COALESCE(p.starts_on, p.ends_on) IS NOT NULL AND COALESCE(p.starts_on, p.ends_on) <= make_date(:fYear, 12, 31) AND COALESCE(p.ends_on, p.starts_on) >= make_date(:fYear, 1, 1)`, {
        fYear: f.year,
      });
    }
    if (f?.search?.trim()) qb.andWhere('(p.title ILIKE :fSearch OR p.period_text ILIKE :fSearch)', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'p.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  findInScope(m: EntityManager, scope: AccessScope, callerPersonId: string | null, id: string, lock = false): Promise<PlanEntity | null> {
    const qb = this.scoped(m, scope, callerPersonId).andWhere('p.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['p']);
    return qb.getOne();
  }

  plan = (m: EntityManager, id: string) => m.getRepository(PlanEntity).findOneBy({ id });
  stage = (m: EntityManager, id: string) => m.getRepository(PlanStageEntity).findOneBy({ id });
  item = (m: EntityManager, id: string) => m.getRepository(PlanItemEntity).findOneBy({ id });
  link = (m: EntityManager, id: string) => m.getRepository(PlanItemLinkEntity).findOneBy({ id });

  async insert<E extends object>(m: EntityManager, target: new () => E, values: Partial<E>): Promise<E> {
    const res = await m.getRepository(target).insert(values as never);
    return m.getRepository(target).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id } as never);
  }

  async update<E extends object>(m: EntityManager, target: new () => E, id: string, values: Partial<E>): Promise<E> {
    if (Object.keys(values).length) await m.getRepository(target).update({ id } as never, values as never);
    return m.getRepository(target).findOneByOrFail({ id } as never);
  }

  async delete(m: EntityManager, target: new () => object, id: string): Promise<void> {
    await m.getRepository(target).delete({ id } as never);
  }

  // Batches.
  owners(m: EntityManager, planIds: readonly string[]): Promise<OwnerRow[]> {
    if (!planIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT p.id AS "planId",
              CASE WHEN p.organization_id IS NOT NULL THEN 'organization' WHEN p.municipality_id IS NOT NULL THEN 'municipality' ELSE 'network' END AS kind,
              coalesce(p.organization_id, p.municipality_id, p.network_id) AS id,
              coalesce(coalesce(o.short_name, o.name), mu.name, n.name) AS name
         FROM plan p
         LEFT JOIN organization o ON o.id = p.organization_id
         LEFT JOIN municipality mu ON mu.id = p.municipality_id
         LEFT JOIN network n ON n.id = p.network_id
        WHERE p.id = ANY($1::uuid[])`,
      [planIds],
    );
  }

  stagesOf(m: EntityManager, planIds: readonly string[]): Promise<PlanStageEntity[]> {
    if (!planIds.length) return Promise.resolve([]);
    return m.getRepository(PlanStageEntity).find({ where: { planId: In([...planIds]) }, order: { position: 'ASC' } });
  }

  itemsOfStages(m: EntityManager, stageIds: readonly string[], archived: ArchiveFilter): Promise<PlanItemEntity[]> {
    if (!stageIds.length) return Promise.resolve([]);
    const archivedAt = archived === ArchiveFilter.ACTIVE ? IsNull() : archived === ArchiveFilter.ARCHIVED ? Not(IsNull()) : undefined;
    return m.getRepository(PlanItemEntity).find({ where: { stageId: In([...stageIds]), ...(archivedAt ? { archivedAt } : {}) }, order: { position: 'ASC' } });
  }

  itemsOfPlans(m: EntityManager, planIds: readonly string[]): Promise<PlanItemEntity[]> {
    if (!planIds.length) return Promise.resolve([]);
    return m.getRepository(PlanItemEntity).find({ where: { planId: In([...planIds]), archivedAt: IsNull() } });
  }

  partiesOf(m: EntityManager, itemIds: readonly string[]): Promise<PlanItemPartyEntity[]> {
    if (!itemIds.length) return Promise.resolve([]);
    return m.getRepository(PlanItemPartyEntity).find({ where: { itemId: In([...itemIds]) }, order: { role: 'ASC', position: 'ASC' } });
  }

  linksOf(m: EntityManager, itemIds: readonly string[]): Promise<PlanItemLinkEntity[]> {
    if (!itemIds.length) return Promise.resolve([]);
    return m.getRepository(PlanItemLinkEntity).find({ where: { itemId: In([...itemIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Titles of link targets of any kind, in one statement. */
  linkTitles(m: EntityManager, targetIds: readonly string[]): Promise<LinkTitleRow[]> {
    if (!targetIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT ms.id, concat_ws(' — ', pr.name, to_char(ms.starts_on, 'DD.MM.YYYY')) AS title
         FROM mentorship ms JOIN mentoring_program pr ON pr.id = ms.program_id WHERE ms.id = ANY($1::uuid[])
       UNION ALL
       SELECT c.id, c.name AS title FROM diagnostic_campaign c WHERE c.id = ANY($1::uuid[])
       UNION ALL
       SELECT e.id, e.title FROM event e WHERE e.id = ANY($1::uuid[])
       UNION ALL
       SELECT ic.id, concat_ws(' — ', ip.title, ic.title) AS title
         FROM internship_cohort ic JOIN internship_program ip ON ip.id = ic.program_id WHERE ic.id = ANY($1::uuid[])`,
      [targetIds],
    );
  }

  /** Candidates of a kind whose title contains `search`, newest first (not archived); the caller's reach is checked after. */
  linkCandidates(m: EntityManager, kind: PlanLinkKind, search: string, limit: number): Promise<LinkCandidateRow[]> {
    const like = `%${escapeLike(search)}%`;
    const sql: Record<PlanLinkKind, string> = {
      [PlanLinkKind.EVENT]: `SELECT e.id, e.title, e.starts_on::text AS "startsOn", e.span_ends_on::text AS "endsOn", e.recurrence,
                                    e.recurrence_interval AS "recurrenceInterval", e.recurrence_count AS "recurrenceCount", e.recurrence_until::text AS "recurrenceUntil"
                               FROM event e WHERE e.archived_at IS NULL AND e.title ILIKE $1 ORDER BY e.starts_on DESC, e.id LIMIT $2`,
      [PlanLinkKind.INTERNSHIP_COHORT]: `SELECT ic.id, concat_ws(' — ', ip.title, ic.title) AS title, ic.starts_on::text AS "startsOn", ic.ends_on::text AS "endsOn"
                                           FROM internship_cohort ic JOIN internship_program ip ON ip.id = ic.program_id
                                          WHERE ic.archived_at IS NULL AND (ic.title ILIKE $1 OR ip.title ILIKE $1) ORDER BY ic.starts_on DESC, ic.id LIMIT $2`,
      [PlanLinkKind.MENTORSHIP]: `SELECT ms.id, concat_ws(' — ', pr.name, to_char(ms.starts_on, 'DD.MM.YYYY')) AS title, ms.starts_on::text AS "startsOn", ms.ends_on::text AS "endsOn"
                                    FROM mentorship ms JOIN mentoring_program pr ON pr.id = ms.program_id
                                   WHERE pr.name ILIKE $1 ORDER BY ms.starts_on DESC, ms.id LIMIT $2`,
      [PlanLinkKind.CAMPAIGN]: `SELECT c.id, c.name AS title, c.opens_on::text AS "startsOn", c.closes_on::text AS "endsOn"
                                  FROM diagnostic_campaign c WHERE c.archived_at IS NULL AND c.name ILIKE $1 ORDER BY c.opens_on DESC, c.id LIMIT $2`,
    };
    return m.query(sql[kind], [like, limit]);
  }

  /** What an event's occurrences are generated from (to check a linked occurrence date). */
  async eventSeries(m: EntityManager, eventId: string): Promise<SeriesDatesSource | null> {
    const [row] = (await m.query(
      `SELECT starts_on::text AS "startsOn", recurrence, recurrence_interval AS "recurrenceInterval", recurrence_count AS "recurrenceCount",
              recurrence_until::text AS "recurrenceUntil"
         FROM event WHERE id = $1`,
      [eventId],
    )) as SeriesDatesSource[];
    return row ?? null;
  }

  /** Next free position among the items of a stage (or the stages of a plan). */
  async nextItemPosition(m: EntityManager, stageId: string): Promise<number> {
    const [row] = await m.query(`SELECT COALESCE(max(position), 0) + 1 AS n FROM plan_item WHERE stage_id = $1`, [stageId]);
    return Number(row.n);
  }

  async nextStagePosition(m: EntityManager, planId: string): Promise<number> {
    const [row] = await m.query(`SELECT COALESCE(max(position), 0) + 1 AS n FROM plan_stage WHERE plan_id = $1`, [planId]);
    return Number(row.n);
  }

  async countItemsOfStage(m: EntityManager, stageId: string): Promise<number> {
    return m.getRepository(PlanItemEntity).countBy({ stageId });
  }

  /** Sets positions 1…n in the given order (the unique constraint is deferred to the commit). */
  async setPositions(m: EntityManager, table: 'plan_stage' | 'plan_item', ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await m.query(`UPDATE ${table} t SET position = o.n FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE t.id = o.id`, [ids]);
  }

  /** Organisations a plan may name: in the caller's scope, or accepted members of the plan's network. */
  async eligibleOrganizations(m: EntityManager, scope: AccessScope, networkId: string | null, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const c = scope.organizationCondition('eo');
    const rows: { id: string }[] = await m
      .createQueryBuilder()
      .select('eo.id', 'id')
      .from('organization', 'eo')
      .where('eo.id = ANY(CAST(:ids AS uuid[]))', { ids })
      .andWhere(`(${c.sql} OR (CAST(:netId AS uuid) IS NOT NULL AND eo.id IN (${acceptedMemberOrgsSql('CAST(:netId AS uuid)')})))`, { ...c.params, netId: networkId })
      .getRawMany();
    return new Set(rows.map((r) => r.id));
  }
}
