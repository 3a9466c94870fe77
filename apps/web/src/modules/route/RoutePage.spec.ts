import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { rememberListQuery } from '@/common/list/list-query';
import RoutePage from './RoutePage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

// jsdom has no canvas: the chart is a stub that keeps what it was given.
const charts = vi.hoisted(() => ({ last: null as unknown }));
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup(props) {
      return () => {
        charts.last = props.option;
        return h('div', { 'data-testid': 'chart-stub' });
      };
    },
  }),
}));

type Seen = { operation: string; variables: Record<string, unknown> }[];
type Flags = Partial<Record<'isOwner' | 'canEdit' | 'canSubmit' | 'canApprove' | 'canStart' | 'canComplete' | 'canMark' | 'canJournal', boolean>>;

const step = (id: string, title: string, status = 'PLANNED') => ({
  __typename: 'RouteStep',
  id,
  position: 0,
  kind: 'SELF_EDUCATION',
  title,
  description: '',
  competenceIds: ['c1'],
  startsOn: null,
  endsOn: null,
  status,
  mentorPersonId: null,
  mentor: null,
  mentorshipId: null as string | null,
  mentorship: null as { __typename: 'RouteMentorship'; id: string; programName: string; mentorNames: string } | null,
  evidenceUrl: status === 'DONE' ? 'https://example.org/lesson' : null,
  evidenceFileName: null,
  evidenceFileSize: null,
  reflection: '',
  completedOn: status === 'DONE' ? '2026-11-20' : null,
  evidenceSource: null as string | null,
  eventOccurrenceDate: null as string | null,
  event: null as { __typename: 'RouteStepEvent'; id: string; title: string; startsOn: string; endsOn: string } | null,
  internshipModule: null as {
    __typename: 'RouteStepModule';
    id: string;
    title: string;
    hours: number;
    programId: string;
    programTitle: string;
    siteTitle: string;
    cohortId: string | null;
  } | null,
});

const route = (status: string, flags: Flags = {}) => ({
  __typename: 'LearningRoute',
  id: 'r1',
  personId: 'p1' as string | null,
  associationId: null as string | null,
  title: 'ИОМ Филиппова',
  goal: 'Закрыть дефициты',
  startsOn: '2026-09-01',
  endsOn: '2027-05-31',
  status,
  campaignId: 'k1',
  returnComment: status === 'RETURNED' ? 'Добавьте открытый урок' : null,
  approvedAt: null,
  completedAt: null,
  sharedInNetwork: false,
  archivedAt: null,
  progress: 50,
  isOwner: false,
  canEdit: false,
  canSubmit: false,
  canApprove: false,
  canStart: false,
  canComplete: false,
  canMark: false,
  canJournal: false,
  ...flags,
  person: { __typename: 'PersonCard', id: 'p1', fullName: 'Филиппов Максим Игоревич', organizationName: 'СОШ №12' } as { __typename: 'PersonCard'; id: string; fullName: string; organizationName: string } | null,
  association: null as { __typename: 'RouteAssociation'; id: string; name: string } | null,
  competences: [{ __typename: 'RouteCompetence', competenceId: 'c1', code: 'SH2.1', name: 'Задача урока', baselineScore: 30 }],
  steps: [step('s1', 'Самообразование', 'DONE'), step('s2', 'Открытый урок')],
  journal: [{ __typename: 'RouteJournalEntry', id: 'j1', occurredOn: '2026-09-01', kind: 'STATUS', text: 'Маршрут создан: «Черновик»', authorName: 'Филиппов Максим Игоревич' }],
  effectiveness: [
    {
      __typename: 'RouteEffectivenessItem',
      competenceId: 'c1',
      code: 'SH2.1',
      name: 'Задача урока',
      beforeScore: 30,
      beforeLevel: 'DEFICIT',
      afterScore: 72.5,
      afterLevel: 'NORM',
      afterMeasuredOn: '2026-11-01',
      afterCampaignName: 'Повторная',
      delta: 42.5,
      deficitClosed: true,
    },
  ],
});

function api(r: ReturnType<typeof route>, seen: Seen = []): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'Route') return { data: { learningRoute: r } };
    if (operation === 'RouteMentorshipOptions') {
      return { data: { routeMentorshipOptions: [{ __typename: 'RouteMentorship', id: 'ms1', status: 'ACTIVE', startsOn: '2026-09-01', programName: 'Наставничество 2026', mentorNames: 'Жданова Елена' }] } };
    }
    if (operation === 'UpdateRouteStep') return { data: { updateRouteStep: { __typename: 'LearningRoute', id: 'r1' } } };
    if (operation === 'ReturnRoute') return { data: { returnLearningRoute: { __typename: 'LearningRoute', id: 'r1', status: 'RETURNED', returnComment: variables['comment'] } } };
    if (operation === 'SubmitRoute') return { data: { submitLearningRoute: { __typename: 'LearningRoute', id: 'r1', status: 'ON_APPROVAL' } } };
    return { data: null };
  };
}

