import type { AssociationMeetingInput, MeetingFormat } from '@/gql/graphql';
import { fieldChecker, today } from '@/common/form-fields';
import { cardOption, type PersonOption } from '@/modules/person/person-options';

/** A meeting with its minutes: date, format, agenda, decisions, who attended. */
export interface MeetingFormState {
  heldOn: string;
  format: MeetingFormat;
  agenda: string;
  decisions: string;
  attendeeIds: string[];
}

interface PersonCardLike {
  id: string;
  fullName: string;
  organizationName?: string | null;
}

interface MeetingLike {
  heldOn: string;
  format: MeetingFormat;
  agenda: string;
  decisions: string;
  attendeeIds: readonly string[];
}

export const isMeetingFormField = fieldChecker(['heldOn', 'format', 'agenda', 'decisions', 'attendeeIds']);

/** A new meeting: today, in person, everyone of the association present. */
export const emptyMeetingForm = (memberPersonIds: readonly string[] = []): MeetingFormState => ({
  heldOn: today(),
  format: 'IN_PERSON',
  agenda: '',
  decisions: '',
  attendeeIds: [...memberPersonIds],
});

export const meetingFormFrom = (m: MeetingLike): MeetingFormState => ({
  heldOn: m.heldOn,
  format: m.format,
  agenda: m.agenda,
  decisions: m.decisions,
  attendeeIds: [...m.attendeeIds],
});

export function validateMeetingForm(form: MeetingFormState, m: { required: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.heldOn) errors['heldOn'] = m.required;
  if (!form.agenda.trim()) errors['agenda'] = m.required;
  return errors;
}

export const toMeetingInput = (form: MeetingFormState): AssociationMeetingInput => ({
  heldOn: form.heldOn,
  format: form.format,
  agenda: form.agenda.trim(),
  decisions: form.decisions.trim(),
  attendeeIds: [...new Set(form.attendeeIds)],
});

/**
 * Who may be marked present: the members, plus anyone the edited minutes name who has left since
 * (the API then refuses them, and the message says why).
 */
export function attendeeOptions(members: readonly { person: PersonCardLike }[], attendees: readonly PersonCardLike[] = []): PersonOption[] {
  const byId = new Map(members.map((m) => [m.person.id, cardOption(m.person)]));
  for (const a of attendees) if (!byId.has(a.id)) byId.set(a.id, cardOption(a));
  return [...byId.values()];
}
