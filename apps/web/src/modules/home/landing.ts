import { ROLE_SCOPE, RoleKind } from '@metodset/shared';
import type { RouteLocationRaw } from 'vue-router';

/** What the landing rule reads of `me` (the API's answer): the grants with their scope. */
export interface LandingMe {
  personId?: string | null;
  grants: readonly { role: RoleKind | `${RoleKind}`; organizationId?: string | null }[];
}

const TERRITORY = new Set(['platform', 'region', 'municipality']);

/**
 * Where a signed-in user lands (after signing in and on `/`), by the reach of their grants, the widest first:
 * - a platform, regional or municipal grant (administrator, regional coordinator, methodist) → the territory dashboard;
 * - an organisation's grant (a school's administration) → that school's page (the first such grant);
 * - anyone else (teachers, mentors; an account without grants) → «Моя страница», what waits for them.
 * It decides only which page opens first: what each page shows is the API's answer for the caller.
 */
export function landingFor(me: LandingMe | null): RouteLocationRaw {
  const grants = me?.grants ?? [];
  if (grants.some((g) => TERRITORY.has(ROLE_SCOPE[g.role as RoleKind]))) return { name: 'dashboard-territory' };
  const school = grants.find((g) => ROLE_SCOPE[g.role as RoleKind] === 'organization' && g.organizationId);
  if (school?.organizationId) return { name: 'home-school', params: { organizationId: school.organizationId } };
  return { name: 'home-my' };
}
