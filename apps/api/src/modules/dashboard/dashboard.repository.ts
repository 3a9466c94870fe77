import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { DASHBOARD_CACHE_KEY, dashboardCacheKey, withDashboardCache } from '../../common/database/dashboard-cache';
import { orgPartialsParams, withOrgPartials } from '../../common/database/dashboard-partials';
import { eventActivityWithMonthsSql } from '../event/event-activity.sql';
import { internshipActivitySql, internshipCompletionsByMonthSql } from '../internship/internship-activity.sql';
import { mentoringCoverageSql, programmeParticipantsSql } from '../mentoring/mentoring-coverage.sql';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';
import { peopleOfOrganizationsSql } from '../person/person-population.sql';
import { summaryPersonPartials, summaryEventPartials } from './dashboard-summary.sql';
import { DashboardSubjectKind } from './dto/dashboard.object';

export interface DashboardSubjectRef {
  kind: DashboardSubjectKind;
  id: string | null;
}

export interface SummaryRow {
  teachers: number;
  in_mentoring: number;
  mentors: number;
  mentees: number;
  pairs: number;
  pairs_active: number;
  cohorts: number;
  interns: number;
  completed: number;
  events: number;
  participants: number;
  visits: number;
}

export interface MonthRow {
  month: string;
  events: number;
  participants: number;
  visits: number;
  completed: number;
}

const PEOPLE = 'SELECT person_id FROM pop';
const FROM = 'CAST(:from AS date)';
const TO = 'CAST(:to AS date)';
const SUBJECT = 'CAST(:subjectId AS uuid)';

/**
 * The dashboards' read model: the population of a subject (people of a territory's or a network's organisations,
 * the participants of a programme) and the owners' fragments over it (person, mentoring, internship, event). The
 * dashboard owns no table and no SQL of the facts it counts: every count comes from the owner's fragment.
 */
@Injectable()
export class DashboardRepository {
  /**
   * The subject's organisations as one SQL subquery (column id), narrowed to the caller's scope where it can reach
   * beyond it; null for a programme, whose people are its participants wherever they work.
   */
  organizations(scope: AccessScope, subject: DashboardSubjectRef): { sql: string; params: Record<string, unknown> } | null {
    switch (subject.kind) {
      case DashboardSubjectKind.PLATFORM:
        return { sql: 'SELECT d_o.id FROM organization d_o', params: {} };
      case DashboardSubjectKind.REGION:
        return { sql: `SELECT d_o.id FROM organization d_o JOIN municipality d_m ON d_m.id = d_o.municipality_id WHERE d_m.region_id = ${SUBJECT}`, params: { subjectId: subject.id } };
      case DashboardSubjectKind.MUNICIPALITY:
        return { sql: `SELECT d_o.id FROM organization d_o WHERE d_o.municipality_id = ${SUBJECT}`, params: { subjectId: subject.id } };
      case DashboardSubjectKind.NETWORK: {
        // Only the members inside the caller's scope: a network reaches beyond a methodist's municipality.
        const c = scope.withoutSelf().organizationCondition('d_o');
        return { sql: `SELECT d_o.id FROM organization d_o WHERE d_o.id IN (${acceptedMemberOrgsSql(SUBJECT, 'd_nm')}) AND ${c.sql}`, params: { ...c.params, subjectId: subject.id } };
      }
      case DashboardSubjectKind.PROGRAM:
        return null;
    }
  }

  /** The subject's people as one SQL subquery (column person_id), narrowed to the caller's scope where it can reach beyond it. */
  population(scope: AccessScope, subject: DashboardSubjectRef): { sql: string; params: Record<string, unknown> } {
    const orgs = this.organizations(scope, subject);
    if (orgs) return { sql: peopleOfOrganizationsSql(orgs.sql), params: orgs.params };
    const c = scope.withoutSelf().personCondition('d_p');
    return {
      sql: `SELECT d_pp.person_id FROM (${programmeParticipantsSql(SUBJECT)}) d_pp
              JOIN person d_p ON d_p.id = d_pp.person_id AND d_p.archived_at IS NULL WHERE ${c.sql}`,
      params: { ...c.params, subjectId: subject.id },
    };
  }

