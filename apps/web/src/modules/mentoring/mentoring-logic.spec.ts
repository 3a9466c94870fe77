import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import { parseMentorBaseQuery, toMentorBaseFilter, toMentorBaseQuery } from './mentor-base-state';
import { canTake, loadLevel, loadSeverity, shortOfPlaces } from './mentor-load';
import { emptyMentorProfileForm, mentorProfileFormFrom, toMentorProfileInput, validateMentorProfileForm } from './mentor-profile-form';
import { emptyMentorshipForm, isMentorshipFormField, pairsSchools, toMentorshipInput, validateMentorshipForm } from './mentorship-form';
import { heldCount, isOpen, sessionCue, sideOf, statusSeverity, transitionButtons } from './mentorship-status';
import { emptyProgramForm, toCreateProgramInput, toUpdateProgramInput, validateProgramForm } from './program-form';
import { emptyPlanForm, emptyRecordForm, toRecordInput, validatePlanForm, validateRecordForm } from './session-form';

const required = 'Обязательное поле';

describe('status transitions', () => {
  it('offers managers the moves MENTORSHIP_TRANSITIONS allows; stopping asks for a reason', () => {
    const moves = (status: Parameters<typeof transitionButtons>[0]) => transitionButtons(status, true).map((b) => [b.to, b.action, b.needsReason]);
    expect(moves('PLANNED')).toEqual([
      ['ACTIVE', 'start', false],
      ['STOPPED', 'stop', true],
    ]);
    expect(moves('ACTIVE')).toEqual([
      ['COMPLETED', 'complete', false],
      ['STOPPED', 'stop', true],
    ]);
    expect(moves('COMPLETED')).toEqual([]);
    expect(moves('STOPPED')).toEqual([]);
  });

  it('offers nothing to those who do not manage the programme', () => {
    expect(transitionButtons('PLANNED', false)).toEqual([]);
    expect(transitionButtons('ACTIVE', false)).toEqual([]);
  });

  it('colours statuses and keeps the log open only while planned or active', () => {
    expect(['PLANNED', 'ACTIVE', 'COMPLETED', 'STOPPED'].map((s) => statusSeverity(s as 'ACTIVE'))).toEqual(['info', 'success', 'secondary', 'danger']);
    expect(isOpen('PLANNED') && isOpen('ACTIVE')).toBe(true);
    expect(isOpen('COMPLETED') || isOpen('STOPPED')).toBe(false);
  });

  it('finds the next planned meeting, counts the held ones and the person’s side', () => {
    const sessions = [
      { plannedOn: '2026-12-09', heldOn: null },
      { plannedOn: '2026-09-14', heldOn: '2026-09-14' },
      { plannedOn: '2026-11-30', heldOn: null },
    ];
    expect(sessionCue([{ plannedOn: '2026-09-14', heldOn: '2026-09-14' }], '2026-09-01')).toEqual({ kind: 'last', date: '2026-09-14' });
    expect(heldCount(sessions)).toBe(1);
    // Only a meeting still ahead is «ближайшая»: on 03.12.2026 the one of 30.11 is past, though not held.
    expect(sessionCue(sessions, '2026-11-30')).toEqual({ kind: 'next', date: '2026-11-30' });
    expect(sessionCue(sessions, '2026-12-03')).toEqual({ kind: 'next', date: '2026-12-09' });
    expect(sessionCue([{ plannedOn: '2026-12-02', heldOn: null }, { plannedOn: '2026-09-14', heldOn: '2026-09-15' }], '2026-12-03')).toEqual({ kind: 'last', date: '2026-09-15' });
    expect(sessionCue([{ plannedOn: '2026-12-02', heldOn: null }], '2026-12-03')).toBeNull();
    const pair = { mentors: [{ id: 'zh' }], mentees: [{ id: 'fi' }] };
    expect([sideOf(pair, 'zh'), sideOf(pair, 'fi'), sideOf(pair, 'x'), sideOf(pair, null)]).toEqual(['MENTOR', 'MENTEE', null, null]);
  });
});

