import { Injectable } from '@nestjs/common';
import { LOAD_STATUSES, MENTORING_FORM_LABELS, MENTORING_MODEL_LABELS, MENTORSHIP_STATUS_LABELS, MentorshipSide } from '@metodset/shared';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { mentorshipReadCondition, programReadCondition } from '../../common/access/rules/mentoring.rules';
import { AccessScope, SqlCondition } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { acceptedMemberOrgsSql, isAcceptedMemberSql } from '../network/network-membership.sql';
import { escapeLike } from '../organization/organization.repository';
import { fullNameSql } from '../person/person.sql';
import { MentorBaseFilter, MentorOrder, MentorOrderField, MentorshipFilter, MentorshipOrder, MentorshipOrderField, ProgramFilter, ProgramOrder, ProgramOrderField } from './dto/mentoring.args';
import { MentorProfileEntity } from './mentor-profile.entity';
import { MentorLoad } from './mentoring-rules';
import { MentoringProgramEntity } from './mentoring-program.entity';
import { MentorshipParticipantEntity } from './mentorship-participant.entity';
import { MentorshipSessionEntity } from './mentorship-session.entity';
import { MentorshipEntity } from './mentorship.entity';

const LOAD = `(SELECT count(*) FROM mentorship_participant lm
                 JOIN mentorship ls ON ls.id = lm.mentorship_id AND ls.status = ANY(CAST(:loadStatuses AS mentorship_status[]))
                 JOIN mentorship_participant lme ON lme.mentorship_id = ls.id AND lme.side = 'MENTEE'
                WHERE lm.person_id = mp.person_id AND lm.side = 'MENTOR')`;

/**
 * Programmes the scope reads (the `program.read` rule's condition), the participant being the scope's own person.
 * Kept for matching, which reads programmes with its own scope.
 */
export function programCondition(scope: AccessScope, alias: string): SqlCondition {
  const c = programReadCondition(scope, alias);
  return { sql: c.sql, params: { ...c.params, callerPersonId: scope.personId } };
}

const PROGRAM_ORDER: OrderColumns<ProgramOrderField> = {
  NAME: { sql: 'pr.name', type: 'text' },
  MODEL: { sql: byLabel('pr.model', MENTORING_MODEL_LABELS), type: 'text' },
  COORDINATOR: { sql: `(SELECT ${fullNameSql('pco')} FROM person pco WHERE pco.id = pr.coordinator_person_id)`, type: 'text', nulls: '' },
  MENTORSHIP_COUNT: { sql: '(SELECT count(*) FROM mentorship prc WHERE prc.program_id = pr.id)', type: 'int' },
  STARTS_ON: { sql: 'pr.starts_on', type: 'date' },
};
const PROGRAM_DEFAULT_ORDER: ProgramOrder = { field: ProgramOrderField.NAME, direction: SortDirection.ASC };
/** One side's people, «Фамилия Имя Отчество» A→Я joined by commas, as the pairs table lists them. */
const sideNames = (side: 'MENTOR' | 'MENTEE') =>
  `(SELECT string_agg(${fullNameSql('osp')}, ', ' ORDER BY ${fullNameSql('osp')}) FROM mentorship_participant osm JOIN person osp ON osp.id = osm.person_id
     WHERE osm.mentorship_id = ms.id AND osm.side = '${side}')`;
const MENTORSHIP_ORDER: OrderColumns<MentorshipOrderField> = {
  MENTORS: { sql: sideNames('MENTOR'), type: 'text', nulls: '' },
  MENTEES: { sql: sideNames('MENTEE'), type: 'text', nulls: '' },
  PROGRAM: { sql: '(SELECT opr.name FROM mentoring_program opr WHERE opr.id = ms.program_id)', type: 'text' },
  FORM: { sql: byLabel('ms.form', MENTORING_FORM_LABELS), type: 'text' },
  STATUS: { sql: byLabel('ms.status', MENTORSHIP_STATUS_LABELS), type: 'text' },
  STARTS_ON: { sql: 'ms.starts_on', type: 'date' },
  HELD_SESSIONS: { sql: '(SELECT count(*) FROM mentorship_session oss WHERE oss.mentorship_id = ms.id AND oss.held_on IS NOT NULL)', type: 'int' },
  CREATED_AT: { sql: 'ms.created_at', type: 'timestamptz' },
};
const MENTORSHIP_DEFAULT_ORDER: MentorshipOrder = { field: MentorshipOrderField.CREATED_AT, direction: SortDirection.DESC };
const PERSON_NAME = fullNameSql('mpp');
const MENTOR_ORDER: OrderColumns<MentorOrderField> = {
  NAME: { sql: PERSON_NAME, type: 'text' },
  SUBJECTS: { sql: "array_to_string(mp.subjects, ', ')", type: 'text' },
  // Mentees in planned and active mentorships, as `loads()` counts them.
  LOAD: { sql: LOAD, type: 'int' },
};
const MENTOR_DEFAULT_ORDER: MentorOrder = { field: MentorOrderField.NAME, direction: SortDirection.ASC };

