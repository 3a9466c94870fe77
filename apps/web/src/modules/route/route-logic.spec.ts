import { describe, expect, it } from 'vitest';
import { routePages } from './route-menu';
import {
  campaignsOf,
  defaultPeriod,
  deficitIds,
  effectivenessChart,
  formatDelta,
  formatSize,
  neighbourPosition,
  eventRef,
  occurrenceChoices,
  mentoringRefs,
  moduleRef,
  mentorshipLabel,
  groupOptions,
  groupProposals,
  parseRouteListQuery,
  toCreateRouteInput,
  parseSharedQuery,
  sharedListCodec,
  sharedRows,
  toSharedQuery,
  proposalToStepInput,
  routeActions,
  toRouteListQuery,
  toStepInput,
  validateBuilderForm,
  validateStepForm,
  type DeficitOption,
} from './route-logic';

const deficit = (over: Partial<DeficitOption>): DeficitOption => ({
  competenceId: 'c1',
  code: 'SH2.1',
  name: 'Задача',
  frameworkCode: 'SHADRIKOV',
  level: 'DEFICIT',
  score: 30,
  campaignId: 'k1',
  campaignName: 'Входная',
  measuredOn: '2026-01-10',
  ...over,
});

describe('route list state', () => {
  it('reads and writes only what differs from the defaults', () => {
    const state = parseRouteListQuery({ q: 'мат', status: 'ON_APPROVAL', archived: 'bogus', sort: 'title' });
    expect(state).toEqual({ search: 'мат', status: 'ON_APPROVAL', archived: 'ACTIVE' });
    expect(toRouteListQuery(state)).toEqual({ q: 'мат', status: 'ON_APPROVAL' });
    expect(toRouteListQuery(parseRouteListQuery({}))).toEqual({});
  });
});

describe('route actions', () => {
  const flags = { canSubmit: false, canApprove: false, canStart: false, canComplete: false };
  it('shows what the API allows, in the order of the flow', () => {
    expect(routeActions({ ...flags, status: 'DRAFT', canSubmit: true }).map((a) => a.action)).toEqual(['submit']);
    expect(routeActions({ ...flags, status: 'ON_APPROVAL', canApprove: true }).map((a) => a.action)).toEqual(['approve', 'return']);
    expect(routeActions({ ...flags, status: 'APPROVED', canStart: true }).map((a) => a.action)).toEqual(['start']);
    expect(routeActions({ ...flags, status: 'IN_PROGRESS', canComplete: true }).map((a) => a.action)).toEqual(['complete']);
    expect(routeActions({ ...flags, status: 'COMPLETED' })).toEqual([]);
  });
});

describe('builder', () => {
  it('lists the campaigns of the results, newest first, and takes the deficits of one', () => {
    const rows = [
      deficit({}),
      deficit({ competenceId: 'c2', level: 'PROFICIT' }),
      deficit({ competenceId: 'c3', campaignId: 'k2', campaignName: 'Повторная', measuredOn: '2026-05-01' }),
    ];
    expect(campaignsOf(rows).map((c) => c.name)).toEqual(['Повторная', 'Входная']);
    expect(deficitIds(rows, 'k1')).toEqual(['c1']);
    expect(deficitIds(rows, null)).toEqual(['c1', 'c3']);
  });

  it('checks the form before sending', () => {
    const m = { person: 'p', group: 'g', title: 't', startsOn: 's', endsOn: 'e', endBeforeStart: 'order', competences: 'c' };
    expect(validateBuilderForm({ target: 'PERSON', personId: null, associationId: null, title: ' ', goal: '', startsOn: '2026-02-01', endsOn: '2026-01-01', campaignId: null, competenceIds: [] }, m)).toEqual({
      personId: 'p',
      title: 't',
      endsOn: 'order',
      competenceIds: 'c',
    });
    expect(validateBuilderForm({ target: 'PERSON', personId: 'x', associationId: null, title: 'ИОМ', goal: '', startsOn: '2026-01-01', endsOn: '2026-12-31', campaignId: null, competenceIds: ['c'] }, m)).toEqual({});
  });

  it('proposes a year from today and turns proposals into steps', () => {
    expect(defaultPeriod('2026-09-01')).toEqual({ startsOn: '2026-09-01', endsOn: '2027-08-31' });
    expect(proposalToStepInput({ kind: 'MENTORING', title: 'Наставничество', competenceIds: ['c1'], mentor: { personId: 'm', name: 'Жданова', score: 55, reasons: [] } })).toEqual({
      kind: 'MENTORING',
      title: 'Наставничество',
      competenceIds: ['c1'],
      mentorPersonId: 'm',
    });
  });

  it('turns a proposed event or module into a step linked to it, with its dates', () => {
    const ev = { kind: 'EVENT' as const, title: 'Мероприятие: Семинар', competenceIds: ['c1'], mentor: null, reason: 'развивает: Мотивация', startsOn: '2026-10-12', endsOn: '2026-10-12', eventId: 'e1', internshipModuleId: null, internshipCohortId: null };
    expect(proposalToStepInput(ev)).toEqual({ kind: 'EVENT', title: 'Мероприятие: Семинар', competenceIds: ['c1'], mentorPersonId: null, startsOn: '2026-10-12', endsOn: '2026-10-12', eventId: 'e1' });
    const mod = { ...ev, kind: 'INTERNSHIP_MODULE' as const, title: 'Модуль', startsOn: null, endsOn: null, eventId: null, internshipModuleId: 'm1', internshipCohortId: 'k1' };
    expect(proposalToStepInput(mod)).toEqual({ kind: 'INTERNSHIP_MODULE', title: 'Модуль', competenceIds: ['c1'], mentorPersonId: null, internshipModuleId: 'm1', internshipCohortId: 'k1' });
    expect(eventRef({ kind: 'EVENT', eventId: 'e1' })).toEqual({ eventId: 'e1', eventOccurrenceDate: null });
    expect(eventRef({ kind: 'COURSE', eventId: 'e1' })).toEqual({ eventId: null, eventOccurrenceDate: null });
    // A series: the one occurrence the step means; without an event, none.
    expect(eventRef({ kind: 'EVENT', eventId: 'e1', eventOccurrenceDate: '2026-03-12' })).toEqual({ eventId: 'e1', eventOccurrenceDate: '2026-03-12' });
    expect(eventRef({ kind: 'EVENT', eventId: null, eventOccurrenceDate: '2026-03-12' })).toEqual({ eventId: null, eventOccurrenceDate: null });
    expect(eventRef({ kind: 'COURSE', eventId: 'e1', eventOccurrenceDate: '2026-03-12' })).toEqual({ eventId: null, eventOccurrenceDate: null });
  });

  it('offers the occurrences of a series that are not cancelled, none for a single event', () => {
    const occurrences = [
      { occurrenceDate: '2026-03-12', cancelled: false },
      { occurrenceDate: '2026-06-11', cancelled: true },
      { occurrenceDate: '2026-09-10', cancelled: false },
    ];
    expect(occurrenceChoices({ series: { frequency: 'MONTHLY' }, occurrences })).toEqual(['2026-03-12', '2026-09-10']);
    expect(occurrenceChoices({ series: null, occurrences: [occurrences[0]!] })).toEqual([]);
    expect(occurrenceChoices(null)).toEqual([]);
  });
});

