import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { badInput, filippov, program, session, zhdanova } from '@/test/mentoring-fixtures';
import MentorshipPage from './MentorshipPage.vue';
import { waitFor } from '../../test/wait';

// Unmounting stops the pickers' debounced searches before the test environment goes away.
enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];

const mentorship = (o: { status?: string; canManage?: boolean; canLog?: boolean } = {}) => ({
  __typename: 'Mentorship',
  id: 'ms1',
  form: 'TRADITIONAL',
  goals: 'ИОМ по итогам оценки базовых компетенций',
  startsOn: '2026-09-01',
  endsOn: '2027-05-31',
  status: o.status ?? 'ACTIVE',
  stopReason: null,
  outcome: '',
  shape: 'PAIR',
  canManage: o.canManage ?? true,
  canLog: o.canLog ?? true,
  program: { __typename: 'MentoringProgram', id: 'pr1', name: program().name, model: 'TEACHER_TO_TEACHER', archivedAt: null },
  mentors: [zhdanova],
  mentees: [filippov],
  mentorOrganization: null,
  menteeOrganization: null,
  sessions: [session('s1', '2026-09-14', { on: '2026-09-14', minutes: 60, notes: 'Приоритеты ИОМ' }), session('s2', '2026-11-11')],
});

function api(o: Parameters<typeof mentorship>[0] = {}, seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Mentorship') return { data: { mentorship: mentorship(o) } };
    if (operation === 'SetMentorshipStatus') return badInput('reason', 'Укажите причину прекращения');
    if (operation === 'UpdateMentorship') return { data: { updateMentorship: { __typename: 'Mentorship', id: 'ms1', goals: '', endsOn: null, outcome: '' } } };
    if (operation === 'PlanMentorshipSession') return { data: { planMentorshipSession: { __typename: 'Mentorship', id: 'ms1' } } };
    if (operation === 'RecordMentorshipSession') return { data: { recordMentorshipSession: { __typename: 'Mentorship', id: 'ms1' } } };
    return { data: null };
  };
}

const mountPage = (fake: FakeApi) => mountWithApp(MentorshipPage, { path: '/mentorships/ms1', props: { id: 'ms1' }, api: fake, global: { stubs: { teleport: true } } });

