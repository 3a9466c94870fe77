import { RoleKind } from '@metodset/shared';

/**
 * What an operation needs. Every query and mutation declares one (or is @Public);
 * the gate grants it when one of the caller's roles has it, scoped by that role's grant.
 */
export enum Permission {
  /** Any signed-in account (me, logout). */
  AUTHENTICATED = 'AUTHENTICATED',
  TERRITORY_READ = 'TERRITORY_READ',
  /** Create, rename, merge and archive municipalities of the region in the scope (rule `territory.manage`). */
  TERRITORY_MANAGE = 'TERRITORY_MANAGE',
  REGISTRY_READ = 'REGISTRY_READ',
  REGISTRY_WRITE = 'REGISTRY_WRITE',
  REGISTRY_IMPORT = 'REGISTRY_IMPORT',
  NETWORK_READ = 'NETWORK_READ',
  /** Create networks; change those whose coordinating organisation lies in the scope. */
  NETWORK_WRITE = 'NETWORK_WRITE',
  ASSOCIATION_READ = 'ASSOCIATION_READ',
  /** Change associations whose host (organisation, municipality, coordinated network) lies in the scope. */
  ASSOCIATION_WRITE = 'ASSOCIATION_WRITE',
  MENTORING_READ = 'MENTORING_READ',
  /** Run programmes hosted in the scope; keep the mentor base of people in the scope. */
  MENTORING_WRITE = 'MENTORING_WRITE',
  /** Plan and log sessions: mentors of the mentorship or managers of its programme (checked by the service). */
  MENTORSHIP_LOG = 'MENTORSHIP_LOG',
  /** «Дневник ПОС»: participants read and write, coordinators read shared entries (checked by the service). */
  DIARY = 'DIARY',
  /** Competency frameworks and the bank of diagnostic methods: everyone reads. */
  COMPETENCE_READ = 'COMPETENCE_READ',
  /** Keep competency frameworks (reference data of the region). */
  COMPETENCE_WRITE = 'COMPETENCE_WRITE',
  /** Keep the bank of diagnostic methods (instruments), import them. */
  INSTRUMENT_WRITE = 'INSTRUMENT_WRITE',
  /** Campaigns in the scope, results of people in the scope (participants see their own: checked by the service). */
  DIAGNOSTICS_READ = 'DIAGNOSTICS_READ',
  /** Run campaigns hosted in the scope, assess as an expert, import results, keep schools' self-diagnostics. */
  DIAGNOSTICS_WRITE = 'DIAGNOSTICS_WRITE',
  /** Fill in one's own self-assessment (the service checks the participant is the caller). */
  DIAGNOSTICS_FILL = 'DIAGNOSTICS_FILL',
  /** Suggest mentors, plan and publish whole-cohort assignments, pair schools. */
  MATCHING = 'MATCHING',
  /** Routes of people in the scope, and one's own route. */
  ROUTE_READ = 'ROUTE_READ',
  /** Build and keep routes: staff for people in the scope; a teacher for their own route (checked by the service). */
  ROUTE_WRITE = 'ROUTE_WRITE',
  /** Approve or return routes of people in the scope. */
  ROUTE_APPROVE = 'ROUTE_APPROVE',
  /** Staging sites and their internship programmes: the catalogue of the caller's scope and municipality. */
  STAGING_READ = 'STAGING_READ',
  /** Keep staging sites and programmes (rules `staging.manage`, `staging.establish`). */
  STAGING_WRITE = 'STAGING_WRITE',
  /** Events hosted in the scope (network events: members' staff and teachers), and those one takes part in. */
  EVENT_READ = 'EVENT_READ',
  /** Keep events whose host (organisation, municipality, coordinated network) lies in the scope. */
  EVENT_WRITE = 'EVENT_WRITE',
  /** Register oneself, cancel, leave feedback (the service checks the caller's own person). */
  EVENT_PARTICIPATE = 'EVENT_PARTICIPATE',
  /** Mark attendance: the event's managers or its responsible people (checked by the service). */
  EVENT_ATTENDANCE = 'EVENT_ATTENDANCE',
  /** Cohorts of internship programmes, one's own applications and certificates. */
  INTERNSHIP_READ = 'INTERNSHIP_READ',
  /** Apply to a cohort oneself, withdraw, submit the final product (the service checks it is the caller's own). */
  INTERNSHIP_APPLY = 'INTERNSHIP_APPLY',
  /** Nominate teachers of organisations in the scope (a school's administration, methodists). */
  INTERNSHIP_NOMINATE = 'INTERNSHIP_NOMINATE',
  /** Run cohorts: the site's head and masters, staff over the host organisation (checked by the access rules). */
  INTERNSHIP_MANAGE = 'INTERNSHIP_MANAGE',
  /** Plans (roadmaps, plan-schedules, yearly event plans) of owners in the scope, and those naming the caller. */
  PLAN_READ = 'PLAN_READ',
  /** Keep plans whose owner (organisation, municipality, coordinated network) lies in the scope. */
  PLAN_WRITE = 'PLAN_WRITE',
  /** The bank of normative documents: federal ones, those of the caller's region, municipality and organisations, with orders' tasks. */
  DOCUMENT_READ = 'DOCUMENT_READ',
  /** Keep documents and orders' tasks of the levels the scope reaches (checked by the access rules). */
  DOCUMENT_WRITE = 'DOCUMENT_WRITE',
  /** Indicators whose owner (programme, network, plan, territory, organisation) the caller sees; schools' values in the scope. */
  INDICATOR_READ = 'INDICATOR_READ',
  /** Keep indicators, targets and values of owners the caller keeps; import values. */
  INDICATOR_WRITE = 'INDICATOR_WRITE',
  /** Practice cards: published ones of the caller's organisations and networks, all of those in the staff scope, one's own. */
  PRACTICE_READ = 'PRACTICE_READ',
  /** Keep practice cards and products of organisations in the scope (a teacher: of his workplaces, as an author). */
  PRACTICE_WRITE = 'PRACTICE_WRITE',
  /** Review cards sent to a network (rule `practice.review`): territorial staff over the card's organisation, or the network's coordinating organisation; never an author. */
  PRACTICE_REVIEW = 'PRACTICE_REVIEW',
  /** Read the audit log: who saw and changed whose data (platform administrators only). */
  AUDIT_READ = 'AUDIT_READ',
  /** Dashboards of territories, networks and programmes in the scope (methodists, coordinators, administrators). */
  DASHBOARD_READ = 'DASHBOARD_READ',
  /** Order monitoring reports of the territory in the scope (methodological service, network interaction, mentoring pairs). */
  REPORT_ORDER = 'REPORT_ORDER',
  /** Create, rotate, revoke and archive API clients whose scope lies in the caller's (platform and regional admins). */
  API_CLIENT_MANAGE = 'API_CLIENT_MANAGE',
  /** The change feed of organisations and people in the scope. */
  SYNC_READ = 'SYNC_READ',
  /** Bulk sync by one's own external ids, the parity report, webhooks (regional systems). */
  SYNC_WRITE = 'SYNC_WRITE',
}

