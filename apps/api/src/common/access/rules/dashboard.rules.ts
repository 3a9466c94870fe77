import { Permission } from '../../auth/permissions';
import { AccessRule } from '../access-rule';
import { programStaffCondition } from './mentoring.rules';
import { acceptedMemberOrgsSql } from '../../../modules/network/network-membership.sql';
import { idsWhere } from './sql';

/** Dashboards: the territory, network or programme a dashboard is built on lies in the caller's staff scope. */
export const DASHBOARD_RULES = {
  /** A municipality's dashboard: the municipality lies in the scope (its own grant or its region's). */
  'dashboard.municipality': {
    permission: Permission.DASHBOARD_READ,
    staff: true,
    select: (scope) => idsWhere('municipality', 'dm', scope.municipalityCondition('dm.id')),
  },
  /** A region's dashboard: the whole region lies in the scope (a regional grant or the platform). */
  'dashboard.region': {
    permission: Permission.DASHBOARD_READ,
    staff: true,
    select: (scope) =>
      idsWhere('region', 'dr', scope.all ? { sql: 'TRUE', params: {} } : { sql: 'dr.id = ANY(CAST(:dashRegionIds AS uuid[]))', params: { dashRegionIds: scope.regionIds } }),
  },
  /** A network's dashboard: one of its accepted members lies in the scope (only those members' people are counted). */
  'dashboard.network': {
    permission: Permission.DASHBOARD_READ,
    staff: true,
    select: (scope) => {
      const c = scope.organizationCondition('dno');
      return idsWhere('network', 'dn', { sql: `EXISTS (SELECT 1 FROM organization dno WHERE dno.id IN (${acceptedMemberOrgsSql('dn.id', 'dnm')}) AND ${c.sql})`, params: c.params });
    },
  },
  /** A mentoring programme's dashboard: the caller sees the programme as staff. */
  'dashboard.program': {
    permission: Permission.DASHBOARD_READ,
    staff: true,
    select: (scope) => idsWhere('mentoring_program', 'dp', programStaffCondition(scope, 'dp')),
  },
} satisfies Record<string, AccessRule>;
