import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import ProgramCohorts from './ProgramCohorts.vue';

const cohort = {
  __typename: 'InternshipCohort',
  id: 'k1',
  title: 'Молодые педагоги, 2026/27 учебный год',
  startsOn: '2026-10-01',
  endsOn: '2027-04-30',
  capacity: 2,
  seated: 2,
  waitlisted: 1,
};

function api(cohorts: unknown[] | null, seen: Record<string, unknown>[] = []): FakeApi {
  return (operation, variables) => {
    if (operation !== 'ProgramCohorts') return { data: null };
    seen.push(variables);
    return cohorts ? { data: { internshipCohorts: cohorts } } : { errors: [{ message: 'Сбой', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
  };
}

describe('ProgramCohorts', () => {
  it('links each cohort of the programme to its page, with dates and seats', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper } = await mountWithApp(ProgramCohorts, { path: '/internship-programs/p1', props: { programId: 'p1' }, api: api([cohort], seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="program-cohort"]')).toHaveLength(1));
    expect(seen[0]).toEqual({ programId: 'p1' });
    const link = wrapper.get('[data-testid="program-cohort-link"]');
    expect(link.text()).toBe(cohort.title);
    expect(link.attributes('href')).toBe('/internships/cohorts/k1');
    expect(wrapper.get('[data-testid="program-cohort"]').text()).toContain('01.10.2026 – 30.04.2027 · Мест занято: 2 из 2, в листе ожидания: 1');
  });

  it('says when the programme has no cohorts, and when they could not be loaded', async () => {
    const empty = await mountWithApp(ProgramCohorts, { path: '/internship-programs/p1', props: { programId: 'p1' }, api: api([]) });
    await waitFor(() => expect(empty.wrapper.find('[data-testid="program-cohorts-empty"]').exists()).toBe(true));
    expect(empty.wrapper.get('[data-testid="program-cohorts-empty"]').text()).toBe('Групп стажёров по этой программе пока нет');
    const failed = await mountWithApp(ProgramCohorts, { path: '/internship-programs/p1', props: { programId: 'p1' }, api: api(null) });
    await waitFor(() => expect(failed.wrapper.find('[data-testid="program-cohorts-error"]').exists()).toBe(true));
  });
});
