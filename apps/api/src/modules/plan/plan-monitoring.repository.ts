import { Injectable } from '@nestjs/common';
import { PlanItemStatus } from '@metodset/shared';
import { EntityManager, In } from 'typeorm';
import { fullNameSql } from '../person/person.sql';
import { CouncilDecisionEntity, CouncilMeetingEntity } from './council-meeting.entity';
import { AT_RISK_DAYS } from './plan-monitoring-rule';
import { planItemStatusSql } from './plan-item-status.reader';
import { PlanCorrectionEntity } from './plan-correction.entity';
import { PlanRiskEntity } from './plan-risk.entity';
import { PlanVersionEntity } from './plan-version.entity';

/** One item of a plan as monitoring, versions and exports read it (its status derived, its flag computed). */
export interface MonitoredItemRow {
  id: string;
  stageId: string;
  stagePosition: number;
  stageTitle: string;
  number: string;
  position: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  periodText: string;
  responsibleText: string;
  participantsText: string;
  expectedResult: string;
  actualResult: string;
  status: PlanItemStatus;
  /** Organisations, then people, as the item lists them. */
  responsibleNames: string[];
  participantNames: string[];
  personIds: string[];
  flag: 'OVERDUE' | 'AT_RISK' | null;
}

export interface StageRow {
  id: string;
  position: number;
  title: string;
}

/**
 * The one read model of a plan's monitoring: every current (not archived) item with its derived status and its flag,
 * in plan order. The flag follows `plan-monitoring-rule.ts` (the same rule, in SQL): overdue when the end date has
 * passed and the item is neither done nor cancelled; at risk when it is PLANNED, has an end date, and either ends within
 * AT_RISK_DAYS days or an earlier stage has an overdue item.
 */
const MONITORING_SQL = `
  WITH st AS (${planItemStatusSql('ARRAY(SELECT pi0.id FROM plan_item pi0 WHERE pi0.plan_id = $1)')}),
  items AS (
    SELECT i.id, i.stage_id, s.position AS stage_position, s.title AS stage_title, i.number, i.position, i.title,
           i.starts_on, i.ends_on, i.period_text, i.responsible_text, i.participants_text, i.expected_result, i.actual_result,
           st.status,
           (st.status NOT IN ('DONE', 'CANCELLED') AND i.ends_on IS NOT NULL AND i.ends_on < $2::date) AS overdue
      FROM plan_item i
      JOIN plan_stage s ON s.id = i.stage_id
      JOIN st ON st."itemId" = i.id
     WHERE i.plan_id = $1 AND i.archived_at IS NULL
  ),
  first_overdue AS (SELECT min(stage_position) AS position FROM items WHERE overdue)
  SELECT it.id, it.stage_id AS "stageId", it.stage_position AS "stagePosition", it.stage_title AS "stageTitle", it.number, it.position, it.title,
         to_char(it.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(it.ends_on, 'YYYY-MM-DD') AS "endsOn", it.period_text AS "periodText",
         it.responsible_text AS "responsibleText", it.participants_text AS "participantsText", it.expected_result AS "expectedResult",
         it.actual_result AS "actualResult", it.status,
         ARRAY(SELECT coalesce(coalesce(o.short_name, o.name), ${fullNameSql('pp')}) FROM plan_item_party pa
                 LEFT JOIN organization o ON o.id = pa.organization_id LEFT JOIN person pp ON pp.id = pa.person_id
                WHERE pa.item_id = it.id AND pa.role = 'RESPONSIBLE' ORDER BY (pa.organization_id IS NULL), pa.position) AS "responsibleNames",
         ARRAY(SELECT coalesce(coalesce(o.short_name, o.name), ${fullNameSql('pp')}) FROM plan_item_party pa
                 LEFT JOIN organization o ON o.id = pa.organization_id LEFT JOIN person pp ON pp.id = pa.person_id
                WHERE pa.item_id = it.id AND pa.role = 'PARTICIPANT' ORDER BY (pa.organization_id IS NULL), pa.position) AS "participantNames",
         ARRAY(SELECT pa.person_id FROM plan_item_party pa WHERE pa.item_id = it.id AND pa.person_id IS NOT NULL) AS "personIds",
         CASE WHEN it.overdue THEN 'OVERDUE'
              WHEN it.status = 'PLANNED' AND it.ends_on IS NOT NULL
                   AND (it.ends_on <= $2::date + ${AT_RISK_DAYS} OR it.stage_position > (SELECT position FROM first_overdue)) THEN 'AT_RISK'
         END AS flag
    FROM items it
   ORDER BY it.stage_position, it.position`;

