import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { programHostSql, runsProgramSiteSql } from '../../../modules/internship/internship-staging.sql';
import { AccessRule } from '../access-rule';
import { idsWhere, orgIn } from './sql';
import { stagingSiteReadCondition } from './staging.rules';

/**
 * The staff part of a scope under parameter names of its own (`:irStaff…`), so that a rule may combine it with
 * conditions on the full scope (whose `:scopePersonId` is the caller) without one overwriting the other.
 */
function staffParams(c: SqlCondition): SqlCondition {
  return {
    sql: c.sql.replace(/:scope(\w+)/g, ':irStaff$1'),
    params: Object.fromEntries(Object.entries(c.params).map(([k, v]) => [k.replace(/^scope/, 'irStaff'), v])),
  };
}

/**
 * Who runs a programme given by `programIdSql`: the head and the masters of its staging site (as people), and staff
 * whose territorial/organisational scope holds the site's host organisation. `:callerPersonId` is bound.
 */
export function programRunCondition(scope: AccessScope, programIdSql: string, alias: string): SqlCondition {
  const host = staffParams(orgIn(scope.withoutSelf(), programHostSql(programIdSql, `${alias}h`)));
  return { sql: `(${runsProgramSiteSql(programIdSql, 'CAST(:callerPersonId AS uuid)', `${alias}r`)} OR ${host.sql})`, params: host.params };
}

/**
 * Cohorts the caller sees: those he runs, applied to or leads a session of, and those of sites in the staging
 * catalogue he reads (its scope and the municipalities where he works: the teachers who may apply).
 */
export function cohortReadCondition(scope: AccessScope, alias: string): SqlCondition {
  const run = programRunCondition(scope, `${alias}.program_id`, 'crr');
  const site = stagingSiteReadCondition(scope, 'crs_site');
  const region = {
    sql: `EXISTS (SELECT 1 FROM internship_program crs_p JOIN staging_site crs_site ON crs_site.id = crs_p.site_id WHERE crs_p.id = ${alias}.program_id AND ${site.sql})`,
    params: site.params,
  };
  return {
    sql: `(${run.sql} OR ${region.sql}
      OR EXISTS (SELECT 1 FROM internship_application cra WHERE cra.cohort_id = ${alias}.id AND cra.person_id = CAST(:callerPersonId AS uuid))
      OR EXISTS (SELECT 1 FROM internship_session crs WHERE crs.cohort_id = ${alias}.id AND crs.master_person_id = CAST(:callerPersonId AS uuid)))`,
    params: { ...run.params, ...region.params },
  };
}

const cohortRun = (scope: AccessScope, cohortIdSql: string, alias: string): SqlCondition => {
  const run = programRunCondition(scope, `${alias}.program_id`, `${alias}r`);
  return { sql: `EXISTS (SELECT 1 FROM internship_cohort ${alias} WHERE ${alias}.id = ${cohortIdSql} AND ${run.sql})`, params: run.params };
};

/** Cohorts, applications, attendance and certificates of internship programmes. */
export const INTERNSHIP_RULES = {
  /** See a cohort (its sessions, capacity, seats; the applications only with `internship.cohort.manage`). */
  'internship.cohort.read': {
    permission: Permission.INTERNSHIP_READ,
    select: (scope) => idsWhere('internship_cohort', 'ic', cohortReadCondition(scope, 'ic')),
  },
  /** Open cohorts of a programme: the site's head and masters, staff over its host organisation. */
  'internship.program.manage': {
    permission: Permission.INTERNSHIP_MANAGE,
    select: (scope) => idsWhere('internship_program', 'ip', programRunCondition(scope, 'ip.id', 'ipr')),
  },
  /** Run a cohort: approve and decline, add sessions, mark attendance, accept final products. */
  'internship.cohort.manage': {
    permission: Permission.INTERNSHIP_MANAGE,
    select: (scope) => idsWhere('internship_cohort', 'ic', programRunCondition(scope, 'ic.program_id', 'icm')),
  },
  /** Fill a session's attendance sheet: the master who leads it, or those who run the cohort. */
  'internship.session.mark': {
    permission: Permission.INTERNSHIP_MANAGE,
    select: (scope) => {
      const run = cohortRun(scope, 'se.cohort_id', 'sec');
      return idsWhere('internship_session', 'se', { sql: `(se.master_person_id = CAST(:callerPersonId AS uuid) OR ${run.sql})`, params: run.params });
    },
  },
  /** See an application: one's own, those of a cohort one runs, those of people in one's staff scope (their school). */
  'internship.application.read': {
    permission: Permission.INTERNSHIP_READ,
    select: (scope) => {
      const run = cohortRun(scope, 'ia.cohort_id', 'iac');
      const person = staffParams(scope.withoutSelf().personCondition('iap'));
      return idsWhere('internship_application', 'ia', {
        sql: `(ia.person_id = CAST(:callerPersonId AS uuid) OR ${run.sql} OR EXISTS (SELECT 1 FROM person iap WHERE iap.id = ia.person_id AND ${person.sql}))`,
        params: { ...run.params, ...person.params },
      });
    },
  },
  /** Withdraw an application: the teacher himself, or the school that nominated him (its organisation in the staff scope). */
  'internship.application.withdraw': {
    permission: Permission.INTERNSHIP_APPLY,
    select: (scope) => {
      const org = staffParams(orgIn(scope.withoutSelf(), 'ia.nominated_by_organization_id'));
      return idsWhere('internship_application', 'ia', { sql: `(ia.person_id = CAST(:callerPersonId AS uuid) OR (ia.nominated_by_organization_id IS NOT NULL AND ${org.sql}))`, params: org.params });
    },
  },
  /** Nominate teachers of this organisation: it lies in the INTERNSHIP_NOMINATE staff scope. */
  'internship.nominateFrom': {
    permission: Permission.INTERNSHIP_NOMINATE,
    staff: true,
    select: (scope) => idsWhere('organization', 'o', orgIn(scope, 'o.id')),
  },
  /** Download a certificate (PDF, Open Badges JSON): its holder, and those who run the cohort. */
  'internship.certificate.read': {
    permission: Permission.INTERNSHIP_READ,
    select: (scope) => {
      const run = cohortRun(scope, '(SELECT ca.cohort_id FROM internship_application ca WHERE ca.id = ct.application_id)', 'ctc');
      return idsWhere('internship_certificate', 'ct', { sql: `(ct.person_id = CAST(:callerPersonId AS uuid) OR ${run.sql})`, params: run.params });
    },
  },
} satisfies Record<string, AccessRule>;
