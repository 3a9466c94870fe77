import { Injectable } from '@nestjs/common';
import { DashboardMetric, DashboardRowKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { ListOrder, OrderColumns, PageRequest } from '../../common/pagination/order';
import { orderedSqlPage } from '../../common/pagination/ordered-sql';
import { eventActivityRowsSql } from '../event/event-activity.sql';
import { internshipCompletionRowsSql, internshipEnrolmentRowsSql } from '../internship/internship-activity.sql';
import { mentoringCoverageRowsSql } from '../mentoring/mentoring-coverage.sql';
import { fullNameSql, mainOrganizationNameSql } from '../person/person.sql';
import { DashboardRepository, DashboardSubjectRef } from './dashboard.repository';
import { DashboardRowOrderField } from './dto/dashboard-rows.args';
import { DashboardSubjectKind } from './dto/dashboard.object';

export interface DashboardRowSql {
  id: string;
  kind: DashboardRowKind;
  person_id: string | null;
  name: string;
  context: string | null;
  day: string | null;
  /** The event of an attended occurrence (VISIT rows only). */
  ref_id?: string;
}

const ORDER: OrderColumns<DashboardRowOrderField> = {
  NAME: { sql: 'x.name', type: 'text' },
  CONTEXT: { sql: 'x.context', type: 'text', nulls: '' },
  DAY: { sql: 'x.day', type: 'text', nulls: '' },
};

const PEOPLE = 'SELECT person_id FROM spop';
const FROM = 'CAST(:from AS date)';
const TO = 'CAST(:to AS date)';
const DAY = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;

/** People rows: the persons whose ids `idsSql` selects (they are of the scoped population already). */
const peopleRows = (idsSql: string) => `
  SELECT dr_p.id, 'PERSON' AS kind, dr_p.id AS person_id, ${fullNameSql('dr_p')} AS name, ${mainOrganizationNameSql('dr_p.id')} AS context, NULL::text AS day
    FROM person dr_p WHERE dr_p.id IN (${idsSql})`;

const mentorshipRows = (rowsSql: string, activeOnly: boolean) => `
  SELECT dr_m.id, 'MENTORSHIP' AS kind, NULL::uuid AS person_id, dr_pr.name AS name,
         (SELECT coalesce(dr_o.short_name, dr_o.name) FROM organization dr_o WHERE dr_o.id = dr_m.mentee_organization_id) AS context,
         ${DAY('dr_m.starts_on')} AS day
    FROM mentorship dr_m JOIN mentoring_program dr_pr ON dr_pr.id = dr_m.program_id
   WHERE dr_m.id IN (SELECT r.mentorship_id FROM (${rowsSql}) r ${activeOnly ? `WHERE r.status = 'ACTIVE'` : ''})`;

/**
 * The rows behind each number of a dashboard: the same population, period and owners' fragments as the number
 * (`mentoringCoverageRowsSql`, `internshipEnrolmentRowsSql`, `internshipCompletionRowsSql`, `eventActivityRowsSql`
 * beside the count fragments), the population narrowed to the people of the caller's registry scope. Two statements
 * for a page (the total and the rows).
 */
@Injectable()
export class DashboardRowsRepository {
  constructor(private readonly dashboards: DashboardRepository) {}

  private rowsSql(metric: DashboardMetric, subject: DashboardSubjectRef): string {
    const program = subject.kind === DashboardSubjectKind.PROGRAM ? 'CAST(:subjectId AS uuid)' : null;
    const mentoring = mentoringCoverageRowsSql(PEOPLE, FROM, TO, program);
    const enrolled = internshipEnrolmentRowsSql(PEOPLE, FROM, TO);
    const attended = eventActivityRowsSql(PEOPLE, FROM, TO);
    switch (metric) {
      case DashboardMetric.TEACHERS:
        return peopleRows(PEOPLE);
      case DashboardMetric.IN_MENTORING:
        return peopleRows(`SELECT r.person_id FROM (${mentoring}) r`);
      case DashboardMetric.MENTORS:
        return peopleRows(`SELECT r.person_id FROM (${mentoring}) r WHERE r.side = 'MENTOR'`);
      case DashboardMetric.MENTEES:
        return peopleRows(`SELECT r.person_id FROM (${mentoring}) r WHERE r.side = 'MENTEE'`);
      case DashboardMetric.PAIRS:
        return mentorshipRows(mentoring, false);
      case DashboardMetric.PAIRS_ACTIVE:
        return mentorshipRows(mentoring, true);
      case DashboardMetric.COHORTS:
        return `SELECT dr_c.id, 'COHORT' AS kind, NULL::uuid AS person_id, dr_c.title AS name, dr_ip.title AS context, ${DAY('dr_c.starts_on')} AS day
                  FROM internship_cohort dr_c JOIN internship_program dr_ip ON dr_ip.id = dr_c.program_id
                 WHERE dr_c.id IN (SELECT r.cohort_id FROM (${enrolled}) r)`;
      case DashboardMetric.INTERNS:
        return peopleRows(`SELECT r.person_id FROM (${enrolled}) r`);
      case DashboardMetric.INTERNSHIPS_COMPLETED:
        return peopleRows(`SELECT r.person_id FROM (${internshipCompletionRowsSql(PEOPLE, FROM, TO)}) r`);
      case DashboardMetric.EVENTS:
        return `SELECT dr_e.id, 'EVENT' AS kind, NULL::uuid AS person_id, dr_e.title AS name, NULL::text AS context, ${DAY('r.first_day')} AS day
                  FROM event dr_e JOIN (SELECT r.event_id, min(r.occurrence_date) AS first_day FROM (${attended}) r GROUP BY r.event_id) r ON r.event_id = dr_e.id`;
      case DashboardMetric.PARTICIPANTS:
        return peopleRows(`SELECT r.person_id FROM (${attended}) r`);
      case DashboardMetric.VISITS:
        return `SELECT r.id, 'VISIT' AS kind, r.person_id, ${fullNameSql('dr_p')} AS name, dr_e.title AS context, ${DAY('r.occurrence_date')} AS day, r.event_id AS ref_id
                  FROM (${attended}) r JOIN person dr_p ON dr_p.id = r.person_id JOIN event dr_e ON dr_e.id = r.event_id`;
    }
  }

  async page(
    m: EntityManager,
    scope: AccessScope,
    rowsScope: AccessScope,
    subject: DashboardSubjectRef,
    metric: DashboardMetric,
    period: { from: string; to: string },
    order: ListOrder<DashboardRowOrderField>,
    page: PageRequest,
  ): Promise<Connection<DashboardRowSql>> {
    const pop = this.dashboards.population(scope, subject);
    const cond = rowsScope.personCondition('dr_sp');
    const sql = `WITH pop AS MATERIALIZED (${pop.sql}),
      spop AS MATERIALIZED (SELECT dr_sp.id AS person_id FROM person dr_sp WHERE dr_sp.id IN (SELECT person_id FROM pop) AND ${cond.sql})
      ${this.rowsSql(metric, subject)}`;
    const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, { ...pop.params, ...cond.params, subjectId: subject.id, ...period });
    return orderedSqlPage<DashboardRowSql, DashboardRowOrderField>(m, { sql: text, params: values }, ORDER, order, page);
  }
}
