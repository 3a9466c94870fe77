import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import OrganizationCardPage from '@/modules/organization/OrganizationCardPage.vue';
import PersonCardPage from '@/modules/person/PersonCardPage.vue';
import { waitFor } from '@/test/wait';

// The organisation card marks an organisation invented for the demo (Organization.illustrative), and only it.
const organization = (illustrative: boolean) => ({
  __typename: 'Organization',
  id: 'o1',
  canEdit: false,
  name: illustrative ? 'Школа А (иллюстративная)' : 'МОУ «СОШ №12» г. Воркуты',
  shortName: null,
  kind: 'SCHOOL',
  inn: null,
  externalId: null,
  address: null,
  email: null,
  website: null,
  foundedYear: null,
  illustrative,
  archivedAt: null,
  createdAt: '2026-01-10T10:00:00Z',
  municipality: { __typename: 'Municipality', id: 'm1', name: 'Демонстрационный муниципальный район', regionId: 'r1' },
  statuses: [],
  staffCount: 0,
  staff: [],
});

const api =
  (illustrative: boolean): FakeApi =>
  (operation) =>
    operation === 'Organization' ? { data: { organization: organization(illustrative) } } : { data: null };

describe('organisation card: demo data', () => {
  it('shows «демонстрационные данные» on an illustrative organisation', async () => {
    const { wrapper } = await mountWithApp(OrganizationCardPage, { path: '/organizations/o1', props: { id: 'o1' }, api: api(true) });
    await waitFor(() => expect(wrapper.find('[data-testid="organization-name"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="demo-data-badge"]').text()).toBe('демонстрационные данные');
  });

  it('shows no marker on an organisation from the programmes', async () => {
    const { wrapper } = await mountWithApp(OrganizationCardPage, { path: '/organizations/o1', props: { id: 'o1' }, api: api(false) });
    await waitFor(() => expect(wrapper.find('[data-testid="organization-name"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="demo-data-badge"]').exists()).toBe(false);
  });
});

// The person card: a person a programme names by initials (not illustrative) and an invented one (illustrative).
const person = (illustrative: boolean) => ({
  __typename: 'Person',
  id: 'p1',
  lastName: illustrative ? 'Лыткина' : 'Шахова',
  firstName: illustrative ? 'Ольга' : 'М.',
  middleName: illustrative ? 'Петровна' : 'Ю.',
  fullName: illustrative ? 'Лыткина Ольга Петровна' : 'Шахова М. Ю.',
  externalId: null,
  birthDate: null,
  email: null,
  phone: null,
  subjects: [],
  experienceYears: null,
  isYoungTeacher: false,
  qualificationCategory: 'NONE',
  isMasterTeacher: false,
  illustrative,
  archivedAt: null,
  canEdit: false,
  positions: [],
  qualificationHistory: [],
});

const personApi =
  (illustrative: boolean): FakeApi =>
  (operation) =>
    operation === 'Person' ? { data: { person: person(illustrative) } } : { data: null };

describe('person card: demo data', () => {
  it('shows «демонстрационные данные» on an invented person', async () => {
    const { wrapper } = await mountWithApp(PersonCardPage, { path: '/people/p1', props: { id: 'p1' }, api: personApi(true) });
    await waitFor(() => expect(wrapper.find('[data-testid="person-name"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="demo-data-badge"]').text()).toBe('демонстрационные данные');
  });

  it('shows a person named in a programme by the initials it gives, with no marker', async () => {
    const { wrapper } = await mountWithApp(PersonCardPage, { path: '/people/p1', props: { id: 'p1' }, api: personApi(false) });
    await waitFor(() => expect(wrapper.find('[data-testid="person-name"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="person-name"]').text()).toBe('Шахова М. Ю.');
    expect(wrapper.find('[data-testid="demo-data-badge"]').exists()).toBe(false);
  });
});
