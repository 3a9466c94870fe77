import Select from 'primevue/select';
import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import AssignmentPlanPage from './AssignmentPlanPage.vue';
import MatchingPage from './MatchingPage.vue';
import SchoolPairsPage from './SchoolPairsPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];
const card = (id: string, fullName: string, organizationName: string | null = 'МОУ «СОШ №35»') => ({ __typename: 'PersonCard', id, fullName, organizationName });
const NET = 'школа-наставник сети «Воркута»';

const plan = (mentorOfE1: string | null = 'y', greedyScore = 36) => ({
  __typename: 'AssignmentPlan',
  id: 'plan1',
  programId: 'p1',
  status: 'DRAFT',
  totalScore: 41,
  greedyScore,
  menteeCount: 3,
  assignedCount: 2,
  canEdit: true,
  createdAt: '2026-11-20T10:00:00.000Z',
  publishedAt: null,
  program: { __typename: 'MentoringProgram', id: 'p1', name: 'Программа' },
  items: [
    { __typename: 'AssignmentPlanItem', id: 'i2', menteePersonId: 'e2', mentorPersonId: 'x', score: 23, reasons: ['закрывает дефициты: Мотивация', NET], isManual: false, mentee: card('e2', 'Борисова Анна', 'СОШ №12'), mentor: card('x', 'Иксова Анна') },
    { __typename: 'AssignmentPlanItem', id: 'i1', menteePersonId: 'e1', mentorPersonId: mentorOfE1, score: 18, reasons: [NET], isManual: false, mentee: card('e1', 'Алексеева Анна', 'СОШ №12'), mentor: card('y', 'Игрекова Анна') },
    { __typename: 'AssignmentPlanItem', id: 'i3', menteePersonId: 'e3', mentorPersonId: null, score: 0, reasons: ['нет подходящего наставника со свободными местами'], isManual: false, mentee: card('e3', 'Власова Анна', 'СОШ №12'), mentor: null },
  ],
  mentors: [
    { __typename: 'AssignmentPlanMentor', person: card('x', 'Иксова Анна'), capacity: 1, load: 0, inPlan: 1, freePlaces: 0 },
    { __typename: 'AssignmentPlanMentor', person: card('y', 'Игрекова Анна'), capacity: 2, load: 0, inPlan: 1, freePlaces: 1 },
  ],
});

function api(seen: Seen, greedyScore = 36): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'MatchingPrograms') return { data: { mentoringPrograms: { __typename: 'MentoringProgramConnection', nodes: [{ __typename: 'MentoringProgram', id: 'p1', name: 'Программа', model: 'TEACHER_TO_TEACHER' }] } } };
    if (operation === 'MatchingPeople') return { data: { people: { __typename: 'PersonConnection', nodes: [{ __typename: 'Person', id: 'e2', lastName: 'Борисова', firstName: 'Анна', middleName: null }] } } };
    if (operation === 'MatchingNetworks') return { data: { networks: { __typename: 'NetworkConnection', nodes: [{ __typename: 'Network', id: 'n1', name: 'Воркута' }] } } };
    if (operation === 'MentorSuggestions') {
      return {
        data: {
          mentorSuggestions: {
            __typename: 'MentorSuggestions',
            mentee: card('e2', 'Борисова Анна', 'СОШ №12'),
            deficits: ['Мотивация'],
            suggestions: [
              { __typename: 'MentorSuggestion', mentor: card('x', 'Иксова Анна'), score: 23, reasons: ['закрывает дефициты: Мотивация', 'тот же предмет: астрономия', NET, 'свободно мест: 1'], capacity: 1, load: 0, freePlaces: 1 },
              { __typename: 'MentorSuggestion', mentor: card('y', 'Игрекова Анна'), score: 8, reasons: [NET, 'свободно мест: 2'], capacity: 2, load: 0, freePlaces: 2 },
            ],
          },
        },
      };
    }
    if (operation === 'AssignmentPlans') return { data: { assignmentPlans: [{ __typename: 'AssignmentPlan', id: 'plan1', status: 'DRAFT', totalScore: 41, greedyScore: 36, createdAt: '2026-11-20T10:00:00.000Z', publishedAt: null }] } };
    if (operation === 'AssignmentPlan') return { data: { assignmentPlan: plan('y', greedyScore) } };
    if (operation === 'SetAssignmentPlanItem') {
      const p = plan(null);
      return { data: { setAssignmentPlanItem: { __typename: 'AssignmentPlan', id: 'plan1', totalScore: 23, items: p.items, mentors: p.mentors } } };
    }
    if (operation === 'SchoolPairSuggestions') {
      return {
        data: {
          schoolPairSuggestions: [
            { __typename: 'SchoolPairSuggestion', strongOrganizationId: 's', strongOrganizationName: 'СОШ №35', weakOrganizationId: 'w', weakOrganizationName: 'СОШ №12', score: 210, reasons: ['закрывает дефициты школы: Мотивация (дефицит у 60 % педагогов; у школы-наставника профицит у 50 % педагогов)'] },
          ],
        },
      };
    }
    return { data: null };
  };
}

