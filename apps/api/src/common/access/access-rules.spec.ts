import { AccessScope } from '../auth/access-scope';
import { ACCESS_RULES } from './access-rules';
import { API_CLIENT_RULES } from './rules/api-client.rules';
import { DASHBOARD_RULES } from './rules/dashboard.rules';
import { DIAGNOSTICS_RULES } from './rules/diagnostics.rules';
import { DOCUMENT_RULES } from './rules/document.rules';
import { EVENT_RULES } from './rules/event.rules';
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

describe('ACCESS_RULES', () => {
  it('has one rule per name: no domain silently overrides another', () => {
    const files = [REGISTRY_RULES, NETWORK_RULES, DIAGNOSTICS_RULES, ROUTE_RULES, MENTORING_RULES, STAGING_RULES, EVENT_RULES, INTERNSHIP_RULES, PLAN_RULES, DOCUMENT_RULES, PRACTICE_RULES, INDICATOR_RULES, DASHBOARD_RULES, TERRITORY_RULES, API_CLIENT_RULES];
    const names = files.flatMap((f) => Object.keys(f));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(ACCESS_RULES).sort()).toEqual([...names].sort());
  });

  it('binds by name only (no `$` in their SQL): checks asked together renumber the bound `$n` of each branch', () => {
    for (const scope of [new AccessScope(false, ['r1'], ['m1'], ['o1'], 'p1'), new AccessScope(true, [], [], [], null)]) {
      for (const [name, rule] of Object.entries(ACCESS_RULES)) {
        expect({ name, dollar: rule.select(scope).sql.includes('$') }).toEqual({ name, dollar: false });
      }
    }
  });

  it('selects among the candidate ids only', () => {
    for (const [name, rule] of Object.entries(ACCESS_RULES)) {
      const { sql } = rule.select(new AccessScope(false, ['r1'], ['m1'], ['o1'], 'p1'));
      expect({ name, bound: sql.includes(':ids') }).toEqual({ name, bound: true });
    }
  });
});