const mountPage = (fake: FakeApi) => mountWithApp(RoutePage, { path: '/routes/r1', props: { id: 'r1' }, api: fake, global: { stubs: { teleport: true } } });
const actions = (w: Awaited<ReturnType<typeof mountPage>>['wrapper']) => w.findAll('[data-testid^="route-action-"]').map((b) => b.text());

const catalogueSite = {
  __typename: 'StagingSite',
  id: 'site1',
  theme: 'Цифровая школа',
  host: { __typename: 'StagingSiteHost', id: 'o1', name: 'Муниципальное бюджетное общеобразовательное учреждение СОШ № 1', shortName: 'МБОУ СОШ № 1' },
  programs: [
    { __typename: 'InternshipProgram', id: 'pr1', title: 'Молодой педагог', modules: [{ __typename: 'InternshipModule', id: 'm1', title: 'Урок в цифровой среде', hours: 8 }] },
    { __typename: 'InternshipProgram', id: 'pr2', title: 'Пустая программа', modules: [] },
  ],
};
const cohort = { __typename: 'InternshipCohort', id: 'k1', title: 'Группа 1', startsOn: '2026-10-01', endsOn: '2026-11-30', capacity: 10, seated: 2, waitlisted: 0 };
const select = (w: Awaited<ReturnType<typeof mountPage>>['wrapper'], testId: string) => w.findAllComponents({ name: 'Select' }).find((s) => s.attributes('data-testid') === testId)!;

