import { Injectable } from '@nestjs/common';
import { AssignmentPlanStatus, LOAD_STATUSES, MentorDirection, NetworkEdgeKind, NetworkMemberRole } from '@metodset/shared';
import { EntityManager, In } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { currentResultsSql } from '../diagnostics/competence-results.reader';
import { programCondition } from '../mentoring/mentoring.repository';
import { acceptedMemberOrgsSql, isAcceptedMemberSql } from '../network/network-membership.sql';
import { AssignmentPlanItemEntity } from './assignment-plan-item.entity';
import { AssignmentPlanEntity } from './assignment-plan.entity';
import { NetworkFacts } from './matching-fit';
import { SelfDiagnosisLevel, StaffLevelRow } from './school-pairs';

/** A person as matching sees them: subjects, workplaces and their municipalities. */
export interface PersonFactsRow {
  personId: string;
  subjects: string[];
  organizationIds: string[];
  municipalityIds: string[];
}

export interface MentorBaseRow extends PersonFactsRow {
  capacity: number;
  available: boolean;
  directions: MentorDirection[];
}

const FACTS = `pe.id AS "personId", pe.subjects,
  coalesce((SELECT array_agg(DISTINCT fp.organization_id) FROM position fp WHERE fp.person_id = pe.id), '{}') AS "organizationIds",
  coalesce((SELECT array_agg(DISTINCT fo.municipality_id) FROM position fp JOIN organization fo ON fo.id = fp.organization_id WHERE fp.person_id = pe.id), '{}') AS "municipalityIds"`;

@Injectable()
export class MatchingRepository {
  /**
   * The mentor base eligible for a programme, as `PersonRepository.eligible` decides for its people: in the scope,
   * or (for a network programme) working at a member organisation of the network.
   */
  async mentorBase(m: EntityManager, scope: AccessScope, networkId: string | null): Promise<MentorBaseRow[]> {
    const cond = scope.personCondition('pe');
    return this.mentorRowsWhere(
      m,
      `(${cond.sql} OR (CAST(:netId AS uuid) IS NOT NULL AND EXISTS (
          SELECT 1 FROM position ep WHERE ep.person_id = pe.id AND ep.organization_id IN (${acceptedMemberOrgsSql('CAST(:netId AS uuid)')}))))`,
      { ...cond.params, netId: networkId },
    );
  }

  /** Mentor base rows of these people (no scope: callers chose them in theirs). */
  mentorRows(m: EntityManager, personIds: readonly string[]): Promise<MentorBaseRow[]> {
    if (!personIds.length) return Promise.resolve([]);
    return this.mentorRowsWhere(m, 'pe.id = ANY(CAST(:ids AS uuid[]))', { ids: personIds });
  }

  private async mentorRowsWhere(m: EntityManager, where: string, params: Record<string, unknown>): Promise<MentorBaseRow[]> {
    const rows: (MentorBaseRow & { profileSubjects: string[] })[] = await m
      .createQueryBuilder()
      .select(FACTS)
      .addSelect(['mp.capacity AS "capacity"', 'mp.available AS "available"', 'mp.directions::text[] AS "directions"', 'mp.subjects AS "profileSubjects"'])
      .from('mentor_profile', 'mp')
      .innerJoin('person', 'pe', 'pe.id = mp.person_id AND pe.archived_at IS NULL')
      .where(where, params)
      .orderBy('pe.id')
      .getRawMany();
    return rows.map(({ profileSubjects, ...r }) => ({ ...r, subjects: [...new Set([...r.subjects, ...profileSubjects])] }));
  }

  /** Facts of these people (no scope: callers check it). */
  peopleFacts(m: EntityManager, personIds: readonly string[]): Promise<PersonFactsRow[]> {
    if (!personIds.length) return Promise.resolve([]);
    return m.query(`SELECT ${FACTS} FROM person pe WHERE pe.id = ANY($1::uuid[]) ORDER BY pe.id`, [personIds]);
  }

  /** The networks (not archived) that any of these organisations belongs to, with all members and links. */
  async networksOf(m: EntityManager, organizationIds: readonly string[]): Promise<NetworkFacts[]> {
    if (!organizationIds.length) return [];
    const rows: { id: string; name: string; members: NetworkFacts['members']; edges: NetworkFacts['edges'] | null }[] = await m.query(
      `SELECT n.id, n.name,
              (SELECT json_agg(json_build_object('id', nm.id, 'organizationId', nm.organization_id, 'role', nm.role, 'level', nm.level) ORDER BY nm.id)
                 FROM network_member nm WHERE nm.network_id = n.id AND nm.organization_id IN (${acceptedMemberOrgsSql('n.id')})) AS members,
              (SELECT json_agg(json_build_object('fromMemberId', ne.from_member_id, 'toMemberId', ne.to_member_id, 'kind', ne.kind) ORDER BY ne.id)
                 FROM network_edge ne WHERE ne.network_id = n.id) AS edges
         FROM network n
        WHERE n.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM unnest($1::uuid[]) AS x(id) WHERE ${isAcceptedMemberSql('n.id', 'x.id')})
        ORDER BY n.id`,
      [organizationIds],
    );
    return rows.map((r) => ({
      name: r.name,
      members: r.members.map((x) => ({ ...x, role: x.role as NetworkMemberRole })),
      edges: (r.edges ?? []).map((x) => ({ ...x, kind: x.kind as NetworkEdgeKind })),
    }));
  }

