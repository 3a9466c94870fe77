import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import HomeBlock from './HomeBlock.vue';
import MyAgendaPage from './MyAgendaPage.vue';

enableAutoUnmount(afterEach);

const agenda = (over: Record<string, unknown> = {}) => ({
  __typename: 'Agenda',
  today: '2026-12-03',
  canApprove: false,
  diagnostics: [
    { __typename: 'AgendaDiagnostic', participantId: 'pa1', campaignId: 'c1', campaignName: 'Диагностика молодых педагогов', instrumentName: 'Оценка базовых компетенций', closesOn: '2027-06-30', status: null },
  ],
  routeSteps: [
    { __typename: 'AgendaRouteStep', stepId: 's1', routeId: 'r1', routeTitle: 'ИОМ: учебная задача', title: 'Конспект урока', endsOn: '2026-11-30', due: 'OVERDUE' },
    { __typename: 'AgendaRouteStep', stepId: 's2', routeId: 'r1', routeTitle: 'ИОМ: учебная задача', title: 'Открытый урок', endsOn: '2026-12-15', due: 'SOON' },
  ],
  approvals: [],
  events: [{ __typename: 'AgendaEvent', eventId: 'e1', title: 'Методический совет', startsOn: '2026-12-09', endsOn: '2026-12-09', place: 'Школа № 12' }],
  internshipSessions: [],
  internshipApplications: [],
  documentTasks: [],
  meetings: [
    {
      __typename: 'AgendaMeeting',
      sessionId: 'm1',
      mentorshipId: 'ms1',
      plannedOn: '2026-12-09',
      topic: 'Посещение урока наставника',
      format: 'OPEN_LESSON',
      side: 'MENTEE',
      others: [{ __typename: 'AgendaPerson', personId: 'p2', fullName: 'Жданова Тамара Михайловна' }],
    },
  ],
  surveys: [],
  ...over,
});
const answer =
  (data: unknown, errors?: unknown[]): FakeApi =>
  (op) =>
    op === 'MyAgenda' ? { data: { myAgenda: data }, ...(errors ? { errors } : {}) } : { data: null };