describe('RoutePage', () => {
  it('shows the owner’s draft with its steps, progress, journal and effectiveness; the owner submits', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api(route('DRAFT', { isOwner: true, canEdit: true, canSubmit: true, canJournal: true }), seen));
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-step-row"]')).toHaveLength(2));
    expect(wrapper.get('[data-testid="route-title"]').text()).toBe('ИОМ Филиппова');
    expect(wrapper.get('[data-testid="route-status"]').text()).toBe('Черновик');
    expect(wrapper.get('[data-testid="route-progress"]').text()).toBe('50 %');
    expect(actions(wrapper)).toEqual(['На согласование']);
    expect(wrapper.find('[data-testid="route-step-add"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="route-edit"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="route-step-mark"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="route-share"]').exists()).toBe(true);
    // The effectiveness and the journal are drawn in tasks of their own after the steps.
    await waitFor(() => expect(wrapper.findAll('[data-testid="journal-entry"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="effect-after"]').text()).toBe('72,5');
    // The chart is a chunk of its own, loaded once its box is near the screen (at once in jsdom).
    await waitFor(() => expect((charts.last as { series: { data: unknown[] }[] } | null)?.series.map((s) => s.data)).toEqual([[30], [72.5]]));
    await wrapper.get('[data-testid="route-action-submit"]').trigger('click');
    await waitFor(() => expect(seen.some((s) => s.operation === 'SubmitRoute' && s.variables['id'] === 'r1')).toBe(true));
  });

  it('leads back to the route list as it was left (search, order, page)', async () => {
    rememberListQuery('routes', { q: 'Филиппов', sort: 'progress', dir: 'desc', page: '2' });
    const { wrapper } = await mountPage(api(route('DRAFT', { isOwner: true }), []));
    await waitFor(() => expect(wrapper.find('[data-testid="route-back"]').exists()).toBe(true));
    const href = new URL(wrapper.get('[data-testid="route-back"]').attributes('href')!, 'http://x');
    expect(href.pathname).toBe('/routes');
    expect(Object.fromEntries(href.searchParams)).toEqual({ q: 'Филиппов', sort: 'progress', dir: 'desc', page: '2' });
  });

  it('offers the approver approve and return; returning asks for comments', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountPage(api(route('ON_APPROVAL', { canApprove: true }), seen));
    await waitFor(() => expect(actions(wrapper)).toEqual(['Утвердить', 'Вернуть на доработку']));
    expect(wrapper.find('[data-testid="route-step-add"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="route-edit"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="route-share"]').exists()).toBe(false);
    await wrapper.get('[data-testid="route-action-return"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="return-comment"]').exists()).toBe(true));
    await wrapper.get('[data-testid="route-return-dialog"] form').trigger('submit');
    await waitFor(() => expect(wrapper.get('[data-testid="error-comment"]').text()).toBe('Укажите, что нужно доработать'));
    expect(seen.some((s) => s.operation === 'ReturnRoute')).toBe(false);
    await wrapper.get('[data-testid="return-comment"]').setValue('Добавьте открытый урок');
    await wrapper.get('[data-testid="route-return-dialog"] form').trigger('submit');
    await waitFor(() => expect(seen.find((s) => s.operation === 'ReturnRoute')?.variables).toEqual({ id: 'r1', comment: 'Добавьте открытый урок' }));
  });

  it('lets the teacher mark steps of a route in progress and shows the comments of a returned one', async () => {
    const { wrapper } = await mountPage(api(route('IN_PROGRESS', { isOwner: true, canMark: true, canJournal: true })));
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-step-mark"]')).toHaveLength(2));
    expect(actions(wrapper)).toEqual([]);
    expect(wrapper.get('[data-testid="route-step-evidence"]').text()).toBe('https://example.org/lesson');
    const returned = await mountPage(api(route('RETURNED', { canEdit: true })));
    await waitFor(() => expect(returned.wrapper.get('[data-testid="route-return-comment"]').text()).toContain('Добавьте открытый урок'));
  });

  it('shows the mentorship of a MENTORING step and keeps it when the step is saved', async () => {
    const seen: Seen = [];
    const r = route('DRAFT', { isOwner: true, canEdit: true, canSubmit: true });
    r.steps = [
      {
        ...step('s1', 'Наставничество'),
        kind: 'MENTORING',
        mentorshipId: 'ms1',
        mentorship: { __typename: 'RouteMentorship', id: 'ms1', programName: 'Наставничество 2026', mentorNames: 'Жданова Елена' },
      },
    ];
    const { wrapper } = await mountPage(api(r, seen));
    await waitFor(() => expect(wrapper.get('[data-testid="route-step-mentorship"]').text()).toBe('Наставничество: Жданова Елена · Наставничество 2026'));
    await wrapper.get('[data-testid="route-step-edit"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="step-mentorship"]').exists()).toBe(true));
    await waitFor(() => expect(seen.some((x) => x.operation === 'RouteMentorshipOptions' && x.variables['routeId'] === 'r1')).toBe(true));
    await wrapper.get('[data-testid="route-step-dialog"] form').trigger('submit');
    await waitFor(() => expect(seen.find((x) => x.operation === 'UpdateRouteStep')?.variables).toMatchObject({ stepId: 's1', input: { kind: 'MENTORING', mentorshipId: 'ms1', mentorPersonId: null } }));
  });

  it('shows the linked event and the evidence from attendance, and keeps the event when the step is saved', async () => {
    const seen: Seen = [];
    const r = route('DRAFT', { isOwner: true, canEdit: true, canSubmit: true });
    r.steps = [
      {
        ...step('s1', 'Телемост', 'DONE'),
        kind: 'EVENT',
        completedOn: '2026-10-01',
        evidenceUrl: '/events/e1',
        evidenceSource: 'ATTENDANCE',
        event: { __typename: 'RouteStepEvent', id: 'e1', title: 'Телемост ко Дню учителя', startsOn: '2026-10-01', endsOn: '2026-10-31' },
      },
    ];
    const { wrapper } = await mountPage(api(r, seen));
    await waitFor(() => expect(wrapper.get('[data-testid="route-step-event"]').text()).toBe('Мероприятие: Телемост ко Дню учителя · 01.10.2026'));
    expect(wrapper.get('[data-testid="route-step-event"] a').attributes('href')).toBe('/events/e1');
    expect(wrapper.get('[data-testid="route-step-evidence-auto"]').text()).toBe('Посещено 01.10.2026');
    expect(wrapper.get('[data-testid="route-step-evidence-auto"]').attributes('href')).toBe('/events/e1');
    await wrapper.get('[data-testid="route-step-edit"]').trigger('click');
    await waitFor(() => expect(seen.some((x) => x.operation === 'RouteEventOptions' && x.variables['from'] === '2026-09-01')).toBe(true));
    await wrapper.get('[data-testid="route-step-dialog"] form').trigger('submit');
    await waitFor(() => expect(seen.find((x) => x.operation === 'UpdateRouteStep')?.variables).toMatchObject({ stepId: 's1', input: { kind: 'EVENT', eventId: 'e1' } }));
  });

  it('links an INTERNSHIP_MODULE step to a module of the staging catalogue and, optionally, a cohort of its programme', async () => {
    const seen: Seen = [];
    const r = route('DRAFT', { isOwner: true, canEdit: true, canSubmit: true });
    const base = api(r);
    const { wrapper } = await mountPage((operation, variables) => {
      seen.push({ operation, variables });
      if (operation === 'RouteModuleOptions') return { data: { stagingSites: { __typename: 'StagingSiteConnection', nodes: [catalogueSite] } } };
      if (operation === 'ProgramCohorts') return { data: { internshipCohorts: [cohort] } };
      if (operation === 'AddRouteStep') return { data: { addRouteStep: { __typename: 'LearningRoute', id: 'r1' } } };
      return base(operation, variables);
    });
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-step-row"]')).toHaveLength(2));
    await wrapper.get('[data-testid="route-step-add"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="step-kind"]').exists()).toBe(true));
    select(wrapper, 'step-kind').vm.$emit('update:modelValue', 'INTERNSHIP_MODULE');
    await waitFor(() => expect(select(wrapper, 'step-module').props('options')).toHaveLength(1));
    expect(select(wrapper, 'step-module').props('options')).toEqual([
      { label: 'Молодой педагог · МБОУ СОШ № 1', items: [{ value: 'm1', label: 'Урок в цифровой среде (8 ч)', programId: 'pr1', place: 'Молодой педагог · МБОУ СОШ № 1 Цифровая школа' }] },
    ]);
    expect(wrapper.find('[data-testid="step-cohort"]').exists()).toBe(false);
    select(wrapper, 'step-module').vm.$emit('update:modelValue', 'm1');
    await waitFor(() => expect(seen.some((x) => x.operation === 'ProgramCohorts' && x.variables['programId'] === 'pr1')).toBe(true));
    await waitFor(() => expect(select(wrapper, 'step-cohort').props('options')).toEqual([{ value: 'k1', label: 'Группа 1 · 01.10.2026 – 30.11.2026' }]));
    select(wrapper, 'step-cohort').vm.$emit('update:modelValue', 'k1');
    await wrapper.get('[data-testid="step-title"]').setValue('Модуль: цифровая среда');
    await wrapper.get('[data-testid="route-step-dialog"] form').trigger('submit');
    await waitFor(() =>
      expect(seen.find((x) => x.operation === 'AddRouteStep')?.variables).toMatchObject({
        routeId: 'r1',
        input: { kind: 'INTERNSHIP_MODULE', title: 'Модуль: цифровая среда', internshipModuleId: 'm1', internshipCohortId: 'k1', eventId: null },
      }),
    );
  });

  it('keeps the module and cohort of a step when it is saved; another module forgets the cohort; API errors land under the field', async () => {
    const seen: Seen = [];
    const r = route('DRAFT', { isOwner: true, canEdit: true, canSubmit: true });
    r.steps = [
      {
        ...step('s1', 'Модуль'),
        kind: 'INTERNSHIP_MODULE',
        internshipModule: { __typename: 'RouteStepModule', id: 'm0', title: 'Старый модуль', hours: 4, programId: 'pr0', programTitle: 'Программа', siteTitle: 'Площадка', cohortId: 'k0' },
      },
    ];
    let refuse = true;
    const base = api(r);
    const { wrapper } = await mountPage((operation, variables) => {
      seen.push({ operation, variables });
      if (operation === 'RouteModuleOptions') return { data: { stagingSites: { __typename: 'StagingSiteConnection', nodes: [catalogueSite] } } };
      if (operation === 'ProgramCohorts') return { data: { internshipCohorts: [] } };
      if (operation === 'UpdateRouteStep' && refuse) {
        return { data: null, errors: [{ message: 'Проверьте заполнение полей', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'internshipModuleId', message: 'Не найдено или вне вашей зоны ответственности' }] } }] };
      }
      return base(operation, variables);
    });
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-step-row"]')).toHaveLength(1));
    await wrapper.get('[data-testid="route-step-edit"]').trigger('click');
    await waitFor(() => expect(select(wrapper, 'step-module').props('modelValue')).toBe('m0'));
    await waitFor(() => expect(seen.some((x) => x.operation === 'ProgramCohorts' && x.variables['programId'] === 'pr0')).toBe(true));
    await wrapper.get('[data-testid="route-step-dialog"] form').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-internshipModuleId"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-internshipModuleId"]').text()).toBe('Не найдено или вне вашей зоны ответственности');
    expect(seen.find((x) => x.operation === 'UpdateRouteStep')?.variables).toMatchObject({ stepId: 's1', input: { kind: 'INTERNSHIP_MODULE', internshipModuleId: 'm0', internshipCohortId: 'k0' } });

    refuse = false;
    select(wrapper, 'step-module').vm.$emit('update:modelValue', 'm1');
    await wrapper.get('[data-testid="route-step-dialog"] form').trigger('submit');
    await waitFor(() =>
      expect(seen.filter((x) => x.operation === 'UpdateRouteStep').at(-1)?.variables).toMatchObject({ input: { internshipModuleId: 'm1', internshipCohortId: null } }),
    );
  });

  it('names the group of a group route where the person would be', async () => {
    const r = { ...route('APPROVED'), personId: null, associationId: 'a1', person: null, association: { __typename: 'RouteAssociation' as const, id: 'a1', name: 'ШМО математики' } };
    const { wrapper } = await mountPage(api(r));
    await waitFor(() => expect(wrapper.get('[data-testid="route-group"]').text()).toBe('ШМО математики'));
    expect(wrapper.find('[data-testid="route-owner"]').exists()).toBe(false);
  });
});
