import type { NetworkEdgeInput, NetworkEdgeKind } from '@/gql/graphql';
import { orgLabel } from './useNetworkLabels';

export interface EdgeFormState {
  fromMemberId: string | null;
  toMemberId: string | null;
  kind: NetworkEdgeKind;
}

export const EDGE_FORM_FIELDS = ['fromMemberId', 'toMemberId', 'kind'] as const;
export const isEdgeFormField = (field: string): boolean => (EDGE_FORM_FIELDS as readonly string[]).includes(field);

export const emptyEdgeForm = (): EdgeFormState => ({ fromMemberId: null, toMemberId: null, kind: 'SUPPORT' });

export function validateEdgeForm(form: EdgeFormState, m: { required: string; sameMember: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.fromMemberId) errors['fromMemberId'] = m.required;
  if (!form.toMemberId) errors['toMemberId'] = m.required;
  else if (form.toMemberId === form.fromMemberId) errors['toMemberId'] = m.sameMember;
  return errors;
}

export const toEdgeInput = (form: EdgeFormState): NetworkEdgeInput => ({
  fromMemberId: form.fromMemberId ?? '',
  toMemberId: form.toMemberId ?? '',
  kind: form.kind,
});

interface MemberLike {
  id: string;
  level?: number | null;
  organization: { name: string; shortName?: string | null };
}

/** «СОШ №3 г. Подпорожье (уровень 1)» — members as options of the edge form. */
export function memberOptions(members: readonly MemberLike[], levelLabel: (level: number) => string): { value: string; label: string }[] {
  return members.map((m) => ({ value: m.id, label: m.level != null ? `${orgLabel(m.organization)} (${levelLabel(m.level)})` : orgLabel(m.organization) }));
}

const KIND_ORDER: Readonly<Record<NetworkEdgeKind, number>> = { SUPPORT: 0, CONSULT: 1 };

/** Edges with the names of their ends, sorted by the supporting / consulting member. */
export function edgeRows<E extends { id: string; fromMemberId: string; toMemberId: string; kind: NetworkEdgeKind }>(edges: readonly E[], members: readonly MemberLike[]) {
  const name = new Map(members.map((m) => [m.id, orgLabel(m.organization)]));
  const level = new Map(members.map((m) => [m.id, m.level ?? null]));
  return edges
    .map((e) => ({ ...e, from: name.get(e.fromMemberId) ?? '—', to: name.get(e.toMemberId) ?? '—', fromLevel: level.get(e.fromMemberId) ?? null, toLevel: level.get(e.toMemberId) ?? null }))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.from.localeCompare(b.from, 'ru') || a.to.localeCompare(b.to, 'ru'));
}