@Injectable()
export class MentoringRepository {
  // Programmes.
  private programs(m: EntityManager, scope: AccessScope, me: string | null): SelectQueryBuilder<MentoringProgramEntity> {
    const cond = programReadCondition(scope, 'pr');
    return m.getRepository(MentoringProgramEntity).createQueryBuilder('pr').where(cond.sql, { ...cond.params, callerPersonId: me });
  }

  pagePrograms(m: EntityManager, scope: AccessScope, me: string | null, f: ProgramFilter | undefined, order: ProgramOrder | undefined, page: PageRequest): Promise<Connection<MentoringProgramEntity>> {
    const qb = this.programs(m, scope, me);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('pr.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('pr.archived_at IS NOT NULL');
    if (f?.model) qb.andWhere('pr.model = :fModel', { fModel: f.model });
    if (f?.networkId) qb.andWhere('pr.network_id = :fNet', { fNet: f.networkId });
    if (f?.organizationId) qb.andWhere('pr.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.search?.trim()) qb.andWhere('pr.name ILIKE :fSearch', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'pr.id', PROGRAM_ORDER, order ?? PROGRAM_DEFAULT_ORDER, page);
  }

  /** A programme the scope reads (its own person as the participant); matching reads programmes this way. */
  findProgram(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<MentoringProgramEntity | null> {
    const qb = this.programs(m, scope, scope.personId).andWhere('pr.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['pr']);
    return qb.getOne();
  }

  /** A programme by id (the caller's right to it is checked by the access component), locked with `lock`. */
  programById(m: EntityManager, id: string, lock = false): Promise<MentoringProgramEntity | null> {
    const qb = m.getRepository(MentoringProgramEntity).createQueryBuilder('pr').where('pr.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['pr']);
    return qb.getOne();
  }

  programsByIds(m: EntityManager, ids: readonly string[]): Promise<MentoringProgramEntity[]> {
    return ids.length ? m.getRepository(MentoringProgramEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async insertProgram(m: EntityManager, values: Partial<MentoringProgramEntity>): Promise<MentoringProgramEntity> {
    const res = await m.getRepository(MentoringProgramEntity).insert(values);
    return m.getRepository(MentoringProgramEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateProgram(m: EntityManager, id: string, values: Partial<MentoringProgramEntity>): Promise<MentoringProgramEntity> {
    if (Object.keys(values).length) await m.getRepository(MentoringProgramEntity).update({ id }, values);
    return m.getRepository(MentoringProgramEntity).findOneByOrFail({ id });
  }

  async mentorshipCounts(m: EntityManager, programIds: readonly string[]): Promise<Map<string, number>> {
    if (!programIds.length) return new Map();
    const rows: { program_id: string; n: string }[] = await m.query(
      'SELECT program_id, count(*) AS n FROM mentorship WHERE program_id = ANY($1::uuid[]) GROUP BY program_id',
      [programIds],
    );
    return new Map(rows.map((r) => [r.program_id, Number(r.n)]));
  }

  // The mentor base.
  pageMentors(m: EntityManager, scope: AccessScope, f: MentorBaseFilter | undefined, order: MentorOrder | undefined, page: PageRequest): Promise<Connection<MentorProfileEntity>> {
    const qb = m
      .getRepository(MentorProfileEntity)
      .createQueryBuilder('mp')
      .innerJoinAndSelect('mp.person', 'mpp', 'mpp.archived_at IS NULL')
      .setParameter('loadStatuses', LOAD_STATUSES);
    if (f?.networkId) {
      // A network programme draws mentors from all its accepted member organisations (networks cross territories),
      // provided the caller sees the network (an accepted member lies in the scope).
      const seen = scope.organizationCondition('nvo');
      qb.where(
        `EXISTS (SELECT 1 FROM organization nvo WHERE nvo.id IN (${acceptedMemberOrgsSql('CAST(:fNet AS uuid)', 'nvm')}) AND ${seen.sql})
         AND EXISTS (SELECT 1 FROM position np WHERE np.person_id = mpp.id AND ${isAcceptedMemberSql('CAST(:fNet AS uuid)', 'np.organization_id', 'nn')})`,
        { ...seen.params, fNet: f.networkId },
      );
    } else {
      const cond = scope.personCondition('mpp');
      qb.where(cond.sql, cond.params);
    }
    if (f?.direction) qb.andWhere(':fDir = ANY(mp.directions)', { fDir: f.direction });
    if (f?.type) qb.andWhere(':fType = ANY(mp.types)', { fType: f.type });
    if (f?.subject?.trim()) qb.andWhere('EXISTS (SELECT 1 FROM unnest(mp.subjects) s WHERE s ILIKE :fSubject)', { fSubject: `%${escapeLike(f.subject.trim())}%` });
    if (f?.organizationId) qb.andWhere('EXISTS (SELECT 1 FROM position fp WHERE fp.person_id = mp.person_id AND fp.organization_id = :fOrg)', { fOrg: f.organizationId });
    if (f?.withFreePlaces) qb.andWhere(`mp.available AND ${LOAD} < mp.capacity`);
    if (f?.search?.trim()) qb.andWhere(`${PERSON_NAME} ILIKE :fSearch`, { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'mp.id', MENTOR_ORDER, order ?? MENTOR_DEFAULT_ORDER, page);
  }

  profilesByPeople(m: EntityManager, personIds: readonly string[]): Promise<MentorProfileEntity[]> {
    return personIds.length ? m.getRepository(MentorProfileEntity).findBy({ personId: In([...personIds]) }) : Promise.resolve([]);
  }

  async upsertProfile(m: EntityManager, personId: string, values: Partial<MentorProfileEntity>): Promise<MentorProfileEntity> {
    await m.getRepository(MentorProfileEntity).upsert({ ...values, personId }, ['personId']);
    return m.getRepository(MentorProfileEntity).findOneByOrFail({ personId });
  }

  /**
   * Capacity, availability, name and current load (mentees in planned and active mentorships, all
   * programmes) of these people. With `lock`, their profiles are locked so concurrent assignments queue.
   */
  async loads(m: EntityManager, personIds: readonly string[], lock = false): Promise<MentorLoad[]> {
    if (!personIds.length) return [];
    if (lock) await m.query('SELECT 1 FROM mentor_profile WHERE person_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [personIds]);
    const rows: { person_id: string; name: string; capacity: number | null; available: boolean | null; load: string }[] = await m.query(
      `SELECT pe.id AS person_id, ${fullNameSql('pe')} AS name, mp.capacity, mp.available,
              (SELECT count(*) FROM mentorship_participant lm
                 JOIN mentorship ls ON ls.id = lm.mentorship_id AND ls.status = ANY($2::mentorship_status[])
                 JOIN mentorship_participant lme ON lme.mentorship_id = ls.id AND lme.side = 'MENTEE'
                WHERE lm.person_id = pe.id AND lm.side = 'MENTOR') AS load
         FROM person pe LEFT JOIN mentor_profile mp ON mp.person_id = pe.id
        WHERE pe.id = ANY($1::uuid[])`,
      [personIds, LOAD_STATUSES],
    );
    const byId = new Map(rows.map((r) => [r.person_id, r]));
    return personIds.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ personId: id, name: r.name, capacity: r.capacity, available: r.available ?? false, load: Number(r.load) }] : [];
    });
  }

  // Mentorships.
  /** Mentorships the caller reads (the `mentorship.read` rule's condition): their own, and as staff those of programmes they see. */
  private mentorships(m: EntityManager, scope: AccessScope, me: string | null): SelectQueryBuilder<MentorshipEntity> {
    const cond = mentorshipReadCondition(scope, 'ms');
    return m.getRepository(MentorshipEntity).createQueryBuilder('ms').where(cond.sql, { ...cond.params, callerPersonId: me });
  }

  pageMentorships(
    m: EntityManager,
    scope: AccessScope,
    me: string | null,
    f: MentorshipFilter | undefined,
    order: MentorshipOrder | undefined,
    page: PageRequest,
  ): Promise<Connection<MentorshipEntity>> {
    const qb = this.mentorships(m, scope, me);
    if (f?.programId) qb.andWhere('ms.program_id = :fProgram', { fProgram: f.programId });
    if (f?.status) qb.andWhere('ms.status = :fStatus', { fStatus: f.status });
    if (f?.personId) qb.andWhere('EXISTS (SELECT 1 FROM mentorship_participant fp WHERE fp.mentorship_id = ms.id AND fp.person_id = :fPerson)', { fPerson: f.personId });
    return orderedPage(qb, 'ms.id', MENTORSHIP_ORDER, order ?? MENTORSHIP_DEFAULT_ORDER, page);
  }

  /** A mentorship by id (the caller's right to it is checked by the access component), locked with `lock`. */
  mentorshipById(m: EntityManager, id: string, lock = false): Promise<MentorshipEntity | null> {
    const qb = m.getRepository(MentorshipEntity).createQueryBuilder('ms').where('ms.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['ms']);
    return qb.getOne();
  }

  async insertMentorship(m: EntityManager, values: Partial<MentorshipEntity>, mentorIds: readonly string[], menteeIds: readonly string[]): Promise<MentorshipEntity> {
    const res = await m.getRepository(MentorshipEntity).insert(values);
    const id = (res.identifiers[0] as { id: string }).id;
    await m.getRepository(MentorshipParticipantEntity).insert([
      ...mentorIds.map((personId) => ({ mentorshipId: id, personId, side: MentorshipSide.MENTOR })),
      ...menteeIds.map((personId) => ({ mentorshipId: id, personId, side: MentorshipSide.MENTEE })),
    ]);
    return m.getRepository(MentorshipEntity).findOneByOrFail({ id });
  }

  /**
   * Many one-to-one pairs of a programme at once, in ONE statement whatever their number (ids made first, then the
   * mentorships and both participants from the same rows; data-modifying CTEs always run): what publishing an assignment plan writes.
   */
  async insertPairs(
    m: EntityManager,
    values: { programId: string; form: string; startsOn: string; endsOn: string | null },
    pairs: readonly { mentorId: string; menteeId: string; goals: string }[],
  ): Promise<{ id: string; mentorId: string; menteeId: string }[]> {
    if (!pairs.length) return [];
    return m.query(
      `WITH x AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, u.mentor, u.mentee, u.goals, u.n
           FROM unnest($5::uuid[], $6::uuid[], $7::text[]) WITH ORDINALITY AS u(mentor, mentee, goals, n)),
       ms AS (INSERT INTO mentorship (id, program_id, form, starts_on, ends_on, goals)
              SELECT id, $1, $2::mentoring_form, $3::date, $4::date, goals FROM x RETURNING id),
       mp AS (INSERT INTO mentorship_participant (mentorship_id, person_id, side)
              SELECT id, mentor, 'MENTOR'::mentorship_side FROM x UNION ALL SELECT id, mentee, 'MENTEE'::mentorship_side FROM x RETURNING 1)
       SELECT x.id, x.mentor AS "mentorId", x.mentee AS "menteeId" FROM x ORDER BY x.n`,
      [values.programId, values.form, values.startsOn, values.endsOn, pairs.map((x) => x.mentorId), pairs.map((x) => x.menteeId), pairs.map((x) => x.goals)],
    );
  }

  async updateMentorship(m: EntityManager, id: string, values: Partial<MentorshipEntity>): Promise<MentorshipEntity> {
    if (Object.keys(values).length) await m.getRepository(MentorshipEntity).update({ id }, values);
    return m.getRepository(MentorshipEntity).findOneByOrFail({ id });
  }

  participantsOf(m: EntityManager, mentorshipIds: readonly string[]): Promise<MentorshipParticipantEntity[]> {
    return mentorshipIds.length ? m.getRepository(MentorshipParticipantEntity).findBy({ mentorshipId: In([...mentorshipIds]) }) : Promise.resolve([]);
  }

  sessionsOf(m: EntityManager, mentorshipIds: readonly string[]): Promise<MentorshipSessionEntity[]> {
    if (!mentorshipIds.length) return Promise.resolve([]);
    return m.getRepository(MentorshipSessionEntity).find({ where: { mentorshipId: In([...mentorshipIds]) }, order: { plannedOn: 'ASC', createdAt: 'ASC' } });
  }

  session = (m: EntityManager, id: string) => m.getRepository(MentorshipSessionEntity).findOneBy({ id });

  async insertSession(m: EntityManager, values: Partial<MentorshipSessionEntity>): Promise<void> {
    await m.getRepository(MentorshipSessionEntity).insert(values);
  }

  async updateSession(m: EntityManager, id: string, values: Partial<MentorshipSessionEntity>): Promise<void> {
    await m.getRepository(MentorshipSessionEntity).update({ id }, values);
  }
}
