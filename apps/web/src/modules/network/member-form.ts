import { NETWORK_MAX_LEVEL } from '@metodset/shared';
import type { NetworkMemberInput, NetworkMemberRole, OrganizationDirectoryQuery } from '@/gql/graphql';

export type DirectoryOrganization = OrganizationDirectoryQuery['organizationDirectory'][number];

/** An organisation found in the directory, as the AutoComplete lists it. */
export interface DirectoryOption {
  id: string;
  /** Short name, else the full name: what the input shows once picked. */
  label: string;
  /** The full name when the short one is the label. */
  fullName: string | null;
  place: string;
}

export interface MemberFormState {
  /** The AutoComplete's model: the typed text until an organisation is picked. */
  organization: DirectoryOption | string | null;
  role: NetworkMemberRole | null;
  level: number | null;
}

export const MEMBER_FORM_FIELDS = ['organizationId', 'role', 'level'] as const;
export const isMemberFormField = (field: string): boolean => (MEMBER_FORM_FIELDS as readonly string[]).includes(field);

export const emptyMemberForm = (): MemberFormState => ({ organization: null, role: 'PARTICIPANT', level: null });

/** The picked organisation's id; null while only text is typed. */
export const pickedOrganizationId = (form: MemberFormState): string | null =>
  form.organization && typeof form.organization === 'object' ? form.organization.id : null;

/** Directory answers → options, without the organisations already in the network. */
export function directoryOptions(found: readonly DirectoryOrganization[], memberOrganizationIds: ReadonlySet<string>): DirectoryOption[] {
  return found
    .filter((o) => !memberOrganizationIds.has(o.id))
    .map((o) => ({
      id: o.id,
      label: o.shortName || o.name,
      fullName: o.shortName && o.shortName !== o.name ? o.name : null,
      place: [o.municipalityName, o.regionName].filter(Boolean).join(', '),
    }));
}

export interface MemberFormMessages {
  required: string;
  chooseFromList: string;
  alreadyMember: string;
  level: string;
}

export function validateMemberForm(
  form: MemberFormState,
  context: { levelled: boolean; memberOrganizationIds: ReadonlySet<string> },
  m: MemberFormMessages,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const id = pickedOrganizationId(form);
  if (!form.organization) errors['organizationId'] = m.required;
  else if (!id) errors['organizationId'] = m.chooseFromList;
  else if (context.memberOrganizationIds.has(id)) errors['organizationId'] = m.alreadyMember;
  if (!form.role) errors['role'] = m.required;
  if (context.levelled && form.level !== null && (!Number.isInteger(form.level) || form.level < 1 || form.level > NETWORK_MAX_LEVEL)) {
    errors['level'] = m.level;
  }
  return errors;
}

/** Form → input; models without levels never send one. */
export function toMemberInput(form: MemberFormState, levelled: boolean): NetworkMemberInput {
  return { organizationId: pickedOrganizationId(form) ?? '', role: form.role ?? 'PARTICIPANT', level: levelled ? form.level : null };
}
