import { OrgPartials } from '../../common/database/dashboard-partials';
import { eventAttendeesByMonthSql, eventsOfPeopleSql, eventVisitsPerPersonSql, liveEventsSql } from '../event/event-activity.sql';
import { internshipCompletionRowsSql, internshipEnrolmentRowsSql } from '../internship/internship-activity.sql';
import { mentoringCoverageRowsSql } from '../mentoring/mentoring-coverage.sql';
import { organizationsOfPeopleSql, peopleByOrganizationSql } from '../person/person-population.sql';

/*
 * The dashboard's counts over the people of a set of organisations (a territory, a network, the platform), summed
 * from stored parts (`withOrgPartials`, common/database/dashboard-partials.ts) so that after a write only the parts of
 * the people it touched are recomputed. Two statements:
 *
 * - per organisation: the per-person counts (teachers, people in mentoring / mentors / mentees, interns, completed,
 *   participants, visits, and the same per month) summed over its people who work nowhere else, plus each person
 *   working at several organisations on their own (with their numbers); and the ids of the pairs and cohorts its
 *   people take part in. The sum adds the sums, counts each person with several workplaces once and counts the
 *   distinct ids: exactly the distinct people, pairs and cohorts of the population.
 * - per event: the organisations its attendees work at, per month. The sum counts the events (per month) with one of
 *   the subject's organisations: exactly those with an attendee from the population.
 *
 * Keys of the summed rows (k, n): the counts by name ('pairs': the completed ones), 'YYYY-MM/visits' etc. per month,
 * 'events' and 'YYYY-MM/events'.
 */

const FROM = 'CAST(:from AS date)';
const TO = 'CAST(:to AS date)';

