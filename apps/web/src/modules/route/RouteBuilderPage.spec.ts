import Select from 'primevue/select';
import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { useSessionStore } from '@/modules/auth/session.store';
import RouteBuilderPage from './RouteBuilderPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

const deficit = {
  __typename: 'RouteDeficitOption',
  competenceId: 'k1',
  code: 'ПК1',
  name: 'Формирующее оценивание',
  frameworkCode: 'PROF',
  level: 'DEFICIT',
  score: 33.3333,
  source: 'SELF',
  measuredOn: '2026-12-03',
  campaignId: 'c1',
  campaignName: 'Самооценка 2026',
};

const api: FakeApi = (operation) => {
  if (operation === 'RouteDeficitOptions') return { data: { routeDeficitOptions: [deficit] } };
  if (operation === 'RoutePersonName') return { data: { person: { __typename: 'Person', id: 'p1', fullName: 'Филиппов Максим Игоревич' } } };
  return { data: null };
};

describe('RouteBuilderPage', () => {
  it('writes the baseline dates дд.мм.гггг and the scores «33,3 %», not «(2026-12-03)» and «33.33%»', async () => {
    const { wrapper } = await mountWithApp(RouteBuilderPage, { path: '/login?personId=p1', api });
    useSessionStore().setMe({
      __typename: 'Me',
      id: 'u1',
      login: 'teacher.filippov',
      displayName: 'Филиппов',
      personId: 'p1',
      grants: [{ __typename: 'RoleGrant', role: 'TEACHER', regionId: null, municipalityId: null, organizationId: 'o1' }],
      permissions: ['ROUTE_READ', 'ROUTE_WRITE'],
    });
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-deficit"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="route-deficit"]').text();
    expect(row).toContain('Формирующее оценивание — 33,3 %');
    expect(row).toContain('(Самооценка 2026, 03.12.2026)');
    expect(row).not.toMatch(/2026-12-03|33\.3/);
    const campaign = wrapper.findAllComponents(Select).find((s) => s.attributes('data-testid') === 'field-campaignId')!;
    expect((campaign.props('options') as { label: string }[]).map((o) => o.label)).toEqual(['Самооценка 2026, 03.12.2026']);
  });
});
