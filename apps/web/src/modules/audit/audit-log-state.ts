import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { AuditLogFilter, AuditOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryString } from '@/common/format';

/** Filters of the audit log, as kept in the URL query. `search` is unused (the log has no text search). */
export interface AuditLogState {
  search: null;
  personId: string | null;
  actorAccountId: string | null;
  from: string | null;
  to: string | null;
  action: string | null;
}

export const AUDIT_ACTIONS = ['read', 'read-list', 'create', 'update', 'archive', 'restore', 'import', 'login', 'logout', 'grant', 'set-password'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = (v: string | null) => (v && DAY.test(v) ? v : null);
const id = (v: string | null) => (v && UUID.test(v) ? v : null);

export function parseAuditLogQuery(query: LocationQuery): AuditLogState {
  const action = queryString(query['action']);
  return {
    search: null,
    personId: id(queryString(query['person'])),
    actorAccountId: id(queryString(query['actor'])),
    from: day(queryString(query['from'])),
    to: day(queryString(query['to'])),
    action: action && /^[a-z-]{1,40}$/.test(action) ? action : null,
  };
}

export function toAuditLogQuery(state: AuditLogState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.personId) query['person'] = state.personId;
  if (state.actorAccountId) query['actor'] = state.actorAccountId;
  if (state.from) query['from'] = state.from;
  if (state.to) query['to'] = state.to;
  if (state.action) query['action'] = state.action;
  return query;
}

export function toAuditLogFilter(state: AuditLogState): AuditLogFilter {
  return { personId: state.personId, actorAccountId: state.actorAccountId, from: state.from, to: state.to, action: state.action };
}

/** The log's URL: its filters, and the order by time, actor, action or object (newest first by default). */
export const auditLogCodec: ListCodec<AuditLogState, AuditOrderField> = {
  parse: parseAuditLogQuery,
  serialize: toAuditLogQuery,
  sortFields: ['AT', 'ACTOR', 'ACTION', 'ENTITY'],
  defaultSort: { field: 'AT', direction: 'DESC' },
};
