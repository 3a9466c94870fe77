import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import CohortPage from './CohortPage.vue';

type Seen = { operation: string; variables: Record<string, unknown> }[];

const cohort = (canManage: boolean) => ({
  __typename: 'InternshipCohort',
  id: 'k1',
  programId: 'p1',
  title: 'Молодые педагоги, 2026/27 учебный год',
  startsOn: '2026-10-01',
  endsOn: '2027-04-30',
  capacity: 2,
  seated: 0,
  waitlisted: 0,
  completionRule: 'Посещено не меньше 80% занятий',
  illustrative: true,
  canManage,
  sessions: [],
  myApplication: null,
  applications: [],
});

function api(canManage: boolean, seen: Seen): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'InternshipCohort') return { data: { internshipCohort: cohort(canManage) } };
    if (operation === 'CohortProgramModules') return { data: { internshipProgram: { __typename: 'InternshipProgram', id: 'p1', modules: [] } } };
    if (operation === 'AddInternshipSession') return { data: { addInternshipSession: { __typename: 'InternshipSession', id: 's9', cohortId: 'k1' } } };
    return { data: null };
  };
}

describe('CohortPage: «Добавить занятие»', () => {
  it('is not offered to those who do not run the cohort', async () => {
    const { wrapper } = await mountWithApp(CohortPage, { path: '/internships/cohorts/k1', props: { id: 'k1' }, api: api(false, []) });
    await waitFor(() => expect(wrapper.find('[data-testid="cohort-title"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="cohort-session-add"]').exists()).toBe(false);
  });

  it('opens the session dialog for those who run it, and reloads the cohort after a session is added', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(CohortPage, { path: '/internships/cohorts/k1', props: { id: 'k1' }, api: api(true, seen), global: { stubs: { teleport: true } } });
    await waitFor(() => expect(wrapper.find('[data-testid="cohort-session-add"]').exists()).toBe(true));
    await wrapper.get('[data-testid="cohort-session-add"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="session-form"]').exists()).toBe(true));
    await wrapper.get('[data-testid="field-session-topic"]').setValue('Проектирование урока');
    await wrapper.get('[data-testid="field-session-startsAt"]').setValue('2026-10-05T10:00');
    await wrapper.get('[data-testid="field-session-endsAt"]').setValue('2026-10-05T12:00');
    await wrapper.get('[data-testid="field-session-onlineUrl"]').setValue('https://example.org/room');
    const loads = () => seen.filter((s) => s.operation === 'InternshipCohort').length;
    const before = loads();
    await wrapper.get('[data-testid="session-form"]').trigger('submit');
    await waitFor(() => expect(loads()).toBeGreaterThan(before));
    expect(seen.find((s) => s.operation === 'AddInternshipSession')?.variables).toMatchObject({ input: { cohortId: 'k1', topic: 'Проектирование урока', onlineUrl: 'https://example.org/room', place: null } });
    await waitFor(() => expect(wrapper.find('[data-testid="session-form"]').exists()).toBe(false));
  });
});
