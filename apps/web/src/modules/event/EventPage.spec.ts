import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import EventListPage from './EventListPage.vue';
import EventPage from './EventPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

const card = (id: string, fullName: string) => ({ __typename: 'PersonCard', id, fullName, organizationName: 'Школа В (иллюстративная)' });
const event = (over: Record<string, unknown> = {}) => ({
  __typename: 'Event',
  id: 'e1',
  title: 'ЕМД «Непрерывное повышение профессионального мастерства педагога, или Как превратить трудности в возможности?»',
  kind: 'UNIFIED_METHODOLOGICAL_DAY',
  description: '',
  status: 'PLANNED',
  timing: 'PERIOD',
  startsOn: '2026-12-01',
  endsOn: '2026-12-31',
  startsAt: null,
  endsAt: null,
  periodLabel: 'декабрь 2026 г.',
  place: null,
  onlineUrl: 'https://meet.example.org/emd',
  audience: '',
  audienceTarget: 'TEACHERS',
  competenceIds: [],
  responsibleNote: '',
  plannedResult: '',
  actualResult: '',
  capacity: 40,
  registrationOpen: true,
  revision: 0,
  source: 'Мастерская «Будем дружить школами» (seed 000)',
  illustrative: false,
  archivedAt: null,
  organizationId: null,
  municipalityId: null,
  networkId: 'n1',
  canEdit: false,
  canMarkAttendance: false,
  registeredCount: 5,
  seatsLeft: 35,
  registrationProblem: null,
  attended: false,
  series: null,
  host: { __typename: 'EventHost', id: 'n1', kind: 'network', name: 'Мастерская педагогического диалога «Будем дружить школами»' },
  organizers: [],
  responsible: [],
  competences: [],
  occurrences: [{ __typename: 'EventOccurrence', occurrenceDate: '2026-12-01', startsOn: '2026-12-01', endsOn: '2026-12-31', cancelled: false, moved: false, note: '' }],
  myRegistration: null,
  registrations: [],
  attendance: [],
  feedback: [],
  feedbackSummary: { __typename: 'EventFeedbackSummary', count: 0, average: null },
  materials: [{ __typename: 'EventMaterial', id: 'm1', kind: 'PRESENTATION', title: 'Программа дня', url: 'https://example.org/emd.pdf', fileName: null, fileSize: null }],
  ...over,
});

function api(seen: Seen, current: { registered: boolean }, over: Record<string, unknown> = {}): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    const myRegistration = current.registered ? { __typename: 'EventRegistration', id: 'r1', status: 'REGISTERED' } : null;
    if (operation === 'Event') return { data: { event: event({ myRegistration, registeredCount: current.registered ? 6 : 5, ...over }) } };
    if (operation === 'RegisterForEvent') {
      current.registered = true;
      const mine = { __typename: 'EventRegistration', id: 'r1', status: 'REGISTERED' };
      return { data: { registerForEvent: { __typename: 'Event', id: 'e1', registeredCount: 6, seatsLeft: 34, registrationProblem: null, myRegistration: mine } } };
    }
    if (operation === 'EventList') {
      return {
        data: {
          events: {
            __typename: 'EventConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            nodes: [{ ...event(), series: null }],
          },
        },
      };
    }
    if (operation === 'Municipalities') return { data: { municipalities: [] } };
    return { data: null };
  };
}

describe('EventPage', () => {
  it('shows the event as the calendar states it and registers the caller', async () => {
    const seen: Seen = [];
    const current = { registered: false };
    const { wrapper } = await mountWithApp(EventPage, { path: '/events/e1', props: { id: 'e1' }, api: api(seen, current) });
    await waitFor(() => expect(wrapper.find('[data-testid="event-title"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="event-kind"]').text()).toBe('Единый методический день (ЕМД) · декабрь 2026 г.');
    expect(wrapper.get('[data-testid="event-host"]').text()).toBe('Мастерская педагогического диалога «Будем дружить школами»');
    expect(wrapper.get('[data-testid="event-online"]').attributes('href')).toBe('https://meet.example.org/emd');
    expect(wrapper.get('[data-testid="event-registered-count"]').text()).toContain('5 / 40');
    expect(wrapper.findAll('[data-testid="event-material"]')).toHaveLength(1);
    expect(wrapper.find('[data-testid="event-ical"]').attributes('href')).toBe('/ical/event/e1.ics');
    expect(wrapper.find('[data-testid="event-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="event-attendance"]').exists()).toBe(false);

    await wrapper.get('[data-testid="event-register"]').trigger('click');
    await waitFor(() => expect(seen.some((s) => s.operation === 'RegisterForEvent')).toBe(true));
    expect(seen.find((s) => s.operation === 'RegisterForEvent')?.variables).toEqual({ eventId: 'e1' });
  });

  it('shows a registered caller their registration and the way to cancel it', async () => {
    const { wrapper } = await mountWithApp(EventPage, { path: '/events/e1', props: { id: 'e1' }, api: api([], { registered: true }) });
    await waitFor(() => expect(wrapper.find('[data-testid="event-you-registered"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="event-register"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="event-cancel-registration"]').exists()).toBe(true);
  });

  it('says why one cannot register, and gives organisers the attendance sheet', async () => {
    const seen: Seen = [];
    const registrations = [{ __typename: 'EventRegistration', id: 'r2', personId: 'p2', status: 'REGISTERED', person: card('p2', 'Новикова Юлия Андреевна') }];
    const { wrapper } = await mountWithApp(EventPage, {
      path: '/events/e1',
      props: { id: 'e1' },
      api: api(seen, { registered: false }, { registrationProblem: 'Мест больше нет', canMarkAttendance: true, canEdit: true, startsOn: '2026-01-10', endsOn: '2026-01-10', registrations, occurrences: [{ __typename: 'EventOccurrence', occurrenceDate: '2026-01-10', startsOn: '2026-01-10', endsOn: '2026-01-10', cancelled: false, moved: false, note: '' }] }),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="event-registration-problem"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="event-registration-problem"]').text()).toBe('Мест больше нет');
    expect(wrapper.findAll('[data-testid="event-attendance-name"]').map((n) => n.text())).toEqual(['Новикова Юлия Андреевна']);
    expect(wrapper.find('[data-testid="event-material-form"]').exists()).toBe(true);
  });
});

describe('EventListPage', () => {
  it('lists events with kind and «when», sending the URL filters', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(EventListPage, { path: '/events?kind=UNIFIED_METHODOLOGICAL_DAY&from=2026-09-01', api: api(seen, { registered: false }) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="event-row"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="event-kind"]').text()).toBe('Единый методический день (ЕМД)');
    expect(wrapper.get('[data-testid="event-registered"]').text()).toBe('5 / 40');
    expect(seen.find((s) => s.operation === 'EventList')?.variables).toMatchObject({ filter: { kind: 'UNIFIED_METHODOLOGICAL_DAY', from: '2026-09-01', archived: 'ACTIVE' } });
  });
});
