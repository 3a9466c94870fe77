import { ASSOCIATION_HOST } from '@metodset/shared';
import type { AssociationKind, AssociationQuery, CreateAssociationInput, UpdateAssociationInput } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import { allowedHost, HOST_ID_FIELD, hostInput, type HostKind } from '@/modules/network/host';

export interface AssociationFormState {
  kind: AssociationKind | null;
  name: string;
  subject: string;
  description: string;
  /** Which host field shows; only its id is sent. */
  host: HostKind;
  organizationId: string | null;
  municipalityId: string | null;
  networkId: string | null;
}

type Association = AssociationQuery['association'];

export const ASSOCIATION_FORM_FIELDS = ['kind', 'name', 'subject', 'description', 'organizationId', 'municipalityId', 'networkId'] as const;
export const isAssociationFormField = (field: string): boolean => (ASSOCIATION_FORM_FIELDS as readonly string[]).includes(field);

/** Kinds whose associations work on one subject (ШМО, РМО). */
const SUBJECT_KINDS: readonly AssociationKind[] = ['SCHOOL_SUBJECT', 'DISTRICT_SUBJECT'];

/** The hosts a kind allows (ASSOCIATION_HOST of @metodset/shared); none until a kind is chosen. */
export const hostsOf = (kind: AssociationKind | null): readonly HostKind[] => (kind ? ASSOCIATION_HOST[kind] : []);

/** The host field to show for the kind: the current one when the kind allows it, else the kind's first. */
export const hostFor = (kind: AssociationKind | null, current: HostKind): HostKind => allowedHost(hostsOf(kind), current);

export const showsSubject = (kind: AssociationKind | null, subject = ''): boolean => (!!kind && SUBJECT_KINDS.includes(kind)) || !!subject.trim();

export function emptyAssociationForm(): AssociationFormState {
  return { kind: null, name: '', subject: '', description: '', host: 'organization', organizationId: null, municipalityId: null, networkId: null };
}

export function associationFormFrom(a: Association): AssociationFormState {
  return {
    kind: a.kind,
    name: a.name,
    subject: a.subject ?? '',
    description: a.description,
    host: a.municipalityId ? 'municipality' : a.networkId ? 'network' : 'organization',
    organizationId: a.organizationId ?? null,
    municipalityId: a.municipalityId ?? null,
    networkId: a.networkId ?? null,
  };
}

/** `editing`: the kind and the host are fixed once the association exists. */
export function validateAssociationForm(form: AssociationFormState, editing: boolean, m: { required: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors['name'] = m.required;
  if (editing) return errors;
  if (!form.kind) errors['kind'] = m.required;
  else {
    const field = HOST_ID_FIELD[hostFor(form.kind, form.host)];
    if (!form[field]) errors[field] = m.required;
  }
  return errors;
}

export function toUpdateAssociationInput(form: AssociationFormState): UpdateAssociationInput & { name: string } {
  return { name: form.name.trim(), subject: blankToNull(form.subject), description: form.description.trim() };
}

/** Form → create input (after validation): only the host the kind allows and the user chose. */
export function toCreateAssociationInput(form: AssociationFormState): CreateAssociationInput {
  return { kind: form.kind ?? 'WORKING_GROUP', ...toUpdateAssociationInput(form), ...hostInput(hostFor(form.kind, form.host), form) };
}