describe('steps', () => {
  const m = { kind: 'k', title: 't', outside: 'o', endBeforeStart: 'b' };
  const period = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
  it('keeps dates inside the route period', () => {
    expect(validateStepForm({ kind: null, title: '', description: '', competenceIds: [], startsOn: '2025-12-01', endsOn: '2026-02-01' }, period, m)).toEqual({
      kind: 'k',
      title: 't',
      startsOn: 'o',
    });
    expect(validateStepForm({ kind: 'COURSE', title: 'К', description: '', competenceIds: [], startsOn: '2026-03-01', endsOn: '2026-02-01' }, period, m)).toEqual({ endsOn: 'b' });
    expect(toStepInput({ kind: 'COURSE', title: ' Курсы ', description: '', competenceIds: ['c'], startsOn: '', endsOn: null })).toEqual({
      kind: 'COURSE',
      title: 'Курсы',
      description: '',
      competenceIds: ['c'],
      startsOn: null,
      endsOn: null,
    });
  });

  it('moves a step within the list', () => {
    expect(neighbourPosition(0, 3, -1)).toBeNull();
    expect(neighbourPosition(0, 3, 1)).toBe(1);
    expect(neighbourPosition(2, 3, 1)).toBeNull();
  });
});

describe('effectiveness', () => {
  it('builds a before/after bar chart', () => {
    const option = effectivenessChart(
      [
        { code: 'SH2.1', name: 'Задача', beforeScore: 30, afterScore: 72.5, delta: 42.5, deficitClosed: true },
        { code: 'SH3.3', name: 'Мотивация', beforeScore: 40, afterScore: null, delta: null, deficitClosed: null },
      ],
      { before: 'До', after: 'После' },
    );
    expect(option.xAxis.data).toEqual(['SH2.1', 'SH3.3']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['До', [30, 40]],
      ['После', [72.5, null]],
    ]);
  });

  it('formats changes and sizes in Russian', () => {
    expect(formatDelta(42.5)).toBe('+42,5');
    expect(formatDelta(-3)).toBe('−3');
    expect(formatDelta(null)).toBe('—');
    expect(formatSize(2048)).toBe('2 КБ');
  });
});