const ALL_ROLES = Object.values(RoleKind);
const STAFF: RoleKind[] = [
  RoleKind.PLATFORM_ADMIN,
  RoleKind.REGIONAL_COORDINATOR,
  RoleKind.MUNICIPAL_METHODIST,
  RoleKind.ORGANIZATION_ADMIN,
];

export const PERMISSION_ROLES: Readonly<Record<Permission, readonly RoleKind[]>> = {
  AUTHENTICATED: ALL_ROLES,
  TERRITORY_READ: ALL_ROLES,
  TERRITORY_MANAGE: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR],
  REGISTRY_READ: ALL_ROLES,
  REGISTRY_WRITE: STAFF,
  REGISTRY_IMPORT: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR, RoleKind.MUNICIPAL_METHODIST],
  NETWORK_READ: ALL_ROLES,
  NETWORK_WRITE: STAFF,
  ASSOCIATION_READ: ALL_ROLES,
  ASSOCIATION_WRITE: STAFF,
  MENTORING_READ: ALL_ROLES,
  MENTORING_WRITE: STAFF,
  MENTORSHIP_LOG: ALL_ROLES,
  DIARY: ALL_ROLES,
  COMPETENCE_READ: ALL_ROLES,
  COMPETENCE_WRITE: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR],
  INSTRUMENT_WRITE: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR, RoleKind.MUNICIPAL_METHODIST],
  DIAGNOSTICS_READ: ALL_ROLES,
  DIAGNOSTICS_WRITE: STAFF,
  DIAGNOSTICS_FILL: ALL_ROLES,
  MATCHING: STAFF,
  ROUTE_READ: ALL_ROLES,
  ROUTE_WRITE: ALL_ROLES,
  ROUTE_APPROVE: STAFF,
  STAGING_READ: ALL_ROLES,
  STAGING_WRITE: STAFF,
  EVENT_READ: ALL_ROLES,
  EVENT_WRITE: STAFF,
  EVENT_PARTICIPATE: ALL_ROLES,
  EVENT_ATTENDANCE: ALL_ROLES,
  INTERNSHIP_READ: ALL_ROLES,
  INTERNSHIP_APPLY: ALL_ROLES,
  INTERNSHIP_NOMINATE: STAFF,
  INTERNSHIP_MANAGE: ALL_ROLES,
  PLAN_READ: ALL_ROLES,
  PLAN_WRITE: STAFF,
  DOCUMENT_READ: ALL_ROLES,
  DOCUMENT_WRITE: STAFF,
  PRACTICE_READ: ALL_ROLES,
  PRACTICE_WRITE: ALL_ROLES,
  PRACTICE_REVIEW: STAFF,
  INDICATOR_READ: ALL_ROLES,
  INDICATOR_WRITE: STAFF,
  AUDIT_READ: [RoleKind.PLATFORM_ADMIN],
  DASHBOARD_READ: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR, RoleKind.MUNICIPAL_METHODIST],
  REPORT_ORDER: STAFF,
  API_CLIENT_MANAGE: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR],
  SYNC_READ: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR, RoleKind.MUNICIPAL_METHODIST],
  SYNC_WRITE: [RoleKind.PLATFORM_ADMIN, RoleKind.REGIONAL_COORDINATOR, RoleKind.MUNICIPAL_METHODIST],
};
