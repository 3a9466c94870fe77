import Select from 'primevue/select';
import SelectButton from 'primevue/selectbutton';
import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import CalendarPage from './CalendarPage.vue';
import CalendarView, { type CalendarItem } from './CalendarView.vue';
import CrossCheckSection from './CrossCheckSection.vue';
import { parseCalendarQuery, serializeCalendarQuery } from './calendar-url';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

const occurrence = (over: Record<string, unknown> = {}) => ({
  __typename: 'CalendarOccurrence',
  id: 'e1',
  eventId: 'e1',
  title: 'Методическая сессия «Будем знакомы»',
  kind: 'METHODOLOGICAL_SESSION',
  startsAt: '2026-09-15',
  endsAt: '2026-09-15',
  allDay: true,
  cancelled: false,
  ...over,
});

function api(seen: Seen, occurrences = [occurrence(), occurrence({ id: 'e2_2026-09-22', eventId: 'e2', title: 'Совет', cancelled: true, allDay: false, startsAt: '2026-09-22T08:00:00.000Z', endsAt: '2026-09-22T10:00:00.000Z' })]): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Calendar') return { data: { calendar: occurrences } };
    if (operation === 'CalendarFilterOptions') {
      return {
        data: {
          calendarFilterOptions: {
            __typename: 'CalendarFilterOptions',
            networks: [{ __typename: 'CalendarOption', id: 'n1', name: 'Будем дружить школами' }],
            municipalities: [{ __typename: 'CalendarOption', id: 'm1', name: 'Подпорожский муниципальный район' }],
            competences: [],
          },
        },
      };
    }
    return { data: null };
  };
}

const view = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) => wrapper.findComponent(CalendarView);

describe('calendar URL state', () => {
  it('reads and writes the view, the date and the filters, keeping other keys', () => {
    const state = parseCalendarQuery({ view: 'week', date: '2026-09-14', network: 'n1', kind: 'SEMINAR', other: 'x' });
    expect(state).toEqual({ view: 'week', date: '2026-09-14', networkId: 'n1', municipalityId: null, kind: 'SEMINAR', competenceId: null });
    expect(parseCalendarQuery({ view: 'year', date: '2026-99-99' })).toMatchObject({ view: null, date: null });
    expect(serializeCalendarQuery({ other: 'x', network: 'n1' }, { ...state, networkId: null, municipalityId: 'm1' })).toEqual({
      other: 'x',
      view: 'week',
      date: '2026-09-14',
      municipality: 'm1',
      kind: 'SEMINAR',
    });
  });
});

describe('CalendarPage', () => {
  it('asks for the visible range with the URL filters and passes the occurrences to the calendar', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(CalendarPage, { path: '/calendar?view=month&date=2026-09-01&network=n1&kind=METHODOLOGICAL_SESSION', api: api(seen) });
    expect(view(wrapper).props('view')).toBe('month');
    expect(view(wrapper).props('date')).toBe('2026-09-01');
    view(wrapper).vm.$emit('range', { view: 'month', date: '2026-09-01', from: '2026-08-31', to: '2026-10-12' });
    await waitFor(() => expect(view(wrapper).props('items')).toHaveLength(2));
    expect(seen.find((s) => s.operation === 'Calendar')?.variables).toEqual({ from: '2026-08-31', to: '2026-10-12', filter: { networkId: 'n1', kind: 'METHODOLOGICAL_SESSION' } });
    const items = view(wrapper).props('items') as CalendarItem[];
    expect(items[1]).toMatchObject({ eventId: 'e2', cancelled: true, allDay: false, kindLabel: 'Методическая сессия' });
  });

  it('writes a changed filter, view and date into the URL and asks again', async () => {
    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(CalendarPage, { path: '/calendar?date=2026-09-01&tab=x', api: api(seen) });
    view(wrapper).vm.$emit('range', { view: 'month', date: '2026-09-01', from: '2026-08-31', to: '2026-10-12' });
    await waitFor(() => expect(seen.some((s) => s.operation === 'Calendar')).toBe(true));

    wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'calendar-filter-municipality')?.vm.$emit('update:modelValue', 'm1');
    await waitFor(() => expect(router.currentRoute.value.query).toMatchObject({ municipality: 'm1', tab: 'x' }));
    await waitFor(() => expect(seen.filter((s) => s.operation === 'Calendar').at(-1)?.variables).toMatchObject({ filter: { municipalityId: 'm1' } }));

    wrapper.findComponent(SelectButton).vm.$emit('update:modelValue', 'list');
    await waitFor(() => expect(router.currentRoute.value.query['view']).toBe('list'));
    expect(view(wrapper).props('view')).toBe('list');

    view(wrapper).vm.$emit('range', { view: 'list', date: '2026-10-01', from: '2026-10-01', to: '2026-11-01' });
    await waitFor(() => expect(router.currentRoute.value.query['date']).toBe('2026-10-01'));
    await waitFor(() => expect(seen.filter((s) => s.operation === 'Calendar').at(-1)?.variables).toMatchObject({ from: '2026-10-01', to: '2026-11-01' }));

    await wrapper.get('[data-testid="calendar-filters-reset"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query['municipality']).toBeUndefined());
    expect(router.currentRoute.value.query).toMatchObject({ view: 'list', date: '2026-10-01', tab: 'x' });
  });

  it('says so when the range holds nothing, and shows an error with a retry', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(CalendarPage, { path: '/calendar?kind=SEMINAR', api: api(seen, []) });
    view(wrapper).vm.$emit('range', { view: 'month', date: '2026-09-01', from: '2026-08-31', to: '2026-10-12' });
    await waitFor(() => expect(wrapper.find('[data-testid="calendar-empty"]').text()).toBe('В этот период нет мероприятий, подходящих под фильтры'));

    const failing = await mountWithApp(CalendarPage, { path: '/calendar', api: (op) => (op === 'Calendar' ? { data: null, errors: [{ message: 'Период календаря — не больше 100 дней', extensions: { code: 'BAD_USER_INPUT' } }] } : { data: null }) });
    view(failing.wrapper).vm.$emit('range', { view: 'month', date: '2026-09-01', from: '2026-08-31', to: '2026-10-12' });
    await waitFor(() => expect(failing.wrapper.find('[data-testid="calendar-error"]').text()).toContain('Период календаря — не больше 100 дней'));
  });

  it('opens the list by default on a phone', async () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList);
    try {
      const { wrapper } = await mountWithApp(CalendarPage, { path: '/calendar', api: api([]) });
      expect(view(wrapper).props('view')).toBe('list');
      expect(view(wrapper).props('compact')).toBe(true);
    } finally {
      window.matchMedia = original;
    }
  });
});

