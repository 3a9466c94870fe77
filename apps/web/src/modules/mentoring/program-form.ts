import type { CreateProgramInput, MentoringForm, MentoringModel, MentoringProgramQuery, UpdateProgramInput } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import { fieldChecker, today } from '@/common/form-fields';
import type { PersonOption } from '@/modules/person/person-options';
import type { HostKind } from '@/modules/network/host';

/** Where a programme runs: an organisation or a network. */
export const PROGRAM_HOSTS: readonly HostKind[] = ['organization', 'network'];

export interface ProgramFormState {
  name: string;
  model: MentoringModel | null;
  forms: MentoringForm[];
  host: HostKind;
  organizationId: string | null;
  municipalityId: string | null;
  networkId: string | null;
  coordinatorPersonId: string | null;
  /** The coordinator's label before any search (not sent). */
  coordinator: PersonOption | null;
  startsOn: string;
  endsOn: string;
  goals: string;
}

type Program = MentoringProgramQuery['mentoringProgram'];

export const isProgramFormField = fieldChecker(['name', 'model', 'forms', 'organizationId', 'networkId', 'coordinatorPersonId', 'startsOn', 'endsOn', 'goals']);

export function emptyProgramForm(): ProgramFormState {
  return {
    name: '',
    model: null,
    forms: [],
    host: 'network',
    organizationId: null,
    municipalityId: null,
    networkId: null,
    coordinatorPersonId: null,
    coordinator: null,
    startsOn: today(),
    endsOn: '',
    goals: '',
  };
}

export function programFormFrom(p: Program): ProgramFormState {
  return {
    name: p.name,
    model: p.model,
    forms: [...p.forms],
    host: p.networkId ? 'network' : 'organization',
    organizationId: p.organizationId ?? null,
    municipalityId: null,
    networkId: p.networkId ?? null,
    coordinatorPersonId: p.coordinatorPersonId ?? null,
    coordinator: p.coordinator ? { value: p.coordinator.id, label: p.coordinator.fullName, place: p.coordinator.organizationName ?? null } : null,
    startsOn: p.startsOn,
    endsOn: p.endsOn ?? '',
    goals: p.goals,
  };
}

export interface ProgramFormMessages {
  required: string;
  formsMin: string;
  endBeforeStart: string;
}

/** `editing`: the host is fixed once the programme exists. */
export function validateProgramForm(form: ProgramFormState, editing: boolean, m: ProgramFormMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.name.trim()) errors['name'] = m.required;
  if (!form.model) errors['model'] = m.required;
  if (!form.forms.length) errors['forms'] = m.formsMin;
  if (!editing) {
    if (form.host === 'network' && !form.networkId) errors['networkId'] = m.required;
    if (form.host !== 'network' && !form.organizationId) errors['organizationId'] = m.required;
  }
  if (!form.startsOn) errors['startsOn'] = m.required;
  if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) errors['endsOn'] = m.endBeforeStart;
  return errors;
}

/** Form → create input (after validation): only the chosen host's id. */
export function toCreateProgramInput(form: ProgramFormState): CreateProgramInput {
  return {
    name: form.name.trim(),
    model: form.model ?? 'TEACHER_TO_TEACHER',
    forms: [...form.forms],
    organizationId: form.host === 'network' ? null : form.organizationId,
    networkId: form.host === 'network' ? form.networkId : null,
    coordinatorPersonId: form.coordinatorPersonId,
    startsOn: form.startsOn,
    endsOn: blankToNull(form.endsOn),
    goals: form.goals.trim(),
  };
}

/** The host does not change once the programme exists. */
export function toUpdateProgramInput(form: ProgramFormState): UpdateProgramInput {
  const { organizationId: _organizationId, networkId: _networkId, ...rest } = toCreateProgramInput(form);
  return rest;
}
