import { describe, expect, it } from 'vitest';
import { parseAssociationListQuery, toAssociationFilter, toAssociationListQuery } from './association-list-state';
import {
  emptyAssociationForm,
  hostFor,
  hostsOf,
  showsSubject,
  toCreateAssociationInput,
  toUpdateAssociationInput,
  validateAssociationForm,
  type AssociationFormState,
} from './association-form';
import { attendeeOptions, emptyMeetingForm, isMeetingFormField, toMeetingInput, validateMeetingForm } from './meeting-form';
import { toAssociationMemberInput, validateAssociationMemberForm } from './member-form';

const required = 'Обязательное поле';

describe('association form: the kind decides the host field', () => {
  it('lists the hosts ASSOCIATION_HOST allows, none before a kind is chosen', () => {
    expect(hostsOf(null)).toEqual([]);
    expect(hostsOf('SCHOOL_SUBJECT')).toEqual(['organization']);
    expect(hostsOf('DISTRICT_SUBJECT')).toEqual(['municipality']);
    expect(hostsOf('NETWORK_PEDAGOGICAL')).toEqual(['network']);
    expect(hostsOf('COORDINATION_COUNCIL')).toEqual(['network', 'municipality']);
    expect(hostsOf('LEARNING_COMMUNITY')).toEqual(['organization', 'municipality', 'network']);
  });

  it('keeps the shown host when the kind allows it, else switches to the kind’s first', () => {
    expect(hostFor('DISTRICT_SUBJECT', 'organization')).toBe('municipality');
    expect(hostFor('SCHOOL_SUBJECT', 'network')).toBe('organization');
    expect(hostFor('WORKING_GROUP', 'network')).toBe('network');
    expect(hostFor('COORDINATION_COUNCIL', 'municipality')).toBe('municipality');
    expect(hostFor('COORDINATION_COUNCIL', 'organization')).toBe('network');
  });

  it('asks for the subject of ШМО and РМО only (or when one is set)', () => {
    expect(showsSubject('SCHOOL_SUBJECT')).toBe(true);
    expect(showsSubject('DISTRICT_SUBJECT')).toBe(true);
    expect(showsSubject('WORKING_GROUP')).toBe(false);
    expect(showsSubject('WORKING_GROUP', 'Математика')).toBe(true);
    expect(showsSubject(null)).toBe(false);
  });

  it('requires the name, the kind and the id of the host the kind shows', () => {
    expect(validateAssociationForm(emptyAssociationForm(), false, { required })).toEqual({ name: required, kind: required });
    const rmo: AssociationFormState = { ...emptyAssociationForm(), kind: 'DISTRICT_SUBJECT', name: 'РМО', organizationId: 'o1' };
    expect(validateAssociationForm(rmo, false, { required })).toEqual({ municipalityId: required });
    expect(validateAssociationForm({ ...rmo, municipalityId: 'm1' }, false, { required })).toEqual({});
    // The kind and the host are fixed once the association exists.
    expect(validateAssociationForm({ ...emptyAssociationForm(), name: 'ШМО' }, true, { required })).toEqual({});
  });

  it('sends only the id of the host the kind allows', () => {
    const form: AssociationFormState = {
      ...emptyAssociationForm(),
      kind: 'DISTRICT_SUBJECT',
      name: '  РМО учителей математики ',
      subject: ' Математика ',
      description: '',
      host: 'organization',
      organizationId: 'o1',
      municipalityId: 'm1',
      networkId: 'n1',
    };
    expect(toCreateAssociationInput(form)).toEqual({
      kind: 'DISTRICT_SUBJECT',
      name: 'РМО учителей математики',
      subject: 'Математика',
      description: '',
      organizationId: null,
      municipalityId: 'm1',
      networkId: null,
    });
    expect(toUpdateAssociationInput({ ...form, subject: ' ' })).toEqual({ name: 'РМО учителей математики', subject: null, description: '' });
  });
});

describe('association members and meetings', () => {
  it('wants a person who is not a member yet', () => {
    const m = { required, alreadyMember: 'Уже в объединении' };
    expect(validateAssociationMemberForm({ personId: null, role: 'MEMBER' }, new Set(), m)).toEqual({ personId: required });
    expect(validateAssociationMemberForm({ personId: 'p1', role: 'MEMBER' }, new Set(['p1']), m)).toEqual({ personId: 'Уже в объединении' });
    expect(toAssociationMemberInput({ personId: 'p2', role: 'SECRETARY' })).toEqual({ personId: 'p2', role: 'SECRETARY' });
  });

  it('starts a meeting today with every member present; wants a date and an agenda', () => {
    const form = emptyMeetingForm(['p1', 'p2']);
    expect(form.attendeeIds).toEqual(['p1', 'p2']);
    expect(form.format).toBe('IN_PERSON');
    expect(form.heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(validateMeetingForm({ ...form, heldOn: '' }, { required })).toEqual({ heldOn: required, agenda: required });
  });

  it('sends each attendee once and trims the minutes', () => {
    const input = toMeetingInput({ heldOn: '2026-11-20', format: 'ONLINE', agenda: ' Итоги ВПР ', decisions: ' Принять к сведению ', attendeeIds: ['p1', 'p2', 'p1'] });
    expect(input).toEqual({ heldOn: '2026-11-20', format: 'ONLINE', agenda: 'Итоги ВПР', decisions: 'Принять к сведению', attendeeIds: ['p1', 'p2'] });
  });

  it('offers the members as attendees, and whoever the edited minutes name though they left', () => {
    const members = [{ person: { id: 'p1', fullName: 'Лебедева Елена Михайловна', organizationName: 'СОШ №3' } }];
    const left = { id: 'p9', fullName: 'Ушедшая Анна Петровна', organizationName: null };
    expect(attendeeOptions(members, [left, members[0]!.person])).toEqual([
      { value: 'p1', label: 'Лебедева Елена Михайловна', place: 'СОШ №3' },
      { value: 'p9', label: 'Ушедшая Анна Петровна', place: null },
    ]);
    // A refused attendee (`attendeeIds.1`) is a field of the form.
    expect(isMeetingFormField('attendeeIds.1')).toBe(true);
    expect(isMeetingFormField('associationId')).toBe(false);
  });
});

describe('association list state', () => {
  it('reads known values from the URL and writes back only what differs', () => {
    const state = parseAssociationListQuery({ q: 'РМО', kind: 'DISTRICT_SUBJECT', archived: 'ALL' });
    expect(state).toEqual({ search: 'РМО', kind: 'DISTRICT_SUBJECT', archived: 'ALL' });
    expect(toAssociationListQuery(state)).toEqual({ q: 'РМО', kind: 'DISTRICT_SUBJECT', archived: 'ALL' });
    expect(parseAssociationListQuery({ kind: 'CLUB', archived: 'NO' })).toEqual({ search: null, kind: null, archived: 'ACTIVE' });
    expect(toAssociationListQuery({ search: null, kind: null, archived: 'ACTIVE' })).toEqual({});
    expect(toAssociationFilter(state)).toEqual({ search: 'РМО', kind: 'DISTRICT_SUBJECT', archived: 'ALL' });
  });
});