describe('«Диалог в сети»', () => {
  it('keeps the search in the URL and keys rows by the person', () => {
    expect(parseSharedQuery({ q: 'Филиппов' })).toEqual({ search: 'Филиппов' });
    expect(parseSharedQuery({})).toEqual({ search: null });
    expect(toSharedQuery({ search: 'Ф' })).toEqual({ q: 'Ф' });
    expect(toSharedQuery({ search: null })).toEqual({});
    expect(sharedRows([{ personId: 'p1', fullName: 'А' }])).toEqual([{ personId: 'p1', fullName: 'А', id: 'p1' }]);
  });

  it('sorts by every column, the most recently changed first by default', () => {
    expect(sharedListCodec.sortFields).toEqual(['NAME', 'ORGANIZATION', 'SHARED_ROUTES', 'COMPLETED_STEPS', 'LATEST_AT']);
    expect(sharedListCodec.defaultSort).toEqual({ field: 'LATEST_AT', direction: 'DESC' });
    expect(sharedListCodec.serialize(sharedListCodec.parse({ q: 'Ф', sort: 'name' }))).toEqual({ q: 'Ф' });
  });

  it('is in the menu of everyone, «Мой маршрут» only of a person', () => {
    const t = (k: string) => k;
    expect(routePages(null, t).map((e) => e.key)).toEqual(['route-dialog']);
    expect(routePages('p1', t).map((e) => [e.key, e.to])).toEqual([
      ['my-routes', { name: 'my-routes' }],
      ['route-dialog', { name: 'route-dialog' }],
    ]);
  });
});

describe('mentoring steps', () => {
  it('send the mentor and the mentorship only for a MENTORING step', () => {
    expect(mentoringRefs({ kind: 'MENTORING', mentorPersonId: 'p', mentorshipId: 'ms' })).toEqual({ mentorPersonId: 'p', mentorshipId: 'ms' });
    expect(mentoringRefs({ kind: 'MENTORING', mentorPersonId: null, mentorshipId: 'ms' })).toEqual({ mentorPersonId: null, mentorshipId: 'ms' });
    expect(mentoringRefs({ kind: 'COURSE', mentorPersonId: 'p', mentorshipId: 'ms' })).toEqual({ mentorPersonId: null, mentorshipId: null });
  });

  it('label a mentorship by its mentors, programme and status', () => {
    expect(mentorshipLabel({ mentorNames: 'Жданова Е.', programName: 'Наставничество 2026' }, 'идёт')).toBe('Жданова Е. · Наставничество 2026 (идёт)');
    expect(mentorshipLabel({ mentorNames: '', programName: 'П' }, 'запланировано')).toBe('— · П (запланировано)');
  });
});

describe('group routes', () => {
  const form = (over: Record<string, unknown> = {}) => ({
    target: 'GROUP' as const,
    personId: 'p1',
    associationId: 'a1',
    title: ' Групповой ИОМ ',
    goal: '',
    startsOn: '2026-09-01',
    endsOn: '2027-05-31',
    campaignId: 'k1',
    competenceIds: ['c1'],
    ...over,
  });
  const m = { person: 'p', group: 'g', title: 't', startsOn: 's', endsOn: 'e', endBeforeStart: 'order', competences: 'c' };

  it('need an association instead of a person and send only it, without a baseline', () => {
    expect(validateBuilderForm(form({ associationId: null, personId: null }), m)).toEqual({ associationId: 'g' });
    expect(validateBuilderForm(form({ target: 'PERSON', personId: null }), m)).toEqual({ personId: 'p' });
    expect(toCreateRouteInput(form())).toEqual({
      personId: null,
      associationId: 'a1',
      title: 'Групповой ИОМ',
      goal: '',
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      campaignId: null,
      competenceIds: ['c1'],
    });
    expect(toCreateRouteInput(form({ target: 'PERSON' }))).toMatchObject({ personId: 'p1', associationId: null, campaignId: 'k1' });
  });

  it('offer only the associations the caller manages and propose a session per competence without mentors', () => {
    const rows = [
      { id: 'a1', name: 'ШМО математики', memberCount: 5, canEdit: true, host: { name: 'СОШ №12' } },
      { id: 'a2', name: 'Чужое ШМО', memberCount: 3, canEdit: false, host: { name: 'СОШ №35' } },
    ];
    expect(groupOptions(rows, (n) => `${n} участн.`)).toEqual([{ value: 'a1', label: 'ШМО математики · СОШ №12 · 5 участн.' }]);
    expect(groupProposals(['c1', 'c2'], (id) => id.toUpperCase())).toEqual([
      { kind: 'EVENT', title: 'Занятие объединения: C1', competenceIds: ['c1'], mentor: null },
      { kind: 'EVENT', title: 'Занятие объединения: C2', competenceIds: ['c2'], mentor: null },
    ]);
  });
});

describe('moduleRef', () => {
  it('sends the module and its cohort only for an INTERNSHIP_MODULE step, and a cohort only with a module', () => {
    expect(moduleRef({ kind: 'INTERNSHIP_MODULE', internshipModuleId: 'm1', internshipCohortId: 'k1' })).toEqual({ internshipModuleId: 'm1', internshipCohortId: 'k1' });
    expect(moduleRef({ kind: 'INTERNSHIP_MODULE', internshipModuleId: null, internshipCohortId: 'k1' })).toEqual({ internshipModuleId: null, internshipCohortId: null });
    expect(moduleRef({ kind: 'EVENT', internshipModuleId: 'm1', internshipCohortId: 'k1' })).toEqual({ internshipModuleId: null, internshipCohortId: null });
  });
});