/** All SQL of plan monitoring, corrections, versions, risks and council meetings. */
@Injectable()
export class PlanMonitoringRepository {
  monitoredItems(m: EntityManager, planId: string, today: string): Promise<MonitoredItemRow[]> {
    return m.query(MONITORING_SQL, [planId, today]);
  }

  stages(m: EntityManager, planId: string): Promise<StageRow[]> {
    return m.query('SELECT id, position, title FROM plan_stage WHERE plan_id = $1 ORDER BY position', [planId]);
  }

  async insert<E extends object>(m: EntityManager, target: new () => E, values: Partial<E>): Promise<E> {
    const repo = m.getRepository(target);
    return repo.save(repo.create(values as E));
  }

  async update<E extends object>(m: EntityManager, target: new () => E, id: string, values: Partial<E>): Promise<E> {
    await m.getRepository(target).update(id, values as never);
    return m.getRepository(target).findOneByOrFail({ id } as never);
  }

  async nextVersionNumber(m: EntityManager, planId: string): Promise<number> {
    const [row] = (await m.query('SELECT coalesce(max(number), 0) + 1 AS n FROM plan_version WHERE plan_id = $1', [planId])) as { n: number }[];
    return Number(row.n);
  }

  corrections = (m: EntityManager, planId: string) => m.getRepository(PlanCorrectionEntity).find({ where: { planId }, order: { createdAt: 'DESC' } });
  versions = (m: EntityManager, planId: string) => m.getRepository(PlanVersionEntity).find({ where: { planId }, order: { number: 'DESC' } });
  version = (m: EntityManager, id: string) => m.getRepository(PlanVersionEntity).findOneBy({ id });
  risks = (m: EntityManager, planId: string) => m.getRepository(PlanRiskEntity).find({ where: { planId }, order: { createdAt: 'ASC' } });
  risk = (m: EntityManager, id: string) => m.getRepository(PlanRiskEntity).findOneBy({ id });
  meetings = (m: EntityManager, planId: string) => m.getRepository(CouncilMeetingEntity).find({ where: { planId }, order: { heldOn: 'ASC' } });
  meeting = (m: EntityManager, id: string) => m.getRepository(CouncilMeetingEntity).findOneBy({ id });
  decision = (m: EntityManager, id: string) => m.getRepository(CouncilDecisionEntity).findOneBy({ id });

  decisionsOf(m: EntityManager, meetingIds: readonly string[]): Promise<CouncilDecisionEntity[]> {
    if (!meetingIds.length) return Promise.resolve([]);
    return m.getRepository(CouncilDecisionEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } });
  }

  async deleteDecisions(m: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length) await m.getRepository(CouncilDecisionEntity).delete({ id: In([...ids]) });
  }

  /** Item counts of versions, without loading their snapshots' items one by one. */
  async versionItemCounts(m: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = (await m.query(`SELECT id, jsonb_array_length(snapshot->'items') AS n FROM plan_version WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  async nextItemPosition(m: EntityManager, stageId: string): Promise<number> {
    const [row] = (await m.query('SELECT coalesce(max(position), 0) + 1 AS n FROM plan_item WHERE stage_id = $1', [stageId])) as { n: number }[];
    return Number(row.n);
  }
}
