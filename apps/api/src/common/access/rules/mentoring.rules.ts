import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { hostManaged, idsWhere, orgIn } from './sql';

/**
 * Programmes staff see: the host organisation lies in the staff scope, or (a network programme) an accepted member
 * of the host network does. Only the staff part of the scope counts: a mentor or a teacher sees a programme only
 * through a mentorship they take part in (`programReadCondition`).
 */
export function programStaffCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const staff = scope.withoutSelf();
  const org = staff.organizationCondition('pho');
  const netOrg = staff.organizationCondition('pno');
  return {
    sql: `((${alias}.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization pho WHERE pho.id = ${alias}.organization_id AND ${org.sql}))
      OR (${alias}.network_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization pno WHERE pno.id IN (${acceptedMemberOrgsSql(`${alias}.network_id`, 'pnm')}) AND ${netOrg.sql})))`,
    params: { ...org.params, ...netOrg.params },
  };
}

/** Programmes the caller reads: staff-visible, or the caller takes part in one of its mentorships. `:callerPersonId` is bound. */
export function programReadCondition(scope: AccessScope, alias: string): SqlCondition {
  const staff = programStaffCondition(scope, alias);
  return {
    sql: `(${staff.sql} OR EXISTS (SELECT 1 FROM mentorship pms JOIN mentorship_participant pmp ON pmp.mentorship_id = pms.id
                                   WHERE pms.program_id = ${alias}.id AND pmp.person_id = CAST(:callerPersonId AS uuid)))`,
    params: staff.params,
  };
}

/** Mentorships the caller reads: one they take part in, or (staff) one of a programme they see as staff. `:callerPersonId` is bound. */
export function mentorshipReadCondition(scope: AccessScope, alias: string): SqlCondition {
  const prog = programStaffCondition(scope, 'msp');
  return {
    sql: `(EXISTS (SELECT 1 FROM mentorship_participant msx WHERE msx.mentorship_id = ${alias}.id AND msx.person_id = CAST(:callerPersonId AS uuid))
       OR EXISTS (SELECT 1 FROM mentoring_program msp WHERE msp.id = ${alias}.program_id AND ${prog.sql}))`,
    params: prog.params,
  };
}

const mentorships = (where: string, params: Record<string, unknown> = {}) => ({
  sql: `SELECT ms.id FROM mentorship ms WHERE ms.id = ANY(CAST(:ids AS uuid[])) AND ${where}`,
  params,
});
const participant = (side?: 'MENTOR') =>
  `EXISTS (SELECT 1 FROM mentorship_participant mpx WHERE mpx.mentorship_id = ms.id AND mpx.person_id = CAST(:callerPersonId AS uuid)${side ? ` AND mpx.side = '${side}'` : ''})`;
const managed = (scope: AccessScope) => {
  const host = hostManaged(scope.withoutSelf(), 'mgp', false);
  return { sql: `EXISTS (SELECT 1 FROM mentoring_program mgp WHERE mgp.id = ms.program_id AND ${host.sql})`, params: host.params };
};

