import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import type { Permission } from '@/gql/graphql';
import { useSessionStore } from '@/modules/auth/session.store';
import PersonCardPage from './PersonCardPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = string[];
const card = (id: string, fullName: string) => ({ __typename: 'PersonCard', id, fullName });
const person = {
  __typename: 'Person',
  id: 'p1',
  lastName: 'Петров',
  firstName: 'Иван',
  middleName: 'Сергеевич',
  fullName: 'Петров Иван Сергеевич',
  externalId: 'demo:person:11-vorkuta-sosh12-petrov',
  birthDate: null,
  email: null,
  phone: null,
  subjects: ['математика'],
  experienceYears: 2,
  isYoungTeacher: true,
  qualificationCategory: 'NONE',
  isMasterTeacher: false,
  archivedAt: null,
  canEdit: false,
  positions: [],
  qualificationHistory: [],
};
const route = { __typename: 'LearningRoute', id: 'r1', title: 'ИОМ: формирующее оценивание', status: 'IN_PROGRESS', startsOn: '2026-09-01', endsOn: '2027-05-31' };
const item = (competence: string, level: string, measuredOn: string) => ({ __typename: 'CompetenceProfileItem', campaignId: 'c1', measuredOn, level, competence: { __typename: 'DeficitCompetence', id: competence } });

function api(seen: Seen, opts: { mentorships?: unknown[]; resultsHidden?: boolean } = {}): FakeApi {
  return (operation) => {
    seen.push(operation);
    if (operation === 'Person') return { data: { person } };
    if (operation === 'PersonRoutes') return { data: { learningRoutes: { __typename: 'LearningRouteConnection', totalCount: 1, nodes: [route] } } };
    if (operation === 'PersonMentorships') return { data: { mentorships: { __typename: 'MentorshipConnection', totalCount: opts.mentorships?.length ?? 0, nodes: opts.mentorships ?? [] } } };
    if (operation === 'PersonResults') {
      if (opts.resultsHidden) return { data: null, errors: [{ message: 'Педагог не найден', extensions: { code: 'NOT_FOUND' } }] };
      return { data: { personCompetenceProfile: { __typename: 'PersonCompetenceProfile', personId: 'p1', items: [item('k1', 'DEFICIT', '2026-10-01'), item('k2', 'NORM', '2026-11-20')] } } };
    }
    return { data: null };
  };
}

const signIn = (permissions: Permission[]) =>
  useSessionStore().setMe({
    __typename: 'Me',
    id: 'u1',
    login: 'methodist',
    displayName: 'Методист',
    personId: null,
    grants: [{ __typename: 'RoleGrant', role: 'MUNICIPAL_METHODIST', regionId: null, municipalityId: 'm1', organizationId: null }],
    permissions,
  });

describe('PersonCardPage', () => {
  it('leads to the person’s route, pairs and results, with an empty state where there is nothing, and shows no internal code', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PersonCardPage, { path: '/login', props: { id: 'p1' }, api: api(seen) });
    signIn(['REGISTRY_READ', 'ROUTE_READ', 'MENTORING_READ', 'DIAGNOSTICS_READ']);
    await waitFor(() => expect(wrapper.find('[data-testid="person-route-link"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="person-route-link"]').attributes('href')).toBe('/routes/r1');
    expect(wrapper.get('[data-testid="person-route-link"]').text()).toBe('ИОМ: формирующее оценивание');
    await waitFor(() => expect(wrapper.find('[data-testid="person-links-mentorships-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="person-links-mentorships-empty"]').text()).toBe('В наставнических парах не участвует');
    expect(wrapper.find('[data-testid="person-mentorship-link"]').exists()).toBe(false);
    await waitFor(() => expect(wrapper.find('[data-testid="person-results-summary"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="person-results-summary"]').text()).toBe('Оценено компетенций: 2, из них с дефицитом: 1; последняя диагностика 20.11.2026');
    expect(wrapper.get('[data-testid="person-competence-profile"]').attributes('href')).toBe('/deficits/person/p1');
    // The registry key is for machines: nowhere on the card.
    expect(wrapper.text()).not.toContain('demo:person');
    expect(wrapper.text()).not.toContain('Код в реестре');
  });

  it('links each pair the person is in, saying on which side', async () => {
    const pair = {
      __typename: 'Mentorship',
      id: 'ms1',
      status: 'ACTIVE',
      startsOn: '2026-09-01',
      endsOn: null,
      mentors: [card('z', 'Жданова Тамара Михайловна')],
      mentees: [card('p1', 'Петров Иван Сергеевич')],
      program: { __typename: 'MentoringProgram', id: 'pr1', name: 'Наставничество в сети Воркуты' },
    };
    const { wrapper } = await mountWithApp(PersonCardPage, { path: '/login', props: { id: 'p1' }, api: api([], { mentorships: [pair] }) });
    signIn(['REGISTRY_READ', 'MENTORING_READ']);
    await waitFor(() => expect(wrapper.find('[data-testid="person-mentorship-link"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="person-mentorship-link"]').attributes('href')).toBe('/mentorships/ms1');
    expect(wrapper.get('[data-testid="person-mentorship-link"]').text()).toBe('Жданова Тамара Михайловна → Петров Иван Сергеевич');
    expect(wrapper.get('[data-testid="person-mentorship-side"]').text()).toBe('(наставляемый)');
    expect(wrapper.get('[data-testid="person-links-mentorships"]').text()).toContain('Наставничество в сети Воркуты');
  });

  it('shows no link the caller may not follow: no permission, or results out of scope', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(PersonCardPage, { path: '/login', props: { id: 'p1' }, api: api(seen, { resultsHidden: true }) });
    signIn(['REGISTRY_READ', 'DIAGNOSTICS_READ']);
    await waitFor(() => expect(seen).toContain('PersonResults'));
    await waitFor(() => expect(wrapper.find('[data-testid="person-name"]').exists()).toBe(true));
    await waitFor(() => expect(wrapper.find('[data-testid="person-links"]').exists()).toBe(false));
    expect(wrapper.find('[data-testid="person-competence-profile"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="person-route-link"]').exists()).toBe(false);
    expect(seen).not.toContain('PersonRoutes');
    expect(seen).not.toContain('PersonMentorships');
  });
});