describe('mentor load', () => {
  const mentor = (load: number, capacity: number, available = true) => ({ load, capacity, freePlaces: capacity - load, available });

  it('tells free, last place, full and unavailable apart', () => {
    expect(loadLevel(mentor(1, 3))).toBe('free');
    expect(loadLevel(mentor(2, 3))).toBe('last');
    expect(loadLevel(mentor(3, 3))).toBe('full');
    expect(loadLevel(mentor(0, 3, false))).toBe('unavailable');
    expect(['free', 'last', 'full', 'unavailable'].map((l) => loadSeverity(l as 'free'))).toEqual(['success', 'warn', 'danger', 'secondary']);
  });

  it('knows who can take the mentees being assigned', () => {
    expect(canTake(mentor(2, 3), 1)).toBe(true);
    expect(canTake(mentor(2, 3), 2)).toBe(false);
    expect(canTake(mentor(0, 3, false), 1)).toBe(false);
    const a = { ...mentor(2, 3), value: 'a' };
    const b = { ...mentor(0, 5), value: 'b' };
    expect(shortOfPlaces([a, b], 2).map((m) => m.value)).toEqual(['a']);
    expect(shortOfPlaces([a, b], 0)).toEqual([]);
  });

  it('reads «занято N из M» and the free places in Russian', () => {
    const { t } = createAppI18n().global;
    expect(t('mentoring.mentor.load', { load: 2, capacity: 3 })).toBe('занято 2 из 3');
    expect([0, 1, 2, 5].map((n) => t('mentoring.mentor.free', n))).toEqual(['нет свободных мест', '1 свободное место', '2 свободных места', '5 свободных мест']);
  });
});