/** A per-person part of the organisations of the subquery `orgIdsSql`. */
const personPartSql = (orgIdsSql: string) => {
  const people = 'SELECT unnest(ARRAY(SELECT sp_i.person_id FROM sp_ids sp_i))';
  return `
  WITH sp_pe AS MATERIALIZED (${peopleByOrganizationSql(orgIdsSql, 'sp_pbo')}),
  sp_ids AS MATERIALIZED (SELECT DISTINCT sp_a.person_id FROM sp_pe sp_a),
  sp_v AS MATERIALIZED (${eventVisitsPerPersonSql(people, FROM, TO)}),
  sp_m AS MATERIALIZED (${mentoringCoverageRowsSql(people, FROM, TO)}),
  sp_e AS MATERIALIZED (${internshipEnrolmentRowsSql(people, FROM, TO)}),
  sp_c AS MATERIALIZED (${internshipCompletionRowsSql(people, FROM, TO)}),
  sp_f AS MATERIALIZED (
    SELECT person_id, CAST('teachers' AS text) AS k, CAST(1 AS bigint) AS n FROM sp_ids
    UNION ALL SELECT person_id, 'visits', sum(visits) FROM sp_v GROUP BY person_id
    UNION ALL SELECT DISTINCT person_id, 'participants', 1 FROM sp_v
    UNION ALL SELECT person_id, month || '/visits', visits FROM sp_v
    UNION ALL SELECT person_id, month || '/participants', 1 FROM sp_v
    UNION ALL SELECT DISTINCT person_id, 'in_mentoring', 1 FROM sp_m
    UNION ALL SELECT DISTINCT person_id, 'mentors', 1 FROM sp_m WHERE side = 'MENTOR'
    UNION ALL SELECT DISTINCT person_id, 'mentees', 1 FROM sp_m WHERE side = 'MENTEE'
    UNION ALL SELECT DISTINCT person_id, 'interns', 1 FROM sp_e
    UNION ALL SELECT DISTINCT person_id, 'completed', 1 FROM sp_c
    UNION ALL SELECT DISTINCT person_id, to_char(completed_on, 'YYYY-MM') || '/completed', 1 FROM sp_c),
  sp_single AS (
    SELECT sp_t.organization_id, jsonb_object_agg(sp_t.k, sp_t.n) AS s FROM (
      SELECT sp_a.organization_id, sp_g.k, sum(sp_g.n) AS n FROM sp_pe sp_a JOIN sp_f sp_g ON sp_g.person_id = sp_a.person_id
       WHERE NOT sp_a.several GROUP BY 1, 2) sp_t
     GROUP BY 1),
  sp_pf AS (
    SELECT sp_g.person_id, jsonb_object_agg(sp_g.k, sp_g.n) AS f FROM sp_f sp_g
     WHERE sp_g.person_id IN (SELECT sp_a.person_id FROM sp_pe sp_a WHERE sp_a.several) GROUP BY 1),
  sp_several AS (
    SELECT sp_a.organization_id, jsonb_agg(jsonb_build_object('p', sp_a.person_id, 'f', sp_b.f) ORDER BY sp_a.person_id) AS x
      FROM sp_pe sp_a JOIN sp_pf sp_b ON sp_b.person_id = sp_a.person_id WHERE sp_a.several GROUP BY 1),
  sp_pairs AS (
    SELECT sp_a.organization_id,
           coalesce(jsonb_agg(DISTINCT sp_b.mentorship_id) FILTER (WHERE sp_b.status = 'ACTIVE'), CAST('[]' AS jsonb)) AS pa,
           coalesce(jsonb_agg(DISTINCT sp_b.mentorship_id) FILTER (WHERE sp_b.status <> 'ACTIVE'), CAST('[]' AS jsonb)) AS pc
      FROM sp_pe sp_a JOIN sp_m sp_b ON sp_b.person_id = sp_a.person_id GROUP BY 1),
  sp_cohorts AS (
    SELECT sp_a.organization_id, jsonb_agg(DISTINCT sp_b.cohort_id) AS co FROM sp_pe sp_a JOIN sp_e sp_b ON sp_b.person_id = sp_a.person_id GROUP BY 1)
  SELECT sp_o.organization_id,
         jsonb_build_object('s', coalesce(sp_s.s, CAST('{}' AS jsonb)), 'x', coalesce(sp_x.x, CAST('[]' AS jsonb)),
                            'pa', coalesce(sp_p.pa, CAST('[]' AS jsonb)), 'pc', coalesce(sp_p.pc, CAST('[]' AS jsonb)), 'co', coalesce(sp_k.co, CAST('[]' AS jsonb))) AS cells,
         sp_o.persons
    FROM (SELECT organization_id, array_agg(DISTINCT person_id) AS persons FROM sp_pe GROUP BY 1) sp_o
    LEFT JOIN sp_single sp_s ON sp_s.organization_id = sp_o.organization_id
    LEFT JOIN sp_several sp_x ON sp_x.organization_id = sp_o.organization_id
    LEFT JOIN sp_pairs sp_p ON sp_p.organization_id = sp_o.organization_id
    LEFT JOIN sp_cohorts sp_k ON sp_k.organization_id = sp_o.organization_id`;
};

/**
 * The per-person counts summed: each person who works at several organisations once; the pairs (active, completed)
 * and cohorts: their distinct ids, each kind read straight from its array. Columns: k, n.
 */
const PERSON_SUM_SQL = `
  WITH ss_x AS (
    SELECT DISTINCT ON (ss_e.value->>'p') ss_e.value->'f' AS f
      FROM dp_all CROSS JOIN LATERAL jsonb_array_elements(dp_all.cells->'x') ss_e ORDER BY ss_e.value->>'p')
  SELECT ss_k.key AS k, sum(CAST(ss_k.value AS bigint)) AS n FROM (
    SELECT ss_s.key, ss_s.value FROM dp_all CROSS JOIN LATERAL jsonb_each_text(dp_all.cells->'s') ss_s
    UNION ALL
    SELECT ss_f.key, ss_f.value FROM ss_x CROSS JOIN LATERAL jsonb_each_text(ss_x.f) ss_f) ss_k
  GROUP BY ss_k.key
  UNION ALL
  ${[['pairs_active', 'pa'], ['pairs', 'pc'], ['cohorts', 'co']]
    .map(([k, c]) => `SELECT CAST('${k}' AS text), count(*) FROM (SELECT DISTINCT ss_i.value FROM dp_all CROSS JOIN LATERAL jsonb_array_elements_text(dp_all.cells->'${c}') ss_i) ss_t`)
    .join(' UNION ALL ')}`;