describe('MatchingPage', () => {
  it('shows the ranked mentors of the mentee with score, reasons and places, asking with the preferences', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(MatchingPage, { path: '/matching?program=p1&mentee=e2&otherSchool=1', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="matching-suggestion"]')).toHaveLength(2));
    const rows = wrapper.findAll('[data-testid="matching-suggestion"]');
    expect(rows[0].get('[data-testid="matching-mentor"]').text()).toBe('Иксова Анна');
    expect(rows[0].get('[data-testid="matching-score"]').text()).toBe('23');
    // The bar of the score's share of the best has a name (axe: aria-progressbar-name).
    expect(rows[0].get('[data-testid="matching-score-bar"]').attributes('aria-label')).toBe('Баллы: 100 % от лучшего наставника');
    expect(rows[0].findAll('[data-testid="matching-reasons"] li').map((li) => li.text())).toEqual(['закрывает дефициты: Мотивация', 'тот же предмет: астрономия', NET, 'свободно мест: 1']);
    expect(rows[1].text()).toContain('свободно 2 из 2');
    expect(wrapper.findAll('[data-testid="matching-deficit"]').map((d) => d.text())).toEqual(['Мотивация']);
    expect(seen.find((s) => s.operation === 'MentorSuggestions')?.variables).toEqual({ menteePersonId: 'e2', programId: 'p1', preferences: { otherSchool: true, sameMunicipality: false } });
  });

  it('asks to choose a mentee first and sends nothing until then', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(MatchingPage, { path: '/matching', api: api(seen) });
    expect(wrapper.find('[data-testid="matching-choose"]').exists()).toBe(true);
    expect(seen.some((s) => s.operation === 'MentorSuggestions')).toBe(false);
  });
});

describe('AssignmentPlanPage', () => {
  it('shows the draft with totals against greedy, and changes a mentor through the select', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(AssignmentPlanPage, { path: '/matching/plan?program=p1', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-row"]')).toHaveLength(3));
    expect(wrapper.get('[data-testid="plan-total"]').text()).toBe('41');
    expect(wrapper.get('[data-testid="plan-greedy"]').text()).toBe('Простой подбор (сначала самые подходящие пары) дал бы сумму 36; оптимальное распределение лучше на 13,9 %');
    expect(wrapper.get('[data-testid="plan"]').text()).not.toMatch(/жадн|выигрыш/);
    expect(wrapper.get('[data-testid="plan-assigned"]').text()).toBe('Распределено: 2 из 3');
    expect(wrapper.find('[data-testid="plan-create"]').exists()).toBe(false); // a draft exists
    const select = wrapper.findAllComponents(Select).filter((s) => s.attributes('data-testid') === 'plan-mentor-select')[1];
    // Each row's select is named by its mentee (axe: aria-input-field-name).
    expect(select.props('ariaLabel')).toMatch(/^Наставник для: \S/);
    const options = select.props('options') as { value: string | null; label: string; disabled: boolean }[];
    expect(options.map((o) => [o.value, o.disabled])).toEqual([
      [null, false],
      ['x', true],
      ['y', false],
    ]);
    select.vm.$emit('update:modelValue', null);
    await waitFor(() => expect(seen.some((s) => s.operation === 'SetAssignmentPlanItem')).toBe(true));
    expect(seen.find((s) => s.operation === 'SetAssignmentPlanItem')?.variables).toEqual({ itemId: 'i1', mentorPersonId: null });
  });
});

const planJob = (state: string, progress: number, programId = 'p1') => ({
  __typename: 'Job',
  id: 'job1',
  kind: 'matching.assignment-plan',
  title: 'Распределение наставляемых: «Программа»',
  state,
  progress,
  error: null,
  fileName: null,
  fileSize: null,
  downloadUrl: null,
  params: JSON.stringify({ programId, menteePersonIds: null, preferences: null }),
  createdAt: '2026-12-04T05:00:00.000Z',
  finishedAt: state === 'DONE' ? '2026-12-04T05:00:05.000Z' : null,
});

describe('AssignmentPlanPage while the plan is computed', () => {
  it('starts the computation as a job and shows its progress until the new draft appears', async () => {
    const seen: Seen = [];
    let polls = 0;
    let done = false;
    const base = api(seen);
    const { wrapper } = await mountWithApp(AssignmentPlanPage, {
      path: '/matching/plan?program=p1',
      api: (operation, variables) => {
        if (operation === 'AssignmentPlanJobs') return (seen.push({ operation, variables }), { data: { myJobs: [] } });
        if (operation === 'AssignmentPlans' && !done) return (seen.push({ operation, variables }), { data: { assignmentPlans: [] } });
        if (operation === 'StartAssignmentPlan') return (seen.push({ operation, variables }), { data: { startAssignmentPlan: planJob('QUEUED', 0) } });
        if (operation === 'Job') {
          seen.push({ operation, variables });
          polls++;
          // The second poll answers «done»: the page reloads the plans and shows the draft.
          if (polls >= 2) done = true;
          return { data: { job: polls >= 2 ? planJob('DONE', 100) : planJob('RUNNING', 40) } };
        }
        return base(operation, variables);
      },
    });
    await waitFor(() => expect(wrapper.find('[data-testid="plan-create"]').exists()).toBe(true));
    await wrapper.get('[data-testid="plan-create"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="plan-job-bar"]').exists()).toBe(true));
    expect(seen.find((s) => s.operation === 'StartAssignmentPlan')?.variables).toEqual({ programId: 'p1', input: { preferences: { otherSchool: false, sameMunicipality: false } } });
    expect(wrapper.find('[data-testid="plan-create"]').exists()).toBe(false); // no second computation meanwhile
    expect(wrapper.text()).toContain('Распределение рассчитывается');
    await waitFor(() => expect(wrapper.findAll('[data-testid="plan-row"]')).toHaveLength(3));
    expect(wrapper.find('[data-testid="plan-job"]').exists()).toBe(false);
  });

  it('finds the computation of this programme again after a page reload and shows its progress', async () => {
    const seen: Seen = [];
    const base = api(seen);
    const { wrapper } = await mountWithApp(AssignmentPlanPage, {
      path: '/matching/plan?program=p1',
      api: (operation, variables) => {
        if (operation === 'AssignmentPlanJobs') return (seen.push({ operation, variables }), { data: { myJobs: [planJob('RUNNING', 55, 'other'), planJob('RUNNING', 40)] } });
        if (operation === 'AssignmentPlans') return { data: { assignmentPlans: [] } };
        if (operation === 'Job') return { data: { job: planJob('RUNNING', 40) } };
        return base(operation, variables);
      },
    });
    await waitFor(() => expect(wrapper.find('[data-testid="plan-job-bar"]').exists()).toBe(true));
    expect(seen.find((s) => s.operation === 'AssignmentPlanJobs')?.variables).toEqual({ kinds: ['matching.assignment-plan'], first: 20 });
    expect(wrapper.get('[data-testid="plan-job"]').attributes('data-state')).toBe('RUNNING');
    expect(wrapper.find('[data-testid="plan-create"]').exists()).toBe(false);
  });
});