  private async run<T>(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, params);
    return (await m.query(text, values)) as T[];
  }

  /**
   * Every count of the dashboard and the same per month. A territory's or a network's: two statements summing stored
   * parts (dashboard-summary.sql.ts: per-person counts, pairs and cohorts per organisation; organisations per event),
   * so that after a write only the parts of the people it touched are recomputed. A programme's: the live rule
   * (`summaryLive`), cached whole until a fact it reads changes. Either way exactly the live rule's numbers.
   */
  async summary(m: EntityManager, scope: AccessScope, subject: DashboardSubjectRef, from: string, to: string): Promise<SummaryRow & { months: MonthRow[] }> {
    const orgs = this.organizations(scope, subject);
    if (!orgs) return this.summaryLive(m, scope, subject, from, to, true);
    const part = { from, to };
    const params = { ...orgs.params, from, to };
    const counts = new Map<string, number>();
    for (const partials of [summaryPersonPartials(orgs.sql), summaryEventPartials(orgs.sql)]) {
      const sql = withOrgPartials(partials);
      const [row] = await this.run<{ payload: { k: string; n: string }[] }>(m, sql, orgPartialsParams(sql, partials, params, part));
      for (const r of row!.payload) counts.set(r.k, Number(r.n));
    }
    const n = (k: string) => counts.get(k) ?? 0;
    const months = [...new Set([...counts.keys()].filter((k) => k.includes('/')).map((k) => k.slice(0, k.indexOf('/'))))]
      .filter((month) => n(`${month}/visits`) > 0 || n(`${month}/completed`) > 0)
      .sort()
      .map((month) => ({ month, events: n(`${month}/events`), participants: n(`${month}/participants`), visits: n(`${month}/visits`), completed: n(`${month}/completed`) }));
    return {
      teachers: n('teachers'),
      in_mentoring: n('in_mentoring'),
      mentors: n('mentors'),
      mentees: n('mentees'),
      pairs: n('pairs') + n('pairs_active'),
      pairs_active: n('pairs_active'),
      cohorts: n('cohorts'),
      interns: n('interns'),
      completed: n('completed'),
      events: n('events'),
      participants: n('participants'),
      visits: n('visits'),
      months,
    };
  }

  /**
   * The live rule of `summary`, in one statement: the population is computed once and the attendance read once
   * (whole period and months together); months without facts are absent (the others by month). `cached`: cached
   * until a fact it reads changes (`withDashboardCache`: still one statement, always the live rule's numbers).
   */
  async summaryLive(m: EntityManager, scope: AccessScope, subject: DashboardSubjectRef, from: string, to: string, cached = false): Promise<SummaryRow & { months: MonthRow[] }> {
    const pop = this.population(scope, subject);
    const program = subject.kind === DashboardSubjectKind.PROGRAM ? SUBJECT : null;
    const sql = `WITH pop AS MATERIALIZED (${pop.sql}),
           ev AS MATERIALIZED (${eventActivityWithMonthsSql(PEOPLE, FROM, TO)}),
           ik AS MATERIALIZED (${internshipCompletionsByMonthSql(PEOPLE, FROM, TO)})
      SELECT (SELECT count(*)::int FROM pop) AS teachers, mc.*, ia.*,
             coalesce((SELECT e.events FROM ev e WHERE e.month IS NULL), 0) AS events,
             coalesce((SELECT e.participants FROM ev e WHERE e.month IS NULL), 0) AS participants,
             coalesce((SELECT e.visits FROM ev e WHERE e.month IS NULL), 0) AS visits,
             (SELECT coalesce(json_agg(json_build_object('month', coalesce(e.month, i.month), 'events', coalesce(e.events, 0),
                       'participants', coalesce(e.participants, 0), 'visits', coalesce(e.visits, 0), 'completed', coalesce(i.completed, 0))
                       ORDER BY coalesce(e.month, i.month)), '[]')
                FROM (SELECT * FROM ev WHERE month IS NOT NULL) e FULL JOIN ik i ON i.month = e.month) AS months
        FROM (${mentoringCoverageSql(PEOPLE, FROM, TO, program)}) mc,
             (${internshipActivitySql(PEOPLE, FROM, TO)}) ia`;
    const params = { ...pop.params, from, to };
    if (!cached) return (await this.run<SummaryRow & { months: MonthRow[] }>(m, sql, params))[0]!;
    const [row] = await this.run<{ payload: (SummaryRow & { months: MonthRow[] })[] }>(m, withDashboardCache(sql), { ...params, [DASHBOARD_CACHE_KEY]: dashboardCacheKey(sql, params) });
    return row!.payload[0]!;
  }

  /** The title of a subject (the name of the municipality, region, network or programme); null when there is none. */
  async title(m: EntityManager, subject: DashboardSubjectRef): Promise<string | null> {
    const table = {
      [DashboardSubjectKind.REGION]: 'region',
      [DashboardSubjectKind.MUNICIPALITY]: 'municipality',
      [DashboardSubjectKind.NETWORK]: 'network',
      [DashboardSubjectKind.PROGRAM]: 'mentoring_program',
      [DashboardSubjectKind.PLATFORM]: null,
    }[subject.kind];
    if (!table) return null;
    const rows = (await m.query(`SELECT name FROM ${table} WHERE id = $1`, [subject.id])) as { name: string }[];
    return rows[0]?.name ?? null;
  }
}
