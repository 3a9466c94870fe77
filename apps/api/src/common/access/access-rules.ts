import { AccessRule } from './access-rule';
import { API_CLIENT_RULES } from './rules/api-client.rules';
import { DASHBOARD_RULES } from './rules/dashboard.rules';
import { EVENT_RULES } from './rules/event.rules';
import { DOCUMENT_RULES } from './rules/document.rules';
import { DIAGNOSTICS_RULES } from './rules/diagnostics.rules';
import { INDICATOR_RULES } from './rules/indicator.rules';
import { INTERNSHIP_RULES } from './rules/internship.rules';
import { MENTORING_RULES } from './rules/mentoring.rules';
import { NETWORK_RULES } from './rules/network.rules';
import { PLAN_RULES } from './rules/plan.rules';
import { PRACTICE_RULES } from './rules/practice.rules';
import { REGISTRY_RULES } from './rules/registry.rules';
import { ROUTE_RULES } from './rules/route.rules';
import { STAGING_RULES } from './rules/staging.rules';
import { TERRITORY_RULES } from './rules/territory.rules';

/**
 * Every per-row decision of the API, by name. A domain declares its rules in `rules/<domain>.rules.ts`
 * and adds them here; services ask `AccessService.check/require` with the rule's name.
 */
export const ACCESS_RULES = {
  ...REGISTRY_RULES,
  ...NETWORK_RULES,
  ...DIAGNOSTICS_RULES,
  ...ROUTE_RULES,
  ...MENTORING_RULES,
  ...STAGING_RULES,
  ...EVENT_RULES,
  ...INTERNSHIP_RULES,
  ...PLAN_RULES,
  ...DOCUMENT_RULES,
  ...PRACTICE_RULES,
  ...INDICATOR_RULES,
  ...DASHBOARD_RULES,
  ...TERRITORY_RULES,
  ...API_CLIENT_RULES,
} satisfies Record<string, AccessRule>;

export type AccessAction = keyof typeof ACCESS_RULES;