  /**
   * The default cohort of a programme: people working in its host (the organisation, or the network's member
   * organisations) with at least one deficit in their latest results and no planned or active pair in it as mentees.
   */
  async defaultMentees(m: EntityManager, program: { id: string; organizationId: string | null; networkId: string | null }): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT pe.id FROM person pe
        WHERE pe.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM position hp
                       WHERE hp.person_id = pe.id
                         AND (hp.organization_id = $2 OR hp.organization_id IN (${acceptedMemberOrgsSql('$3::uuid')})))
          AND EXISTS (SELECT 1 FROM (${currentResultsSql({ person: '= pe.id' })}) l WHERE l.level = 'DEFICIT')
          AND NOT EXISTS (SELECT 1 FROM mentorship ms JOIN mentorship_participant mp ON mp.mentorship_id = ms.id AND mp.side = 'MENTEE'
                           WHERE ms.program_id = $1 AND mp.person_id = pe.id AND ms.status = ANY($4::mentorship_status[]))
        ORDER BY pe.id`,
      [program.id, program.organizationId, program.networkId, LOAD_STATUSES],
    );
    return rows.map((r) => r.id);
  }

  /** Which of these people already are mentees of a planned or active pair of the programme. */
  async pairedInProgram(m: EntityManager, programId: string, personIds: readonly string[]): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const rows: { person_id: string }[] = await m.query(
      `SELECT DISTINCT mp.person_id FROM mentorship ms JOIN mentorship_participant mp ON mp.mentorship_id = ms.id AND mp.side = 'MENTEE'
        WHERE ms.program_id = $1 AND mp.person_id = ANY($2::uuid[]) AND ms.status = ANY($3::mentorship_status[])`,
      [programId, personIds, LOAD_STATUSES],
    );
    return new Set(rows.map((r) => r.person_id));
  }

  // Plans.
  /** A plan of a programme visible in the scope; `lock` takes the plan row for a change. */
  async findPlan(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<AssignmentPlanEntity | null> {
    const cond = programCondition(scope, 'pr');
    const qb = m
      .getRepository(AssignmentPlanEntity)
      .createQueryBuilder('ap')
      .where('ap.id = :id', { id })
      .andWhere(`EXISTS (SELECT 1 FROM mentoring_program pr WHERE pr.id = ap.program_id AND ${cond.sql})`, { ...cond.params, scopePersonId: scope.personId });
    if (lock) qb.setLock('pessimistic_write', undefined, ['ap']);
    return qb.getOne();
  }

  plansOf(m: EntityManager, programId: string): Promise<AssignmentPlanEntity[]> {
    return m.getRepository(AssignmentPlanEntity).find({ where: { programId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  draftOf(m: EntityManager, programId: string): Promise<AssignmentPlanEntity | null> {
    return m.getRepository(AssignmentPlanEntity).findOneBy({ programId, status: AssignmentPlanStatus.DRAFT });
  }

  async insertPlan(m: EntityManager, values: Partial<AssignmentPlanEntity>, items: Partial<AssignmentPlanItemEntity>[]): Promise<AssignmentPlanEntity> {
    const res = await m.getRepository(AssignmentPlanEntity).insert(values);
    const id = (res.identifiers[0] as { id: string }).id;
    for (let k = 0; k < items.length; k += 1000) {
      await m.getRepository(AssignmentPlanItemEntity).insert(items.slice(k, k + 1000).map((x) => ({ ...x, planId: id })));
    }
    return m.getRepository(AssignmentPlanEntity).findOneByOrFail({ id });
  }

  async updatePlan(m: EntityManager, id: string, values: Partial<AssignmentPlanEntity>): Promise<AssignmentPlanEntity> {
    if (Object.keys(values).length) await m.getRepository(AssignmentPlanEntity).update({ id }, values);
    return m.getRepository(AssignmentPlanEntity).findOneByOrFail({ id });
  }

  itemsOf(m: EntityManager, planIds: readonly string[]): Promise<AssignmentPlanItemEntity[]> {
    if (!planIds.length) return Promise.resolve([]);
    return m.getRepository(AssignmentPlanItemEntity).find({ where: { planId: In([...planIds]) }, order: { planId: 'ASC', score: 'DESC', id: 'ASC' } });
  }

  item = (m: EntityManager, id: string) => m.getRepository(AssignmentPlanItemEntity).findOneBy({ id });

  async updateItem(m: EntityManager, id: string, values: Partial<AssignmentPlanItemEntity>): Promise<void> {
    await m.getRepository(AssignmentPlanItemEntity).update({ id }, values);
  }

  /** Writes many items of a plan in one statement (a re-plan), whatever their number. */
  async updateItems(m: EntityManager, planId: string, rows: { id: string; mentorPersonId: string | null; score: number; reasons: string[]; isManual: boolean }[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `UPDATE assignment_plan_item i
          SET mentor_person_id = r.mentor, score = r.score, reasons = r.reasons, is_manual = r.manual
         FROM unnest($2::uuid[], $3::uuid[], $4::numeric[], $5::jsonb[], $6::boolean[]) AS r(id, mentor, score, reasons, manual)
        WHERE i.id = r.id AND i.plan_id = $1`,
      [planId, rows.map((r) => r.id), rows.map((r) => r.mentorPersonId), rows.map((r) => r.score), rows.map((r) => JSON.stringify(r.reasons)), rows.map((r) => r.isManual)],
    );
  }

  /** Mentees a plan gives to a mentor, besides one item. */
  async countInPlan(m: EntityManager, planId: string, mentorPersonId: string, exceptItemId: string): Promise<number> {
    const [r]: { n: string }[] = await m.query('SELECT count(*) AS n FROM assignment_plan_item WHERE plan_id = $1 AND mentor_person_id = $2 AND id <> $3', [planId, mentorPersonId, exceptItemId]);
    return Number(r.n);
  }

  /** The plan's total: the sum of its items' fits. */
  async recomputeTotal(m: EntityManager, planId: string): Promise<void> {
    await m.query(`UPDATE assignment_plan SET total_score = (SELECT coalesce(sum(score), 0) FROM assignment_plan_item WHERE plan_id = $1) WHERE id = $1`, [planId]);
  }

  // School pairs.
  /** Per organisation and competence code: staff with a latest result, and how many at deficit and at proficit. */
  async staffLevels(m: EntityManager, organizationIds: readonly string[]): Promise<StaffLevelRow[]> {
    if (!organizationIds.length) return [];
    const rows: { organizationId: string; code: string; people: string; deficits: string; proficits: string }[] = await m.query(
      `SELECT po.organization_id AS "organizationId", l.code, count(DISTINCT l.person_id) AS people,
              count(DISTINCT l.person_id) FILTER (WHERE l.level = 'DEFICIT') AS deficits,
              count(DISTINCT l.person_id) FILTER (WHERE l.level = 'PROFICIT') AS proficits
         FROM (${currentResultsSql({ person: 'IN (SELECT sp.person_id FROM position sp JOIN person spe ON spe.id = sp.person_id AND spe.archived_at IS NULL WHERE sp.organization_id = ANY($1::uuid[]))' })}) l
         JOIN position po ON po.person_id = l.person_id AND po.organization_id = ANY($1::uuid[])
        GROUP BY po.organization_id, l.code`,
      [organizationIds],
    );
    return rows.map((r) => ({ organizationId: r.organizationId, code: r.code, people: Number(r.people), deficits: Number(r.deficits), proficits: Number(r.proficits) }));
  }

  /** Levels of each organisation's latest self-diagnostics (per competence code). */
  selfDiagnosisLevels(m: EntityManager, organizationIds: readonly string[]): Promise<SelfDiagnosisLevel[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return m.query(
      `SELECT DISTINCT ON (d.organization_id, c.code) d.organization_id AS "organizationId", c.code, e.level
         FROM organization_self_diagnosis d
         JOIN organization_self_diagnosis_entry e ON e.diagnosis_id = d.id
         JOIN competence c ON c.id = e.competence_id
        WHERE d.organization_id = ANY($1::uuid[]) AND d.archived_at IS NULL
        ORDER BY d.organization_id, c.code, d.conducted_on DESC, d.created_at DESC`,
      [organizationIds],
    );
  }

  /** Names of competences by code (the newest framework version's wording). */
  async competenceNames(m: EntityManager, codes: readonly string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows: { code: string; name: string }[] = await m.query(
      `SELECT DISTINCT ON (c.code) c.code, c.name FROM competence c JOIN competency_framework f ON f.id = c.framework_id
        WHERE c.code = ANY($1::text[]) ORDER BY c.code, f.version DESC`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  /** Organisations (not archived) of a municipality in the scope; null when the municipality is out of scope. */
  async municipalityOrganizations(m: EntityManager, scope: AccessScope, municipalityId: string): Promise<{ id: string; name: string }[] | null> {
    const cond = scope.municipalityCondition('mu.id');
    const found = await m.createQueryBuilder().select('mu.id', 'id').from('municipality', 'mu').where('mu.id = :mid', { mid: municipalityId }).andWhere(cond.sql, cond.params).getRawOne();
    if (!found) return null;
    return m.query(`SELECT id, coalesce(short_name, name) AS name FROM organization WHERE municipality_id = $1 AND archived_at IS NULL ORDER BY id`, [municipalityId]);
  }

  organizationNames(m: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`SELECT id, coalesce(short_name, name) AS name FROM organization WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]);
  }
}
