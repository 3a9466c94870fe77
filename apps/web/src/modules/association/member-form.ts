import type { AssociationMemberInput, AssociationRole } from '@/gql/graphql';
import { fieldChecker } from '@/common/form-fields';

/** «Добавить участника» of an association: a person of the caller's scope and their role. */
export interface AssociationMemberFormState {
  personId: string | null;
  role: AssociationRole;
}

export const isAssociationMemberField = fieldChecker(['personId', 'role']);

export const emptyAssociationMemberForm = (): AssociationMemberFormState => ({ personId: null, role: 'MEMBER' });

export function validateAssociationMemberForm(
  form: AssociationMemberFormState,
  memberPersonIds: ReadonlySet<string>,
  m: { required: string; alreadyMember: string },
): Record<string, string> {
  if (!form.personId) return { personId: m.required };
  if (memberPersonIds.has(form.personId)) return { personId: m.alreadyMember };
  return {};
}

export const toAssociationMemberInput = (form: AssociationMemberFormState): AssociationMemberInput => ({ personId: form.personId ?? '', role: form.role });