describe('mentorship form', () => {
  const m = { required, mentorsMin: 'Наставник?', menteesMin: 'Наставляемый?', bothSides: 'Обе стороны', endBeforeStart: 'Конец до начала', sameSchool: 'Та же школа' };

  it('starts today in the programme’s first form', () => {
    const form = emptyMentorshipForm(['PEER', 'GROUP']);
    expect(form.form).toBe('PEER');
    expect(emptyMentorshipForm().form).toBeNull();
    expect(form.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('wants both sides, nobody on both, and the schools of «Школа – школе»', () => {
    const form = { ...emptyMentorshipForm(['TRADITIONAL']), startsOn: '2026-12-01' };
    expect(validateMentorshipForm(form, false, m)).toEqual({ mentorIds: 'Наставник?', menteeIds: 'Наставляемый?' });
    const pair = { ...form, mentorIds: ['zh'], menteeIds: ['fi'] };
    expect(validateMentorshipForm(pair, false, m)).toEqual({});
    expect(validateMentorshipForm({ ...pair, menteeIds: ['zh'] }, false, m)).toEqual({ menteeIds: 'Обе стороны' });
    expect(validateMentorshipForm({ ...pair, endsOn: '2026-01-01' }, false, m)).toEqual({ endsOn: 'Конец до начала' });
    expect(validateMentorshipForm(pair, true, m)).toEqual({ mentorOrganizationId: required, menteeOrganizationId: required });
    expect(validateMentorshipForm({ ...pair, mentorOrganizationId: 's3', menteeOrganizationId: 's3' }, true, m)).toEqual({ menteeOrganizationId: 'Та же школа' });
    expect(pairsSchools('SCHOOL_TO_SCHOOL')).toBe(true);
    expect(pairsSchools('TEACHER_TO_TEACHER')).toBe(false);
  });

  it('sends the schools only in «Школа – школе» and each person once', () => {
    const form = {
      ...emptyMentorshipForm(['TRADITIONAL']),
      mentorIds: ['zh', 'zh'],
      menteeIds: ['fi'],
      goals: ' ВПР ',
      startsOn: '2026-12-01',
      endsOn: ' ',
      mentorOrganizationId: 's35',
      menteeOrganizationId: 's12',
    };
    expect(toMentorshipInput(form, false)).toEqual({
      form: 'TRADITIONAL',
      mentorIds: ['zh'],
      menteeIds: ['fi'],
      goals: 'ВПР',
      startsOn: '2026-12-01',
      endsOn: null,
      mentorOrganizationId: null,
      menteeOrganizationId: null,
    });
    expect(toMentorshipInput(form, true)).toMatchObject({ mentorOrganizationId: 's35', menteeOrganizationId: 's12' });
    // The capacity refusal names a mentor (`mentorIds.0`): a field of the form.
    expect(isMentorshipFormField('mentorIds.0')).toBe(true);
    expect(isMentorshipFormField('programId')).toBe(false);
  });
});

describe('sessions', () => {
  const m = { required, beforeStart: 'До начала', inFuture: 'В будущем', duration: '5–600 минут' };

  it('plans from today, or from the start when that is later', () => {
    expect(emptyPlanForm('2026-09-01', '2026-11-23').plannedOn).toBe('2026-11-23');
    expect(emptyPlanForm('2027-01-10', '2026-11-23').plannedOn).toBe('2027-01-10');
    expect(validatePlanForm({ plannedOn: '2026-08-01', format: 'ONLINE', topic: ' ' }, '2026-09-01', m)).toEqual({ plannedOn: 'До начала', topic: required });
  });

  it('records on the planned day when it has passed, else today; never in the future', () => {
    expect(emptyRecordForm('2026-11-11', '2026-11-23').heldOn).toBe('2026-11-11');
    expect(emptyRecordForm('2026-12-09', '2026-11-23').heldOn).toBe('2026-11-23');
    const form = { heldOn: '2026-11-24', durationMinutes: 3, notes: '' };
    expect(validateRecordForm(form, '2026-09-01', m, '2026-11-23')).toEqual({ heldOn: 'В будущем', durationMinutes: '5–600 минут' });
    expect(validateRecordForm({ ...form, heldOn: '2026-08-31', durationMinutes: null }, '2026-09-01', m, '2026-11-23')).toEqual({ heldOn: 'До начала', durationMinutes: required });
    expect(validateRecordForm({ ...form, heldOn: '2026-11-23', durationMinutes: 50 }, '2026-09-01', m, '2026-11-23')).toEqual({});
    expect(toRecordInput({ heldOn: '2026-11-23', durationMinutes: 50, notes: ' Итоги ' })).toEqual({ heldOn: '2026-11-23', durationMinutes: 50, notes: 'Итоги' });
  });
});

describe('programme form', () => {
  const m = { required, formsMin: 'Хотя бы одна форма', endBeforeStart: 'Конец до начала' };

  it('wants a name, model, forms, host and start; the host only when creating', () => {
    const empty = { ...emptyProgramForm(), startsOn: '' };
    expect(validateProgramForm(empty, false, m)).toEqual({ name: required, model: required, forms: 'Хотя бы одна форма', networkId: required, startsOn: required });
    expect(validateProgramForm({ ...empty, host: 'organization' }, false, m)).toMatchObject({ organizationId: required });
    expect(validateProgramForm(empty, true, m)).not.toHaveProperty('networkId');
  });

  it('sends the chosen host on create only', () => {
    const form = { ...emptyProgramForm(), name: ' Программа ', model: 'SCHOOL_TO_SCHOOL' as const, forms: ['GROUP' as const], networkId: 'n1', organizationId: 'o1', startsOn: '2026-09-01' };
    expect(toCreateProgramInput(form)).toMatchObject({ name: 'Программа', networkId: 'n1', organizationId: null, endsOn: null, coordinatorPersonId: null });
    expect(toCreateProgramInput({ ...form, host: 'organization' })).toMatchObject({ networkId: null, organizationId: 'o1' });
    const update = toUpdateProgramInput(form);
    expect(update).not.toHaveProperty('networkId');
    expect(update).not.toHaveProperty('organizationId');
  });
});

describe('mentor profile form', () => {
  const m = { required, capacity: 'От 1 до 20', belowLoad: 'Не меньше занятых' };

  it('keeps capacity within 1–20 and not below the current load', () => {
    expect(validateMentorProfileForm(emptyMentorProfileForm(), 0, m)).toEqual({ personId: required });
    const form = { ...emptyMentorProfileForm('p1'), capacity: 2 };
    expect(validateMentorProfileForm(form, 3, m)).toEqual({ capacity: 'Не меньше занятых' });
    expect(validateMentorProfileForm({ ...form, capacity: 21 }, 0, m)).toEqual({ capacity: 'От 1 до 20' });
    expect(validateMentorProfileForm({ ...form, capacity: null }, 0, m)).toEqual({ capacity: required });
  });

  it('round-trips a profile, subjects as a comma-separated line', () => {
    const profile = { personId: 'p1', types: ['CLASSIC' as const], directions: ['VPR' as const], subjects: ['Математика', 'Физика'], strengths: 'ОГЭ', capacity: 3, available: true };
    const form = mentorProfileFormFrom(profile);
    expect(form.subjects).toBe('Математика, Физика');
    expect(toMentorProfileInput({ ...form, subjects: 'Математика; Физика, Математика', strengths: ' ОГЭ ' })).toEqual({
      types: ['CLASSIC'],
      directions: ['VPR'],
      subjects: ['Математика', 'Физика'],
      strengths: 'ОГЭ',
      capacity: 3,
      available: true,
    });
  });
});

describe('mentor base state', () => {
  it('keeps the filters in the URL', () => {
    const state = parseMentorBaseQuery({ q: 'Жданова', direction: 'VPR', type: 'COACH', subject: 'Математика', organization: 'o1', free: '1' });
    expect(state).toEqual({ search: 'Жданова', direction: 'VPR', type: 'COACH', subject: 'Математика', organizationId: 'o1', freeOnly: true });
    expect(toMentorBaseQuery(state)).toEqual({ q: 'Жданова', direction: 'VPR', type: 'COACH', subject: 'Математика', organization: 'o1', free: '1' });
    expect(toMentorBaseFilter(state)).toEqual({ search: 'Жданова', direction: 'VPR', type: 'COACH', subject: 'Математика', organizationId: 'o1', withFreePlaces: true });
    const none = parseMentorBaseQuery({ direction: 'NOPE' });
    expect(none.direction).toBeNull();
    expect(toMentorBaseQuery(none)).toEqual({});
    expect(toMentorBaseFilter(none).withFreePlaces).toBeNull();
  });
});
