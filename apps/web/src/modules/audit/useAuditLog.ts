import { useListQuery } from '@/common/list/useListQuery';
import { useListState } from '@/common/list/useListState';
import { AuditLogQuery } from './audit.graphql';
import { auditLogCodec, toAuditLogFilter } from './audit-log-state';

/** The audit log: URL filters, order and page → the lazy GraphQL page (newest first unless a column is sorted). */
export function useAuditLog() {
  const s = useListState(auditLogCodec);
  const list = useListQuery(
    { document: AuditLogQuery, variables: () => ({ filter: toAuditLogFilter(s.state.value) }), view: s.view, pick: (d) => d?.auditLog, typename: 'AuditEntry' },
    s,
  );
  return { state: s.state, update: s.update, list };
}
