import { ComputedIndicatorKey, ComputedRowKind, COMPUTED_INDICATOR_ROWS, IndicatorOwnerKind } from '@metodset/shared';
import { currentResultsSql } from '../../diagnostics/competence-results.reader';
import { hasDeficitAsOfSql, isAssessedAsOfSql } from '../../deficits/person-deficits.sql';
import { hasHoursSql } from '../../growth/hours-facts.sql';
import { internshipHoursFactsSql } from '../../internship/internship-hours.sql';
import { hasMentorshipSql } from '../../mentoring/mentoring-facts.sql';
import { acceptedMemberOrgsSql } from '../../network/network-membership.sql';
import { hasStatusInYearsSql, SCHOOL_KINDS_SQL } from '../../organization/organization-status.sql';
import { categoryOnSql, positionDuringSql, positionOnSql, youngOnSql } from '../../person/history.sql';
import { approvedRouteTargetsSql, hasApprovedRouteSql } from '../../route/route-facts.sql';

/**
 * The computed indicators as SQL read models. Each key reads its facts through the owners' fragments (route,
 * mentoring, internship, growth, diagnostics/deficits, organisation statuses, person histories) and yields the rows
 * of its denominator with a `counted` flag: the value is the share of counted rows; the drill-down lists the rows.
 * Parameter names are suffixed by `n`, so several computations fit in one statement.
 */
export interface ComputationSql {
  /** SELECT id, counted (boolean) — the rows of the denominator. Rows are `person p` or `organization o`. */
  rows: string;
  rowKind: ComputedRowKind;
}

/** `SELECT id` of the organisations in a territory (a municipality, or every municipality of a region). */
const territoryOrgsSql = (idSql: string, a: string) =>
  `SELECT ${a}_o.id FROM organization ${a}_o WHERE ${a}_o.archived_at IS NULL
      AND (${a}_o.municipality_id = ${idSql} OR ${a}_o.municipality_id IN (SELECT ${a}_m.id FROM municipality ${a}_m WHERE ${a}_m.region_id = ${idSql}))`;

/** `SELECT id` of the organisations the owner spans (`ownerIdSql`: a typed uuid expression). */
export function ownerOrganizationsSql(kind: IndicatorOwnerKind, ownerIdSql: string): string {
  switch (kind) {
    case IndicatorOwnerKind.MUNICIPALITY:
    case IndicatorOwnerKind.REGION:
      return territoryOrgsSql(ownerIdSql, 'co');
    case IndicatorOwnerKind.NETWORK:
      return acceptedMemberOrgsSql(ownerIdSql, 'co_nm');
    case IndicatorOwnerKind.ORGANIZATION:
      return `SELECT ${ownerIdSql}`;
    case IndicatorOwnerKind.MENTORING_PROGRAM:
      // A mentoring programme spans its organisation, or the accepted members of its network.
      return `SELECT co_p.organization_id FROM mentoring_program co_p WHERE co_p.id = ${ownerIdSql} AND co_p.organization_id IS NOT NULL
              UNION ${acceptedMemberOrgsSql(`(SELECT co_p2.network_id FROM mentoring_program co_p2 WHERE co_p2.id = ${ownerIdSql})`, 'co_pm')}`;
    case IndicatorOwnerKind.INTERNSHIP_PROGRAM:
      // An internship programme spans the workplaces of the people who applied to its cohorts.
      return `SELECT co_po.organization_id FROM internship_application co_a JOIN internship_cohort co_c ON co_c.id = co_a.cohort_id
                JOIN position co_po ON co_po.person_id = co_a.person_id WHERE co_c.program_id = ${ownerIdSql}`;
    case IndicatorOwnerKind.PLAN:
      // A plan spans its owner: an organisation, the accepted members of a network, or a municipality.
      return `SELECT co_pl.organization_id FROM plan co_pl WHERE co_pl.id = ${ownerIdSql} AND co_pl.organization_id IS NOT NULL
              UNION ${acceptedMemberOrgsSql(`(SELECT co_pl2.network_id FROM plan co_pl2 WHERE co_pl2.id = ${ownerIdSql})`, 'co_pln')}
              UNION ${territoryOrgsSql(`(SELECT co_pl3.municipality_id FROM plan co_pl3 WHERE co_pl3.id = ${ownerIdSql})`, 'co_plm')}`;
  }
}

const CATEGORIES_ANY = `('FIRST', 'HIGHEST', 'METHODIST', 'MENTOR')`;
const CATEGORIES_HIGHEST = `('HIGHEST', 'METHODIST', 'MENTOR')`;

