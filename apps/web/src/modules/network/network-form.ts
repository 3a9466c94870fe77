import type { CreateNetworkInput, NetworkModel, NetworkQuery } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import { today } from '@/common/form-fields';

export interface NetworkFormState {
  name: string;
  model: NetworkModel | null;
  coordinatorOrganizationId: string | null;
  /** Shown in the picker before the user searches; not sent. */
  coordinatorLabel: string | null;
  startsOn: string;
  endsOn: string;
  goals: string;
}

type Network = NetworkQuery['network'];

export const NETWORK_FORM_FIELDS = ['name', 'model', 'coordinatorOrganizationId', 'startsOn', 'endsOn', 'goals'] as const;

export function isNetworkFormField(field: string): boolean {
  return (NETWORK_FORM_FIELDS as readonly string[]).includes(field);
}

export { today };

export function emptyNetworkForm(): NetworkFormState {
  return { name: '', model: null, coordinatorOrganizationId: null, coordinatorLabel: null, startsOn: today(), endsOn: '', goals: '' };
}

export function networkFormFrom(n: Network): NetworkFormState {
  return {
    name: n.name,
    model: n.model,
    coordinatorOrganizationId: n.coordinatorOrganizationId,
    coordinatorLabel: n.coordinator.shortName || n.coordinator.name,
    startsOn: n.startsOn,
    endsOn: n.endsOn ?? '',
    goals: n.goals,
  };
}

export interface NetworkFormMessages {
  required: string;
  endBeforeStart: string;
}

export function validateNetworkForm(form: NetworkFormState, m: NetworkFormMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors['name'] = m.required;
  if (!form.model) errors['model'] = m.required;
  if (!form.coordinatorOrganizationId) errors['coordinatorOrganizationId'] = m.required;
  if (!form.startsOn) errors['startsOn'] = m.required;
  if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.endBeforeStart;
  return errors;
}

/** Form → create/update input (after validation: required values are present). */
export function toNetworkInput(form: NetworkFormState): CreateNetworkInput {
  return {
    name: form.name.trim(),
    model: form.model ?? 'DISTRIBUTED',
    coordinatorOrganizationId: form.coordinatorOrganizationId ?? '',
    startsOn: form.startsOn,
    endsOn: blankToNull(form.endsOn),
    goals: form.goals.trim(),
  };
}
