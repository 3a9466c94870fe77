import { API_CLIENT_CASES } from './api-client.cases';
import { ACCOUNT_CASES } from './account.cases';
import { AUDIT_CASES } from './audit.cases';
import { CALENDAR_CASES } from './calendar.cases';
import { COMPETENCE_CASES } from './competence.cases';
import { COMPUTED_CASES } from './computed.cases';
import { DASHBOARD_CASES } from './dashboard.cases';
import { DEFICITS_CASES } from './deficits.cases';
import { DIAGNOSTICS_CASES } from './diagnostics.cases';
import { DOCUMENT_CASES } from './document.cases';
import { EVENT_CASES } from './event.cases';
import { HOME_CASES } from './home.cases';
import { INDICATOR_CASES } from './indicator.cases';
import { INTERNSHIP_CASES } from './internship.cases';
import { MATCHING_CASES } from './matching.cases';
import { NETWORK_CASES } from './network.cases';
import { PLAN_CASES } from './plan.cases';
import { PLAN_MONITORING_CASES } from './plan-monitoring.cases';
import { PRACTICE_CASES } from './practice.cases';
import { REPORT_CASES } from './report.cases';
import { ROUTE_CASES } from './route.cases';
import { STAGING_CASES } from './staging.cases';
import { TERRITORY_CASES } from './territory.cases';
import { SIGN_IN_CASES } from './sign-in.cases';
import { SYNC_CASES } from './sync.cases';

/**
 * The operations whose authorization rows live in a domain's own table (`test/authorization-<domain>.int-spec.ts`,
 * rows in `test/authorization/<domain>.cases.ts`). `authorization.int-spec.ts` checks that these and its own rows
 * together cover every query and mutation of the schema. Add one line per domain table.
 */
export const DOMAIN_TABLE_OPERATIONS: readonly string[] = [
  ...Object.keys(ACCOUNT_CASES),
  ...Object.keys(API_CLIENT_CASES),
  ...Object.keys(AUDIT_CASES),
  ...Object.keys(CALENDAR_CASES),
  ...Object.keys(COMPETENCE_CASES),
  ...Object.keys(DEFICITS_CASES),
  ...Object.keys(DIAGNOSTICS_CASES),
  ...Object.keys(EVENT_CASES),
  ...Object.keys(MATCHING_CASES),
  ...Object.keys(NETWORK_CASES),
  ...Object.keys(PLAN_CASES),
  ...Object.keys(PLAN_MONITORING_CASES),
  ...Object.keys(ROUTE_CASES),
  ...Object.keys(STAGING_CASES),
  ...Object.keys(INTERNSHIP_CASES),
  ...Object.keys(DOCUMENT_CASES),
  ...Object.keys(PRACTICE_CASES),
  ...Object.keys(COMPUTED_CASES),
  ...Object.keys(INDICATOR_CASES),
  ...Object.keys(DASHBOARD_CASES),
  ...Object.keys(HOME_CASES),
  ...Object.keys(REPORT_CASES),
  ...Object.keys(TERRITORY_CASES),
  ...Object.keys(SIGN_IN_CASES),
  ...Object.keys(SYNC_CASES),
];