describe('MentorshipPage', () => {
  // Dates of meetings are judged against today: pin it (only Date, so timers and promises run as usual).
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 12));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the participants, the plan of meetings and the legal moves of the status', async () => {
    const { wrapper } = await mountPage(api());
    await waitFor(() => expect(wrapper.findAll('[data-testid="session-row"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="mentorship-title"]').text()).toBe('Наставническая пара');
    expect(wrapper.get('[data-testid="mentorship-status"]').text()).toBe('Идёт');
    expect(wrapper.get('[data-testid="mentorship-mentor"]').text()).toContain('Жданова Тамара Михайловна');
    expect(wrapper.get('[data-testid="mentorship-mentee"]').text()).toContain('Филиппов Максим Игоревич');
    expect(wrapper.findAll('[data-testid^="mentorship-transition-"]').map((b) => [b.attributes('data-testid'), b.text()])).toEqual([
      ['mentorship-transition-COMPLETED', 'Завершить'],
      ['mentorship-transition-STOPPED', 'Прекратить'],
    ]);
    const [held, planned] = wrapper.findAll('[data-testid="session-row"]');
    expect(held?.get('[data-testid="session-held"]').text()).toBe('14.09.2026, 60 мин');
    expect(held?.get('[data-testid="session-notes"]').text()).toBe('Приоритеты ИОМ');
    expect(planned?.find('[data-testid="session-record"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="session-plan-form"]').exists()).toBe(true);
  });

  it('asks for a reason before stopping; the API’s refusal shows under it', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api({}, seen));
    await waitFor(() => expect(wrapper.find('[data-testid="mentorship-transition-STOPPED"]').exists()).toBe(true));
    await wrapper.get('[data-testid="mentorship-transition-STOPPED"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="mentorship-stop-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="mentorship-stop-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-reason"]').exists()).toBe(true));
    expect(seen.some((s) => s.operation === 'SetMentorshipStatus')).toBe(false);
    await wrapper.get('[data-testid="field-reason"]').setValue('  Наставляемый уволился ');
    await wrapper.get('[data-testid="mentorship-stop-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'SetMentorshipStatus')).toBe(true));
    expect(seen.find((s) => s.operation === 'SetMentorshipStatus')?.variables).toEqual({ id: 'ms1', input: { status: 'STOPPED', reason: 'Наставляемый уволился' } });
    await waitFor(() => expect(wrapper.get('[data-testid="error-reason"]').text()).toBe('Укажите причину прекращения'));
  });

  it('plans a meeting and records a planned one as held', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api({}, seen));
    await waitFor(() => expect(wrapper.find('[data-testid="session-plan-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="field-plannedOn"]').setValue('2026-12-16');
    await wrapper.get('[data-testid="field-topic"]').setValue(' Пробный ОГЭ ');
    await wrapper.get('[data-testid="session-plan-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'PlanMentorshipSession')).toBe(true));
    expect(seen.find((s) => s.operation === 'PlanMentorshipSession')?.variables).toEqual({
      mentorshipId: 'ms1',
      input: { plannedOn: '2026-12-16', format: 'IN_PERSON', topic: 'Пробный ОГЭ' },
    });

    await wrapper.get('[data-testid="session-record"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="session-record-form"]').exists()).toBe(true));
    expect((wrapper.get('[data-testid="field-heldOn"]').element as HTMLInputElement).value).toBe('2026-11-11');
    await wrapper.get('[data-testid="field-notes"]').setValue('Разобраны типичные ошибки');
    await wrapper.get('[data-testid="session-record-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'RecordMentorshipSession')).toBe(true));
    expect(seen.find((s) => s.operation === 'RecordMentorshipSession')?.variables).toEqual({
      sessionId: 's2',
      input: { heldOn: '2026-11-11', durationMinutes: 45, notes: 'Разобраны типичные ошибки' },
    });
  });

  it('lets a manager change the goals, the end and the outcome in place', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api({}, seen));
    await waitFor(() => expect(wrapper.find('[data-testid="mentorship-edit"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="mentorship-outcome"]').text()).toBe('—');
    await wrapper.get('[data-testid="mentorship-edit"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="mentorship-details-form"]').exists()).toBe(true));
    expect((wrapper.get('[data-testid="field-endsOn"]').element as HTMLInputElement).value).toBe('2027-05-31');
    await wrapper.get('[data-testid="field-outcome"]').setValue(' ИОМ выполнен ');
    await wrapper.get('[data-testid="mentorship-details-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'UpdateMentorship')).toBe(true));
    expect(seen.find((s) => s.operation === 'UpdateMentorship')?.variables).toEqual({
      id: 'ms1',
      input: { goals: 'ИОМ по итогам оценки базовых компетенций', endsOn: '2027-05-31', outcome: 'ИОМ выполнен' },
    });
    await waitFor(() => expect(wrapper.find('[data-testid="mentorship-details-form"]').exists()).toBe(false));
  });

  it('shows a closed mentorship read-only, and no moves to who does not manage it', async () => {
    const { wrapper } = await mountPage(api({ status: 'COMPLETED' }));
    await waitFor(() => expect(wrapper.findAll('[data-testid="session-row"]')).toHaveLength(2));
    expect(wrapper.find('[data-testid="mentorship-transitions"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="session-record"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="session-plan-form"]').exists()).toBe(false);

    const mentor = await mountPage(api({ canManage: false }));
    await waitFor(() => expect(mentor.wrapper.findAll('[data-testid="session-row"]')).toHaveLength(2));
    expect(mentor.wrapper.find('[data-testid="mentorship-transitions"]').exists()).toBe(false);
    expect(mentor.wrapper.find('[data-testid="mentorship-edit"]').exists()).toBe(false);
    expect(mentor.wrapper.find('[data-testid="session-plan-form"]').exists()).toBe(true);
  });
});