describe('CrossCheckSection', () => {
  const record = (canEdit: boolean) => ({
    __typename: 'CrossCheck',
    eventId: 'cc1',
    canEdit,
    schoolPairs: [{ __typename: 'CrossCheckSchoolPair', id: 's1', fromOrganizationId: 'o12', fromName: 'МОУ «СОШ №12» г. Воркуты', checkerOrganizationId: 'o35', checkerName: 'МОУ «СОШ №35 с УИОП» г. Воркуты' }],
    expertPairs: [
      {
        __typename: 'CrossCheckExpertPair',
        id: 'x1',
        subject: 'Математика',
        first: { __typename: 'CrossCheckExpert', personId: 'p1', fullName: 'Лыткина Ольга Петровна', organizationName: null },
        second: { __typename: 'CrossCheckExpert', personId: 'p2', fullName: 'Жданова Тамара Михайловна', organizationName: null },
      },
    ],
    protocol: [
      { __typename: 'CrossCheckProtocolRow', id: 'r1', subject: 'Математика', grade: 9, paperCount: 20, discrepancyCount: 3, comment: 'Критерий 2', illustrative: true },
      { __typename: 'CrossCheckProtocolRow', id: 'r2', subject: 'Русский язык', grade: 11, paperCount: 20, discrepancyCount: 1, comment: '', illustrative: true },
    ],
  });

  it('shows the schools, the expert pairs and the protocol with shares and totals; saves an edited protocol with the pairs unchanged', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(CrossCheckSection, {
      props: { eventId: 'cc1' },
      api: (operation, variables) => {
        seen.push({ operation, variables });
        if (operation === 'EventCrossCheck') return { data: { eventCrossCheck: record(true) } };
        if (operation === 'SaveEventCrossCheck') {
          return { data: null, errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'protocol.0.discrepancyCount', message: 'Расхождений не может быть больше, чем работ' }] } }] };
        }
        return { data: null };
      },
    });
    await waitFor(() => expect(wrapper.findAll('[data-testid="cross-check-protocol-row"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="cross-check-school-pair"]').text()).toContain('МОУ «СОШ №12» г. Воркуты → МОУ «СОШ №35 с УИОП» г. Воркуты');
    expect(wrapper.get('[data-testid="cross-check-expert-pair"]').text()).toBe('Математика: Лыткина Ольга Петровна — Жданова Тамара Михайловна');
    expect(wrapper.findAll('[data-testid="cross-check-protocol-row"]')[0].text()).toContain('15 %');
    expect(wrapper.get('[data-testid="cross-check-total"]').text()).toContain('10 %');

    await wrapper.get('[data-testid="cross-check-edit"]').trigger('click');
    await waitFor(() => expect(wrapper.findAll('[data-testid="cross-check-draft-row"]')).toHaveLength(2));
    await wrapper.get('[data-testid="cross-check-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-discrepancies"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-discrepancies"]').text()).toBe('Расхождений не может быть больше, чем работ');
    expect(seen.find((s) => s.operation === 'SaveEventCrossCheck')?.variables).toEqual({
      eventId: 'cc1',
      input: {
        schoolPairs: [{ fromOrganizationId: 'o12', checkerOrganizationId: 'o35' }],
        expertPairs: [{ firstPersonId: 'p1', secondPersonId: 'p2', subject: 'Математика' }],
        protocol: [
          { subject: 'Математика', grade: 9, paperCount: 20, discrepancyCount: 3, comment: 'Критерий 2' },
          { subject: 'Русский язык', grade: 11, paperCount: 20, discrepancyCount: 1, comment: '' },
        ],
      },
    });
  });

  it('offers no editing to who may not keep the event', async () => {
    const { wrapper } = await mountWithApp(CrossCheckSection, { props: { eventId: 'cc1' }, api: () => ({ data: { eventCrossCheck: record(false) } }) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="cross-check-protocol-row"]')).toHaveLength(2));
    expect(wrapper.find('[data-testid="cross-check-edit"]').exists()).toBe(false);
  });
});