describe('AssignmentPlanPage re-plan', () => {
  it('«Перепланировать» re-plans the draft and says how many pairs stayed', async () => {
    const seen: Seen = [];
    const base = api(seen);
    const { wrapper } = await mountWithApp(AssignmentPlanPage, {
      path: '/matching/plan?program=p1',
      api: (operation, variables) => {
        if (operation === 'ReplanAssignmentPlan') {
          seen.push({ operation, variables });
          return { data: { replanAssignmentPlan: { __typename: 'AssignmentReplan', kept: 1, moved: 1, added: 0, dropped: 0, plan: { __typename: 'AssignmentPlan', id: 'plan1', status: 'DRAFT', totalScore: 41, greedyScore: 36 } } } };
        }
        return base(operation, variables);
      },
    });
    await waitFor(() => expect(wrapper.find('[data-testid="plan-replan"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="plan-replan"]').text()).toBe('Перепланировать');
    // The hint states the rule: a pair that still fits stays; only the mentees whose pair broke are assigned again.
    expect(wrapper.get('[data-testid="plan-replan"]').attributes('title')).toMatch(/^Пересчитать проект .*Пара остаётся без изменений, пока она по-прежнему подходит и у наставника есть место.*заново распределяются только наставляемые, чья пара распалась/);
    await wrapper.get('[data-testid="plan-replan"]').trigger('click');
    await waitFor(() => expect(seen.some((s) => s.operation === 'ReplanAssignmentPlan')).toBe(true));
    expect(seen.find((s) => s.operation === 'ReplanAssignmentPlan')?.variables).toEqual({ id: 'plan1' });
    await waitFor(() => expect(wrapper.find('[data-testid="plan-replan-result"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="plan-replan-result"]').text()).toBe('Проект пересчитан: сохранено пар 1, изменено 1, новых 0, без наставника 0');
  });
});

describe('AssignmentPlanPage without a gain', () => {
  it('says plainly that the optimal plan gives the same as the simple one, not «0 %»', async () => {
    const { wrapper } = await mountWithApp(AssignmentPlanPage, { path: '/matching/plan?program=p1', api: api([], 41) });
    await waitFor(() => expect(wrapper.find('[data-testid="plan-greedy"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="plan-greedy"]').text()).toBe('Простой подбор (сначала самые подходящие пары) дал бы сумму 41; оптимальное распределение даёт столько же');
    expect(wrapper.get('[data-testid="plan"]').text()).not.toContain('0 %');
  });
});

describe('SchoolPairsPage', () => {
  it('lists the suggested school pairs of the network with their reasons', async () => {
    const { wrapper } = await mountWithApp(SchoolPairsPage, { path: '/matching/schools?network=n1', api: api([]) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="schools-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="schools-row"]');
    expect(row.text()).toContain('СОШ №35');
    expect(row.text()).toContain('СОШ №12');
    expect(row.text()).toContain('210');
    expect(row.text()).toContain('дефицит у 60 % педагогов');
  });
});
