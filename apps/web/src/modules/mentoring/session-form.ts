import type { PlanSessionInput, RecordSessionInput, SessionFormat, UpdateMentorshipInput } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import { fieldChecker, today } from '@/common/form-fields';

/** Plan a meeting: date, format, topic. */
export interface PlanFormState {
  plannedOn: string;
  format: SessionFormat;
  topic: string;
}

/** Record that a planned meeting took place: date, duration, notes. */
export interface RecordFormState {
  heldOn: string;
  durationMinutes: number | null;
  notes: string;
}

/** Goals, end and outcome of a mentorship (its managers change them). */
export interface DetailsFormState {
  goals: string;
  endsOn: string;
  outcome: string;
}

export const DURATION_MIN = 5;
export const DURATION_MAX = 600;
export const DURATION_DEFAULT = 45;

export const isPlanFormField = fieldChecker(['plannedOn', 'format', 'topic']);
export const isRecordFormField = fieldChecker(['heldOn', 'durationMinutes', 'notes']);
export const isDetailsFormField = fieldChecker(['goals', 'endsOn', 'outcome']);

/** Not before the mentorship starts: today, or its start if that is later. */
export const emptyPlanForm = (startsOn = '', now = today()): PlanFormState => ({
  plannedOn: startsOn > now ? startsOn : now,
  format: 'IN_PERSON',
  topic: '',
});

/** Held on the planned day if that has passed, else today. */
export const emptyRecordForm = (plannedOn = '', now = today()): RecordFormState => ({
  heldOn: plannedOn && plannedOn <= now ? plannedOn : now,
  durationMinutes: DURATION_DEFAULT,
  notes: '',
});

export interface SessionFormMessages {
  required: string;
  beforeStart: string;
  inFuture: string;
  duration: string;
}

export function validatePlanForm(form: PlanFormState, startsOn: string, m: SessionFormMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.plannedOn) errors['plannedOn'] = m.required;
  else if (startsOn && form.plannedOn < startsOn) errors['plannedOn'] = m.beforeStart;
  if (!form.topic.trim()) errors['topic'] = m.required;
  return errors;
}

export function validateRecordForm(form: RecordFormState, startsOn: string, m: SessionFormMessages, now = today()): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.heldOn) errors['heldOn'] = m.required;
  else if (startsOn && form.heldOn < startsOn) errors['heldOn'] = m.beforeStart;
  else if (form.heldOn > now) errors['heldOn'] = m.inFuture;
  const d = form.durationMinutes;
  if (d === null) errors['durationMinutes'] = m.required;
  else if (!Number.isInteger(d) || d < DURATION_MIN || d > DURATION_MAX) errors['durationMinutes'] = m.duration;
  return errors;
}

export const toPlanInput = (form: PlanFormState): PlanSessionInput => ({ plannedOn: form.plannedOn, format: form.format, topic: form.topic.trim() });

export const toRecordInput = (form: RecordFormState): RecordSessionInput => ({
  heldOn: form.heldOn,
  durationMinutes: form.durationMinutes ?? DURATION_DEFAULT,
  notes: form.notes.trim(),
});

export const detailsFormFrom = (m: { goals: string; endsOn?: string | null; outcome: string }): DetailsFormState => ({
  goals: m.goals,
  endsOn: m.endsOn ?? '',
  outcome: m.outcome,
});

export function validateDetailsForm(form: DetailsFormState, startsOn: string, m: { endBeforeStart: string }): Record<string, string> {
  return form.endsOn && form.endsOn < startsOn ? { endsOn: m.endBeforeStart } : {};
}

export const toDetailsInput = (form: DetailsFormState): UpdateMentorshipInput => ({
  goals: form.goals.trim(),
  endsOn: blankToNull(form.endsOn),
  outcome: form.outcome.trim(),
});