/** Mentoring programmes, mentorships with their sessions, «Дневник ПОС», pair surveys. */
export const MENTORING_RULES = {
  /** See a programme (and its questionnaires). */
  'program.read': {
    permission: Permission.MENTORING_READ,
    select: (scope) => idsWhere('mentoring_program', 'p', programReadCondition(scope, 'p')),
  },
  /** Host a new programme at this organisation: it lies in the MENTORING_WRITE staff scope. */
  'program.hostOrganization': {
    permission: Permission.MENTORING_WRITE,
    staff: true,
    select: (scope) => idsWhere('organization', 'o', orgIn(scope, 'o.id')),
  },
  /** Host a new programme in this network: its coordinating organisation lies in the MENTORING_WRITE staff scope. */
  'program.hostNetwork': {
    permission: Permission.MENTORING_WRITE,
    staff: true,
    select: (scope) => idsWhere('network', 'n', orgIn(scope, 'n.coordinator_organization_id')),
  },
  /** See a mentorship: take part in it, or see its programme as staff. */
  'mentorship.read': {
    permission: Permission.MENTORING_READ,
    select: (scope) => {
      const c = mentorshipReadCondition(scope, 'ms');
      return mentorships(c.sql, c.params);
    },
  },
  /** Take part in a mentorship (either side): answer its questionnaires, read its session notes. */
  'mentorship.participant': {
    permission: Permission.MENTORING_READ,
    select: () => mentorships(participant()),
  },
  /** Manage a mentorship: the caller manages its programme (`program.manage`). */
  'mentorship.manage': {
    permission: Permission.MENTORING_WRITE,
    staff: true,
    select: (scope) => {
      const c = managed(scope);
      return mentorships(c.sql, c.params);
    },
  },
  /** Plan and log meetings: a mentor of the mentorship, or a manager of its programme. */
  'mentorship.log': {
    permission: Permission.MENTORSHIP_LOG,
    select: (scope) => {
      const c = managed(scope);
      return mentorships(`(${participant('MENTOR')} OR ${c.sql})`, c.params);
    },
  },
  /** Read session notes: a participant of the mentorship or a manager of its programme. */
  'mentorship.notes': {
    permission: Permission.MENTORSHIP_LOG,
    select: (scope) => {
      const c = managed(scope);
      return mentorships(`(${participant()} OR ${c.sql})`, c.params);
    },
  },
  /**
   * Write in «Дневник ПОС» (ids are mentorship or association ids): the caller takes part in the mentorship or is a
   * member of the community; they read every entry.
   */
  'diary.write': {
    permission: Permission.DIARY,
    select: () => ({
      sql: `SELECT ms.id FROM mentorship ms WHERE ms.id = ANY(CAST(:ids AS uuid[])) AND ${participant()}
            UNION ALL
            SELECT a.id FROM association a WHERE a.id = ANY(CAST(:ids AS uuid[]))
               AND EXISTS (SELECT 1 FROM association_member dam WHERE dam.association_id = a.id AND dam.person_id = CAST(:callerPersonId AS uuid))`,
      params: {},
    }),
  },
  /**
   * Read «Дневник ПОС»: its participants (everything), and those who manage the programme or the community (shared
   * entries only). Staff hold DIARY with the same grants as MENTORING_WRITE and ASSOCIATION_WRITE, so its staff
   * scope is their management scope.
   */
  'diary.read': {
    permission: Permission.DIARY,
    select: (scope) => {
      const prog = managed(scope);
      const host = hostManaged(scope.withoutSelf(), 'a');
      return {
        sql: `SELECT ms.id FROM mentorship ms WHERE ms.id = ANY(CAST(:ids AS uuid[])) AND (${participant()} OR ${prog.sql})
              UNION ALL
              SELECT a.id FROM association a WHERE a.id = ANY(CAST(:ids AS uuid[]))
                 AND (EXISTS (SELECT 1 FROM association_member dam WHERE dam.association_id = a.id AND dam.person_id = CAST(:callerPersonId AS uuid)) OR ${host.sql})`,
        params: { ...prog.params, ...host.params },
      };
    },
  },
  /** See a questionnaire: its programme is one the caller reads. */
  'survey.read': {
    permission: Permission.MENTORING_READ,
    select: (scope) => {
      const c = programReadCondition(scope, 'sp');
      return { sql: `SELECT s.id FROM survey s JOIN mentoring_program sp ON sp.id = s.program_id WHERE s.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
  /** Configure a questionnaire and read its aggregated results: the caller manages its programme. */
  'survey.manage': {
    permission: Permission.MENTORING_WRITE,
    staff: true,
    select: (scope) => {
      const host = hostManaged(scope, 'sp', false);
      return { sql: `SELECT s.id FROM survey s JOIN mentoring_program sp ON sp.id = s.program_id WHERE s.id = ANY(CAST(:ids AS uuid[])) AND ${host.sql}`, params: host.params };
    },
  },
} satisfies Record<string, AccessRule>;
