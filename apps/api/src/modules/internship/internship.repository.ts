import { Injectable } from '@nestjs/common';
import { CertificateStatus, FinalProductStatus, InternshipApplicationStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { fullNameSql } from '../person/person.sql';
import { InternshipApplicationEntity } from './internship-application.entity';
import { InternshipAttendanceEntity } from './internship-attendance.entity';
import { InternshipCertificateEntity } from './internship-certificate.entity';
import { InternshipCohortEntity } from './internship-cohort.entity';
import { InternshipCompletionEntity } from './internship-completion.entity';
import { InternshipSessionEntity } from './internship-session.entity';
import { MASTER_OF_COHORT_SQL, MODULE_OF_COHORT_SQL, PROGRAM_FACTS_SQL, PROGRAM_MODULES_SQL, TRACK_OF_PROGRAM_SQL } from './internship-staging.sql';

/** An application with its place in the queue (1, 2, … among the waitlisted, by arrival) and the intern's attendance. */
export interface ApplicationRow {
  id: string;
  cohortId: string;
  cohortTitle: string;
  cohortStartsOn: string;
  cohortEndsOn: string;
  personId: string;
  fullName: string;
  source: InternshipApplicationEntity['source'];
  status: InternshipApplicationStatus;
  waitlistPosition: number | null;
  declineReason: string | null;
  finalProductTitle: string | null;
  finalProductUrl: string | null;
  finalProductStatus: FinalProductStatus;
  attended: number;
  sessions: number;
  certificateId: string | null;
  certificateNumber: string | null;
  certificateStatus: CertificateStatus | null;
  createdAt: Date;
}

/** What a certificate states, read from the cohort, its programme, its site and the person. */
export interface ProgramFacts {
  programId: string;
  programTitle: string;
  siteTitle: string;
  issuerOrganizationId: string;
  issuerName: string;
  hours: string;
}

const SEAT_HOLDING = `('SUBMITTED', 'APPROVED')`;

const APPLICATION_SELECT = `
  SELECT a.id, a.cohort_id AS "cohortId", ch.title AS "cohortTitle", to_char(ch.starts_on, 'YYYY-MM-DD') AS "cohortStartsOn",
         to_char(ch.ends_on, 'YYYY-MM-DD') AS "cohortEndsOn", a.person_id AS "personId", ${fullNameSql('p')} AS "fullName", a.source, a.status,
         CASE WHEN a.status = 'WAITLISTED' THEN (SELECT count(*)::int FROM internship_application w
              WHERE w.cohort_id = a.cohort_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= a.waitlist_seq) END AS "waitlistPosition",
         a.decline_reason AS "declineReason", a.final_product_title AS "finalProductTitle", a.final_product_url AS "finalProductUrl",
         a.final_product_status AS "finalProductStatus",
         (SELECT count(*)::int FROM internship_attendance t JOIN internship_session s ON s.id = t.session_id
           WHERE t.application_id = a.id AND t.present AND s.cohort_id = a.cohort_id AND s.archived_at IS NULL) AS attended,
         (SELECT count(*)::int FROM internship_session s WHERE s.cohort_id = a.cohort_id AND s.archived_at IS NULL) AS sessions,
         c.id AS "certificateId", c.number AS "certificateNumber", c.status AS "certificateStatus", a.created_at AS "createdAt"
    FROM internship_application a
    JOIN internship_cohort ch ON ch.id = a.cohort_id
    JOIN person p ON p.id = a.person_id
    LEFT JOIN internship_certificate c ON c.application_id = a.id`;

@Injectable()
export class InternshipRepository {
  cohort = (m: EntityManager, id: string) => m.getRepository(InternshipCohortEntity).findOneBy({ id });

  /** The cohort row locked for the rest of the transaction: every change of its seats goes through this lock. */
  async lockCohort(m: EntityManager, id: string): Promise<InternshipCohortEntity | null> {
    return m.getRepository(InternshipCohortEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  cohortsOfProgram(m: EntityManager, programId: string): Promise<InternshipCohortEntity[]> {
    return m.getRepository(InternshipCohortEntity).find({ where: { programId }, order: { startsOn: 'DESC', id: 'ASC' }, take: 100 });
  }

  /** Cohorts not yet ended, the earliest first, among the given visible ids. */
  openCohorts(m: EntityManager, ids: readonly string[], today: string): Promise<InternshipCohortEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m
      .getRepository(InternshipCohortEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids })
      .andWhere('c.archived_at IS NULL AND c.ends_on >= :today', { today })
      .orderBy('c.starts_on', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(50)
      .getMany();
  }

  /** Ids of all cohorts not archived (the access rule narrows them to the caller's). */
  async liveCohortIds(m: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM internship_cohort WHERE archived_at IS NULL ORDER BY starts_on LIMIT 500`);
    return rows.map((r) => r.id);
  }

  async insertCohort(m: EntityManager, values: Partial<InternshipCohortEntity>): Promise<InternshipCohortEntity> {
    const res = await m.getRepository(InternshipCohortEntity).insert(values);
    return m.getRepository(InternshipCohortEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateCohort(m: EntityManager, id: string, values: Partial<InternshipCohortEntity>): Promise<InternshipCohortEntity> {
    await m.getRepository(InternshipCohortEntity).update({ id }, values);
    return m.getRepository(InternshipCohortEntity).findOneByOrFail({ id });
  }

  /** Counts per cohort: seats held, waitlisted. One statement for any number of cohorts. */
  async counts(m: EntityManager, cohortIds: readonly string[]): Promise<Map<string, { seated: number; waitlisted: number }>> {
    const rows: { cohortId: string; seated: number; waitlisted: number }[] = cohortIds.length
      ? await m.query(
          `SELECT cohort_id AS "cohortId", count(*) FILTER (WHERE status IN ${SEAT_HOLDING})::int AS seated,
                  count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
             FROM internship_application WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id`,
          [cohortIds],
        )
      : [];
    return new Map(rows.map((r) => [r.cohortId, { seated: r.seated, waitlisted: r.waitlisted }]));
  }

  async seatedCount(m: EntityManager, cohortId: string): Promise<number> {
    const [row] = (await m.query(`SELECT count(*)::int AS n FROM internship_application WHERE cohort_id = $1 AND status IN ${SEAT_HOLDING}`, [cohortId])) as { n: number }[];
    return row?.n ?? 0;
  }

  liveApplication(m: EntityManager, cohortId: string, personId: string): Promise<InternshipApplicationEntity | null> {
    return m
      .getRepository(InternshipApplicationEntity)
      .createQueryBuilder('a')
      .where('a.cohort_id = :cohortId AND a.person_id = :personId', { cohortId, personId })
      .andWhere(`a.status IN ('SUBMITTED', 'APPROVED', 'WAITLISTED')`)
      .getOne();
  }

  application = (m: EntityManager, id: string) => m.getRepository(InternshipApplicationEntity).findOneBy({ id });

  async insertApplication(m: EntityManager, values: Partial<InternshipApplicationEntity>): Promise<InternshipApplicationEntity> {
    const res = await m.getRepository(InternshipApplicationEntity).insert(values);
    return m.getRepository(InternshipApplicationEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateApplication(m: EntityManager, id: string, values: Partial<InternshipApplicationEntity>): Promise<InternshipApplicationEntity> {
    await m.getRepository(InternshipApplicationEntity).update({ id }, values);
    return m.getRepository(InternshipApplicationEntity).findOneByOrFail({ id });
  }

  /** The next place at the end of the cohort's waitlist (the cohort is locked by the caller). */
  async nextWaitlistSeq(m: EntityManager, cohortId: string): Promise<string> {
    const [row] = (await m.query(`SELECT coalesce(max(waitlist_seq), 0) + 1 AS seq FROM internship_application WHERE cohort_id = $1`, [cohortId])) as { seq: string }[];
    return String(row!.seq);
  }

  /**
   * Moves the first waitlisted applicants up into the free seats (the cohort is locked by the caller), in one
   * statement; returns who moved up.
   */
  async promote(m: EntityManager, cohortId: string, capacity: number): Promise<{ id: string; personId: string }[]> {
    const rows: { id: string; person_id: string }[] = await m.query(
      `UPDATE internship_application SET status = 'SUBMITTED', waitlist_seq = NULL, updated_at = now()
        WHERE id IN (SELECT id FROM internship_application WHERE cohort_id = $1 AND status = 'WAITLISTED'
                      ORDER BY waitlist_seq LIMIT GREATEST($2 - (SELECT count(*) FROM internship_application
                                                                 WHERE cohort_id = $1 AND status IN ${SEAT_HOLDING}), 0))
        RETURNING id, person_id`,
      [cohortId, capacity],
    );
    return (Array.isArray(rows[0]) ? (rows[0] as typeof rows) : rows).map((r) => ({ id: r.id, personId: r.person_id }));
  }

  /** All applications of a cohort (seated first, then the waitlist in order, then the rest), with attendance. One statement. */
  applicationsOfCohort(m: EntityManager, cohortId: string): Promise<ApplicationRow[]> {
    return m.query(
      `${APPLICATION_SELECT} WHERE a.cohort_id = $1
        ORDER BY CASE a.status WHEN 'APPROVED' THEN 0 WHEN 'SUBMITTED' THEN 1 WHEN 'WAITLISTED' THEN 2 ELSE 3 END, a.waitlist_seq NULLS LAST, a.created_at, a.id
        LIMIT 1000`,
      [cohortId],
    );
  }

  applicationRows(m: EntityManager, ids: readonly string[]): Promise<ApplicationRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(`${APPLICATION_SELECT} WHERE a.id = ANY($1::uuid[]) ORDER BY a.created_at DESC, a.id`, [ids]);
  }

  /** Cohorts not archived and not ended by `today` with applications waiting for a decision. */
  async cohortsWithSubmitted(m: EntityManager, today: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT ch.id FROM internship_cohort ch
        WHERE ch.archived_at IS NULL AND ch.ends_on >= $1::date
          AND EXISTS (SELECT 1 FROM internship_application a WHERE a.cohort_id = ch.id AND a.status = 'SUBMITTED')`,
      [today],
    );
    return rows.map((r) => r.id);
  }

  /** Applications waiting for a decision in these cohorts, oldest first. */
  submittedApplications(m: EntityManager, cohortIds: readonly string[], limit: number): Promise<ApplicationRow[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return m.query(`${APPLICATION_SELECT} WHERE a.cohort_id = ANY($1::uuid[]) AND a.status = 'SUBMITTED' ORDER BY a.created_at, a.id LIMIT $2`, [cohortIds, limit]);
  }

  /** A person's applications, newest first. */
  applicationsOfPerson(m: EntityManager, personId: string): Promise<ApplicationRow[]> {
    return m.query(`${APPLICATION_SELECT} WHERE a.person_id = $1 ORDER BY a.created_at DESC, a.id LIMIT 200`, [personId]);
  }

  /** Sessions of the cohorts in time order; removed (archived) ones only when asked. */
  sessions(m: EntityManager, cohortIds: readonly string[], archived = false): Promise<InternshipSessionEntity[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return m
      .getRepository(InternshipSessionEntity)
      .createQueryBuilder('s')
      .where('s.cohort_id = ANY(:cohortIds)', { cohortIds })
      .andWhere(archived ? 's.archived_at IS NOT NULL' : 's.archived_at IS NULL')
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  session = (m: EntityManager, id: string) => m.getRepository(InternshipSessionEntity).findOneBy({ id });

  async insertSession(m: EntityManager, values: Partial<InternshipSessionEntity>): Promise<InternshipSessionEntity> {
    const res = await m.getRepository(InternshipSessionEntity).insert(values);
    return m.getRepository(InternshipSessionEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateSession(m: EntityManager, id: string, values: Partial<InternshipSessionEntity>): Promise<InternshipSessionEntity> {
    await m.getRepository(InternshipSessionEntity).update({ id }, values);
    return m.getRepository(InternshipSessionEntity).findOneByOrFail({ id });
  }

  /** Whether anyone's attendance (present or absent) is marked at the session. */
  sessionHasMarks = (m: EntityManager, sessionId: string) => this.exists(m, `SELECT 1 FROM internship_attendance WHERE session_id = $1 LIMIT 1`, [sessionId]);

  /** Approved applications of a cohort that have no certificate yet (candidates for completion after a rule or schedule change). */
  async approvedWithoutCertificate(m: EntityManager, cohortId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT a.id FROM internship_application a WHERE a.cohort_id = $1 AND a.status = 'APPROVED'
          AND NOT EXISTS (SELECT 1 FROM internship_certificate c WHERE c.application_id = a.id) ORDER BY a.created_at, a.id`,
      [cohortId],
    );
    return rows.map((r) => r.id);
  }

  /** The programme's audience limit (years of experience at most; null — anyone) and the person's experience. */
  async experienceCheck(m: EntityManager, cohortId: string, personId: string): Promise<{ maxYears: number | null; years: number | null }> {
    const [row] = (await m.query(
      `SELECT p.max_experience_years AS "maxYears", (SELECT experience_years FROM person WHERE id = $2) AS years
         FROM internship_cohort c JOIN internship_program p ON p.id = c.program_id WHERE c.id = $1`,
      [cohortId, personId],
    )) as { maxYears: number | null; years: number | null }[];
    return row ?? { maxYears: null, years: null };
  }

  async revokeCertificate(m: EntityManager, id: string, reason: string): Promise<InternshipCertificateEntity> {
    await m.getRepository(InternshipCertificateEntity).update({ id }, { status: CertificateStatus.REVOKED, revokedAt: new Date(), revokeReason: reason });
    return m.getRepository(InternshipCertificateEntity).findOneByOrFail({ id });
  }

  /** The sheet of a session: the cohort's approved interns with their mark (null: not marked yet). */
  sheet(m: EntityManager, sessionId: string): Promise<{ applicationId: string; personId: string; fullName: string; present: boolean | null }[]> {
    return m.query(
      `SELECT a.id AS "applicationId", a.person_id AS "personId", ${fullNameSql('p')} AS "fullName", t.present
         FROM internship_session s
         JOIN internship_application a ON a.cohort_id = s.cohort_id AND a.status = 'APPROVED'
         JOIN person p ON p.id = a.person_id
         LEFT JOIN internship_attendance t ON t.session_id = s.id AND t.application_id = a.id
        WHERE s.id = $1
        ORDER BY p.last_name, p.first_name, a.id`,
      [sessionId],
    );
  }

  async mark(m: EntityManager, sessionId: string, applicationId: string, present: boolean, accountId: string): Promise<void> {
    await m.query(
      `INSERT INTO internship_attendance (session_id, application_id, present, marked_by_account_id, marked_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (session_id, application_id) DO UPDATE SET present = EXCLUDED.present, marked_by_account_id = EXCLUDED.marked_by_account_id, marked_at = now()`,
      [sessionId, applicationId, present, accountId],
    );
  }

  /** What a certificate of this cohort states about its programme, site and issuer (the site's host organisation). */
  async programFacts(m: EntityManager, cohortId: string): Promise<ProgramFacts | null> {
    const [row] = (await m.query(PROGRAM_FACTS_SQL, [cohortId])) as ProgramFacts[];
    return row ?? null;
  }

  /** The modules a completion records: those of the cohort's track if it has one, else of the programme. */
  programModules(m: EntityManager, cohortId: string): Promise<{ moduleId: string; title: string; hours: string }[]> {
    return m.query(PROGRAM_MODULES_SQL, [cohortId]);
  }

  async insertCompletions(m: EntityManager, rows: Partial<InternshipCompletionEntity>[]): Promise<void> {
    if (rows.length) await m.getRepository(InternshipCompletionEntity).insert(rows);
  }

  completions(m: EntityManager, applicationId: string): Promise<InternshipCompletionEntity[]> {
    return m.getRepository(InternshipCompletionEntity).find({ where: { applicationId }, order: { completedOn: 'ASC', title: 'ASC' } });
  }

  async nextCertificateSerial(m: EntityManager): Promise<number> {
    const [row] = (await m.query(`SELECT nextval('internship_certificate_serial') AS n`)) as { n: string }[];
    return Number(row!.n);
  }

  async insertCertificate(m: EntityManager, values: Partial<InternshipCertificateEntity>): Promise<InternshipCertificateEntity> {
    const res = await m.getRepository(InternshipCertificateEntity).insert(values);
    return m.getRepository(InternshipCertificateEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  certificate = (m: EntityManager, id: string) => m.getRepository(InternshipCertificateEntity).findOneBy({ id });
  certificateByNumber = (m: EntityManager, number: string) => m.getRepository(InternshipCertificateEntity).findOneBy({ number });
  certificateOfApplication = (m: EntityManager, applicationId: string) => m.getRepository(InternshipCertificateEntity).findOneBy({ applicationId });

  markOf = (m: EntityManager, sessionId: string, applicationId: string) => m.getRepository(InternshipAttendanceEntity).findOneBy({ sessionId, applicationId });

  private async exists(m: EntityManager, sql: string, params: unknown[]): Promise<boolean> {
    return ((await m.query(sql, params)) as unknown[]).length > 0;
  }

  trackOfProgram = (m: EntityManager, trackId: string, programId: string) => this.exists(m, TRACK_OF_PROGRAM_SQL, [trackId, programId]);
  moduleOfCohortProgram = (m: EntityManager, moduleId: string, cohortId: string) => this.exists(m, MODULE_OF_COHORT_SQL, [moduleId, cohortId]);
  masterOfCohortSite = (m: EntityManager, personId: string, cohortId: string) => this.exists(m, MASTER_OF_COHORT_SQL, [personId, cohortId]);
  /** The organisations where the person works, the main workplace first. */
  async workplaces(m: EntityManager, personId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT organization_id AS id FROM position WHERE person_id = $1 ORDER BY is_main DESC, created_at`, [personId]);
    return [...new Set(rows.map((r) => r.id))];
  }

  async siteOfProgram(m: EntityManager, programId: string): Promise<string | null> {
    const rows: { id: string }[] = await m.query(`SELECT site_id AS id FROM internship_program WHERE id = $1`, [programId]);
    return rows[0]?.id ?? null;
  }
}
