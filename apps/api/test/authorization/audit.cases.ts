import { OperationCases } from '../support/operation-cases';

/**
 * The audit log is read by platform administrators only (AUDIT_READ). There is no narrower scope: the log of the
 * whole platform or nothing, so the row has no out-of-scope case; every other role is FORBIDDEN.
 */
export interface AuditFixtures {
  /** A person whose card was opened (so the log has a row about them). */
  personId: string;
}

const AUDIT_LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 5) { totalCount nodes { id action people { id } } } }`;

export const AUDIT_CASES: OperationCases<AuditFixtures> = {
  auditLog: {
    allowed: {
      as: 'admin',
      query: AUDIT_LOG,
      vars: (f) => ({ filter: { personId: f.personId } }),
      check: (d, f) => {
        const log = d['auditLog'] as { totalCount: number; nodes: { people: { id: string }[] }[] };
        expect(log.totalCount).toBeGreaterThan(0);
        log.nodes.forEach((n) => expect(n.people.map((p) => p.id)).toContain(f.personId));
      },
    },
    forbidden: { as: 'coordinator.lo', query: AUDIT_LOG, vars: (f) => ({ filter: { personId: f.personId } }) },
    anonymous: { query: AUDIT_LOG, expect: 'UNAUTHENTICATED' },
  },
};