describe('MyAgendaPage', () => {
  it('shows every block with its items, each linking to the item’s page', async () => {
    const { wrapper } = await mountWithApp(MyAgendaPage, { path: '/my', api: answer(agenda()) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="home-route-step"]')).toHaveLength(2));
    expect(wrapper.text()).toContain('Что ждёт вас на 03.12.2026');
    const diagnostic = wrapper.get('[data-testid="home-diagnostic"]');
    expect(diagnostic.get('a').attributes('href')).toBe('/diagnostics/fill/pa1/self');
    expect(diagnostic.text()).toContain('до 30.06.2027');
    expect(diagnostic.text()).toContain('не начата');
    const [overdue, soon] = wrapper.findAll('[data-testid="home-route-step"]');
    expect(overdue!.text()).toContain('просрочен');
    expect(overdue!.text()).toContain('срок 30.11.2026');
    expect(soon!.text()).toContain('скоро');
    expect(overdue!.get('a').attributes('href')).toBe('/routes/r1');
    const meeting = wrapper.get('[data-testid="home-meeting"]');
    expect(meeting.get('a').attributes('href')).toBe('/mentorships/ms1');
    expect(meeting.text()).toContain('09.12.2026 — Посещение урока наставника');
    expect(meeting.text()).toContain('с наставником: Жданова Тамара Михайловна');
    expect(wrapper.get('[data-testid="home-event"] a').attributes('href')).toBe('/events/e1');
    // Empty blocks say so; the approvals block is there only for those who approve.
    expect(wrapper.get('[data-testid="home-surveys"] [data-testid="home-block-empty"]').text()).toBe('Анкет, ждущих ответа, нет');
    expect(wrapper.find('[data-testid="home-internshipSessions"] [data-testid="home-block-empty"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="home-approvals"]').exists()).toBe(false);
  });

  it('shows the approvals block to those who approve, naming the teacher', async () => {
    const approvals = [{ __typename: 'AgendaApproval', routeId: 'r9', title: 'ИОМ Рочевой', personId: 'p9', fullName: 'Рочева Анна Дмитриевна', startsOn: '2026-12-01' }];
    const { wrapper } = await mountWithApp(MyAgendaPage, { path: '/my', api: answer(agenda({ canApprove: true, approvals })) });
    await waitFor(() => expect(wrapper.find('[data-testid="home-approval"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="home-approval"]').text()).toContain('педагог: Рочева Анна Дмитриевна');
    expect(wrapper.get('[data-testid="home-approval"] a').attributes('href')).toBe('/routes/r9');
  });

  it('shows the internship applications waiting for the caller’s decision, linking to the cohort; no block when none wait', async () => {
    const internshipApplications = [
      { __typename: 'AgendaInternshipApplication', applicationId: 'a1', cohortId: 'c7', cohortTitle: 'Вторая группа', personId: 'p1', fullName: 'Филиппов Максим Игоревич', source: 'NOMINATION', submittedAt: '2026-11-28T09:00:00.000Z' },
    ];
    const { wrapper } = await mountWithApp(MyAgendaPage, { path: '/my', api: answer(agenda({ internshipApplications })) });
    await waitFor(() => expect(wrapper.find('[data-testid="home-internship-application"]').exists()).toBe(true));
    const item = wrapper.get('[data-testid="home-internship-application"]');
    expect(item.get('a').attributes('href')).toBe('/internships/cohorts/c7');
    expect(item.text()).toContain('Филиппов Максим Игоревич');
    expect(item.text()).toContain('Вторая группа · заявка от 28.11.2026 · по направлению школы');
    expect(wrapper.get('[data-testid="home-internshipApplications"]').text()).toContain('Заявки на стажировку');

    const none = await mountWithApp(MyAgendaPage, { path: '/my', api: answer(agenda()) });
    await waitFor(() => expect(none.wrapper.find('[data-testid="home-diagnostic"]').exists()).toBe(true));
    expect(none.wrapper.find('[data-testid="home-internshipApplications"]').exists()).toBe(false);
  });

  it('shows the points of orders waiting on the caller, overdue marked, linking to the order; no block when none wait', async () => {
    const documentTasks = [
      { __typename: 'AgendaDocumentTask', taskId: 't2', documentId: 'd9', documentTitle: 'О наставничестве молодых педагогов', documentNumber: '88', number: '2.', text: 'Сдать план самообразования', dueOn: '2026-01-15', state: 'OVERDUE' },
      { __typename: 'AgendaDocumentTask', taskId: 't1', documentId: 'd9', documentTitle: 'О наставничестве молодых педагогов', documentNumber: '88', number: '1.', text: 'Провести открытый урок', dueOn: null, state: 'PLANNED' },
    ];
    const { wrapper } = await mountWithApp(MyAgendaPage, { path: '/my', api: answer(agenda({ documentTasks })) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="home-document-task"]')).toHaveLength(2));
    const [overdue, planned] = wrapper.findAll('[data-testid="home-document-task"]');
    expect(overdue!.get('a').attributes('href')).toBe('/documents/d9');
    expect(overdue!.text()).toContain('2. Сдать план самообразования');
    expect(overdue!.text()).toContain('просрочен');
    expect(overdue!.text()).toContain('срок 15.01.2026 · приказ № 88: О наставничестве молодых педагогов');
    expect(planned!.text()).toContain('без срока');
    expect(planned!.text()).not.toContain('просрочен');

    const none = await mountWithApp(MyAgendaPage, { path: '/my', api: answer(agenda()) });
    await waitFor(() => expect(none.wrapper.find('[data-testid="home-diagnostic"]').exists()).toBe(true));
    expect(none.wrapper.find('[data-testid="home-documentTasks"]').exists()).toBe(false);
  });

  it('keeps the other blocks when one block fails, and offers a retry in the failed one', async () => {
    const errors = [{ message: 'Сбой', path: ['myAgenda', 'meetings'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
    const { wrapper } = await mountWithApp(MyAgendaPage, { path: '/my', api: answer(agenda({ meetings: null }), errors) });
    await waitFor(() => expect(wrapper.find('[data-testid="home-meetings"] [data-testid="home-block-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="home-meetings"] [data-testid="home-block-error"]').text()).toContain('Повторить');
    expect(wrapper.find('[data-testid="home-diagnostics"] [data-testid="home-block-error"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="home-route-step"]')).toHaveLength(2);
  });

  it('shows every block failed when the whole request fails', async () => {
    const { wrapper } = await mountWithApp(MyAgendaPage, { path: '/my', api: () => ({ data: null, errors: [{ message: 'Сбой', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="home-block-error"]')).toHaveLength(6));
  });
});

describe('HomeBlock', () => {
  it('shows loading, then its items or its empty text', async () => {
    const props = { title: 'Анкеты', testid: 'b', loading: true, error: false, empty: 'Пусто', count: 0 };
    const { wrapper } = await mountWithApp(HomeBlock, { path: '/my', props, slots: { default: '<li data-testid="x">Анкета</li>' } });
    expect(wrapper.find('[data-testid="home-block-loading"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="x"]').exists()).toBe(false);
    await wrapper.setProps({ loading: false });
    expect(wrapper.get('[data-testid="home-block-empty"]').text()).toBe('Пусто');
    await wrapper.setProps({ count: 1 });
    expect(wrapper.get('[data-testid="x"]').text()).toBe('Анкета');
    expect(wrapper.get('[data-testid="home-block-count"]').text()).toBe('1');
    expect(wrapper.get('h2').attributes('id')).toBe('b-title');
  });
});