/** The per-person counts, pairs and cohorts of the people of the organisations `orgIdsSql` selects (column id), as `withOrgPartials` parts. */
export const summaryPersonPartials = (orgIdsSql: string): OrgPartials => ({
  orgsSql: `SELECT sg_o.id, CAST(NULL AS text) AS row_id FROM (${orgIdsSql}) sg_o`,
  partSql: personPartSql,
  placesSql: (personIdsSql) => organizationsOfPeopleSql(personIdsSql),
  sumSql: PERSON_SUM_SQL,
});

/** The part of events (of the subquery `eventIdsSql`): per month, the organisations their attendees work at. */
const eventPartSql = (eventIdsSql: string) => `
  WITH so_r AS MATERIALIZED (${eventAttendeesByMonthSql(eventIdsSql, FROM, TO)}),
  so_w AS MATERIALIZED (${organizationsOfPeopleSql('SELECT DISTINCT so_r2.person_id FROM so_r so_r2', true, 'so_oop')}),
  so_g AS (
    SELECT so_t.event_id, so_t.month, jsonb_agg(so_t.organization_id ORDER BY so_t.organization_id) AS orgs FROM (
      SELECT DISTINCT so_r.event_id, so_r.month, so_w.organization_id FROM so_r JOIN so_w ON so_w.person_id = so_r.person_id) so_t
     GROUP BY 1, 2)
  SELECT so_u.event_id AS organization_id, coalesce(so_c.cells, CAST('{}' AS jsonb)) AS cells, so_u.persons
    FROM (SELECT event_id, array_agg(DISTINCT person_id) AS persons FROM so_r GROUP BY 1) so_u
    LEFT JOIN (SELECT event_id, jsonb_object_agg(month, orgs) AS cells FROM so_g GROUP BY 1) so_c ON so_c.event_id = so_u.event_id`;

/**
 * The distinct live events (and per month) with an attendee working at one of the organisations `orgIdsSql`
 * selects (column id), as `withOrgPartials` parts of the events. Columns: k ('events', 'YYYY-MM/events'), n.
 */
export const summaryEventPartials = (orgIdsSql: string): OrgPartials => ({
  orgsSql: `SELECT se_e.id, CAST('events' AS text) AS row_id FROM (${liveEventsSql()}) se_e`,
  partSql: eventPartSql,
  placesSql: (personIdsSql) => `SELECT sq_e.person_id, sq_e.event_id AS organization_id FROM (${eventsOfPeopleSql(personIdsSql)}) sq_e`,
  sumSql: `
    WITH sh_subject AS MATERIALIZED (SELECT sh_o.id FROM (${orgIdsSql}) sh_o),
    sh_hit AS MATERIALIZED (
      -- (an event without attendees has no part: '[]'); every (event, month, organisation) once, against the
      -- subject's organisations hashed once
      SELECT DISTINCT dp_all.organization_id AS unit, dp_all.row_id AS kind, sh_m.key AS month
        FROM dp_all CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(dp_all.cells) = 'object' THEN dp_all.cells END) sh_m
       CROSS JOIN LATERAL jsonb_array_elements_text(sh_m.value) sh_u
       WHERE CAST(sh_u.value AS uuid) IN (SELECT sh_s.id FROM sh_subject sh_s))
    SELECT kind AS k, count(DISTINCT unit) AS n FROM sh_hit GROUP BY kind
    UNION ALL
    SELECT month || '/' || kind, count(*) FROM sh_hit WHERE month <> '' GROUP BY month, kind`,
});