/** The SQL of one computation: `key` over the owner, for the period [from, to]; parameters `:o<n>`, `:f<n>`, `:t<n>`. */
export function computationSql(key: ComputedIndicatorKey, kind: IndicatorOwnerKind, n: number): ComputationSql {
  const owner = `CAST(:o${n} AS uuid)`;
  const from = `CAST(:f${n} AS date)`;
  const to = `CAST(:t${n} AS date)`;
  const orgs = ownerOrganizationsSql(kind, owner);
  const rowKind = COMPUTED_INDICATOR_ROWS[key];
  if (rowKind === ComputedRowKind.ORGANIZATION) {
    const counted = hasStatusInYearsSql('o.id', ['LOW_RESULTS', 'UNFAVOURABLE_CONDITIONS'], `extract(year FROM ${from})::int`, `extract(year FROM ${to})::int`);
    return {
      rowKind,
      rows: `SELECT o.id, ${counted} AS counted FROM organization o
              WHERE o.archived_at IS NULL AND o.kind IN ${SCHOOL_KINDS_SQL} AND o.id IN (${orgs})`,
    };
  }
  const worksDuring = `EXISTS (SELECT 1 FROM position po WHERE po.person_id = p.id AND po.organization_id IN (${orgs}) AND ${positionDuringSql('po', from, to)})`;
  const base = (extra: string | null, counted: string) => ({
    rowKind,
    rows: `SELECT p.id, ${counted} AS counted FROM person p WHERE p.archived_at IS NULL AND ${worksDuring}${extra ? ` AND ${extra}` : ''}`,
  });
  switch (key) {
    case ComputedIndicatorKey.TEACHERS_WITH_APPROVED_ROUTE_SHARE:
      return base(null, hasApprovedRouteSql('p.id', from, to));
    case ComputedIndicatorKey.TEACHERS_IN_MENTORING_SHARE:
      return base(null, hasMentorshipSql('p.id', from, to));
    case ComputedIndicatorKey.TEACHERS_INTERNSHIP_COMPLETED_SHARE:
      return base(null, `EXISTS (SELECT 1 FROM (${internshipHoursFactsSql('ARRAY[p.id]::uuid[]')}) ic WHERE ic.on_date BETWEEN ${from} AND ${to})`);
    case ComputedIndicatorKey.TEACHERS_TRAINED_SHARE:
      return base(null, hasHoursSql('p.id', from, to));
    case ComputedIndicatorKey.TEACHERS_WITH_DEFICITS_SHARE:
      return base(isAssessedAsOfSql('p.id', to), hasDeficitAsOfSql('p.id', to));
    case ComputedIndicatorKey.TEACHERS_RAISED_COMPETENCE_SHARE: {
      const targets = approvedRouteTargetsSql('p.id', from, to);
      const raised = `EXISTS (SELECT 1 FROM (${targets}) tg JOIN (${currentResultsSql({ person: '= p.id', asOf: to })}) now_r ON now_r.code = tg.code
                       WHERE now_r.score > tg.baseline_score)`;
      return base(`EXISTS (SELECT 1 FROM (${targets}) tg0)`, raised);
    }
    case ComputedIndicatorKey.YOUNG_TEACHERS_RETAINED_SHARE: {
      const startedYoung = `EXISTS (SELECT 1 FROM position po_s WHERE po_s.person_id = p.id AND po_s.organization_id IN (${orgs}) AND ${positionOnSql('po_s', from)})
                            AND ${youngOnSql('p', from)}`;
      const stayed = `EXISTS (SELECT 1 FROM position po_e WHERE po_e.person_id = p.id AND po_e.organization_id IN (${orgs}) AND ${positionOnSql('po_e', to)})`;
      return base(startedYoung, stayed);
    }
    case ComputedIndicatorKey.TEACHERS_WITH_CATEGORY_SHARE:
      return base(null, `coalesce(${categoryOnSql('p.id', to)}::text IN ${CATEGORIES_ANY}, FALSE)`);
    case ComputedIndicatorKey.TEACHERS_WITH_HIGHEST_CATEGORY_SHARE:
      return base(null, `coalesce(${categoryOnSql('p.id', to)}::text IN ${CATEGORIES_HIGHEST}, FALSE)`);
    case ComputedIndicatorKey.LOW_RESULTS_SCHOOLS_SHARE: // school rows, above
    case ComputedIndicatorKey.METHODOLOGICAL_PRODUCTS_COUNT: // counted by the practices' read model
      throw new Error(`No person SQL for the computed indicator ${key}`);
  }
}
