import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { queryOneOf, queryString } from '@/common/format';
import type { ListCodec } from '@/common/list/list-query';
import type { ApiClientAccess, ApiClientDomain, ApiClientFilter, ApiClientOrderField, ApiClientPermissionInput, ApiClientScopeKind, ArchiveFilter, DeliveryState, WebhookEvent } from '@/gql/graphql';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

/** Domains of the API in the order the form shows them. */
export const API_CLIENT_DOMAINS = ['REGISTRY', 'NETWORKS', 'MENTORING', 'DIAGNOSTICS', 'ROUTES', 'INTERNSHIPS', 'EVENTS', 'PLANS', 'DOCUMENTS', 'PRACTICES', 'SYNC'] as const satisfies readonly ApiClientDomain[];
export const API_CLIENT_SCOPE_KINDS = ['REGION', 'MUNICIPALITY', 'ORGANIZATION'] as const satisfies readonly ApiClientScopeKind[];
/** Events a client can subscribe to, in the order the dialog lists them. */
export const WEBHOOK_EVENTS = ['ROUTE_APPROVED', 'MENTORSHIP_STARTED', 'MENTORSHIP_ENDED', 'INTERNSHIP_COMPLETED', 'CAMPAIGN_RESULTS_READY'] as const satisfies readonly WebhookEvent[];
export const DELIVERY_SEVERITY: Record<DeliveryState, 'success' | 'warn' | 'danger'> = { DELIVERED: 'success', PENDING: 'warn', FAILED: 'danger' };
/** The codes a parity check sends: one a line (commas and semicolons too), trimmed, blanks and repeats dropped. */
export function codesOf(text: string): string[] {
  return [...new Set(text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean))];
}
export type AccessChoice = ApiClientAccess | 'NONE';
export const ACCESS_CHOICES: readonly AccessChoice[] = ['NONE', 'READ', 'WRITE'];

/** Filters of the API client list, as kept in the URL query. */
export interface ApiClientListState {
  search: string | null;
  archived: ArchiveFilter;
}

export const apiClientListCodec: ListCodec<ApiClientListState, ApiClientOrderField> = {
  parse: (query: LocationQuery) => ({ search: queryString(query['q']), archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE' }),
  serialize: (s: ApiClientListState): LocationQueryRaw => {
    const query: LocationQueryRaw = {};
    if (s.search) query['q'] = s.search;
    if (s.archived !== 'ACTIVE') query['archived'] = s.archived;
    return query;
  },
  sortFields: ['NAME', 'SCOPE', 'CREATED_AT', 'EXPIRES_AT', 'LAST_USED_AT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};

export const toApiClientFilter = (s: ApiClientListState): ApiClientFilter => ({ search: s.search, archived: s.archived });

export type SecretState = 'active' | 'revoked' | 'expired' | 'none';
interface SecretLike {
  active: boolean;
  revokedAt?: unknown;
}
/** What the list says of a client's secrets: how many work now, else whether they were revoked or ran out. */
export function secretState(secrets: readonly SecretLike[]): { state: SecretState; active: number } {
  const active = secrets.filter((s) => s.active).length;
  if (active) return { state: 'active', active };
  if (!secrets.length) return { state: 'none', active: 0 };
  return { state: secrets.some((s) => !s.revokedAt) ? 'expired' : 'revoked', active: 0 };
}

/** The form of an API client. */
export interface ApiClientFormState {
  name: string;
  description: string;
  scopeKind: ApiClientScopeKind;
  scopeId: string | null;
  permissions: Record<ApiClientDomain, AccessChoice>;
  /** ГГГГ-ММ-ДД or empty. */
  expiresOn: string;
}

export const API_CLIENT_FORM_FIELDS = ['name', 'description', 'scopeKind', 'scopeId', 'permissions', 'expiresOn'] as const;
export const isApiClientFormField = (f: string) => (API_CLIENT_FORM_FIELDS as readonly string[]).includes(f) || f.startsWith('permissions');

export function noPermissions(): Record<ApiClientDomain, AccessChoice> {
  return Object.fromEntries(API_CLIENT_DOMAINS.map((d) => [d, 'NONE'])) as Record<ApiClientDomain, AccessChoice>;
}

export function emptyApiClientForm(): ApiClientFormState {
  return { name: '', description: '', scopeKind: 'MUNICIPALITY', scopeId: null, permissions: noPermissions(), expiresOn: '' };
}

export function permissionsOf(list: readonly { domain: ApiClientDomain; access: ApiClientAccess }[]): Record<ApiClientDomain, AccessChoice> {
  const p = noPermissions();
  for (const x of list) p[x.domain] = x.access;
  return p;
}

export function toPermissionInputs(p: Record<ApiClientDomain, AccessChoice>): ApiClientPermissionInput[] {
  return API_CLIENT_DOMAINS.flatMap((domain) => (p[domain] === 'NONE' ? [] : [{ domain, access: p[domain] as ApiClientAccess }]));
}

/** Field errors before sending (the API checks the same, and the scope's reach). */
export function validateApiClientForm(f: ApiClientFormState, isEdit: boolean, m: { required: string; permissions: string; date: string }): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.name.trim()) e['name'] = m.required;
  if (!isEdit && !f.scopeId) e['scopeId'] = m.required;
  if (!toPermissionInputs(f.permissions).length) e['permissions'] = m.permissions;
  if (f.expiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(f.expiresOn)) e['expiresOn'] = m.date;
  return e;
}
