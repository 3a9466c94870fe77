import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '../../test/wait';
import StagingSiteListPage from './StagingSiteListPage.vue';

const node = {
  __typename: 'StagingSite',
  id: 's1',
  kind: 'SUPPORT_SITE',
  level: 'MUNICIPAL',
  theme: 'Научно-методическое сопровождение профессионального роста педагогов',
  startsOn: '2020-01-01',
  endsOn: '2023-12-31',
  state: 'EXPIRED',
  illustrative: false,
  archivedAt: null,
  host: { __typename: 'StagingSiteHost', id: 'o1', name: 'МБДОУ д/с № 7', shortName: 'Детский сад № 7 Тимашевского района', municipalityName: 'Тимашевский район' },
  competences: [{ __typename: 'Competence', id: 'c1', code: 'DE1', name: 'Проектирование развивающей предметно-пространственной среды' }],
};

function api(nodes: unknown[], seen: Record<string, unknown>[] = []): FakeApi {
  return (operation, variables) => {
    if (operation === 'StagingSiteList') {
      seen.push(variables);
      return {
        data: { stagingSites: { __typename: 'StagingSiteConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes } },
      };
    }
    if (operation === 'StagingCompetenceOptions') return { data: { routeCompetenceOptions: [{ __typename: 'RouteCompetenceOption', id: 'c1', code: 'DE1', name: 'Среда', frameworkCode: 'PROF' }] } };
    if (operation === 'StagingMunicipalities') return { data: { municipalities: [{ __typename: 'Municipality', id: 'm1', name: 'Тимашевский район' }] } };
    return { data: null };
  };
}

describe('StagingSiteListPage', () => {
  it('lists sites with host, municipality, kind, period with its state and competences', async () => {
    const { wrapper } = await mountWithApp(StagingSiteListPage, { path: '/staging-sites', api: api([node]) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="staging-site-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="staging-site-row"]');
    expect(row.get('[data-testid="staging-site-link"]').text()).toBe(node.theme);
    expect(row.get('[data-testid="staging-site-link"]').attributes('href')).toBe('/staging-sites/s1');
    expect(row.get('[data-testid="staging-site-kind"]').text()).toBe('Опорная площадка');
    expect(row.text()).toContain('Детский сад № 7 Тимашевского района');
    expect(row.text()).toContain('Тимашевский район');
    expect(row.text()).toContain('01.01.2020 – 31.12.2023');
    expect(row.get('[data-testid="staging-site-state"]').text()).toBe('Срок истёк');
    expect(row.get('[data-testid="staging-site-competences"]').text()).toBe('DE1');
  });

  it('sends the filters of the URL (competence, municipality, organisation, kind, level, state) and says when nothing is found', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper } = await mountWithApp(StagingSiteListPage, {
      path: '/staging-sites?competence=c1&municipality=m1&kind=STAGING_SITE&level=REGIONAL&state=ACTIVE&org=o1&q=икт',
      api: api([], seen),
    });
    await waitFor(() => expect(wrapper.find('[data-testid="staging-site-list-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="staging-site-list-empty"]').text()).toBe('Площадки не найдены');
    expect(seen[0]).toMatchObject({
      first: 25,
      offset: 0,
      orderBy: { field: 'THEME', direction: 'ASC' },
      filter: { competenceId: 'c1', municipalityId: 'm1', organizationId: 'o1', kind: 'STAGING_SITE', level: 'REGIONAL', state: 'ACTIVE', search: 'икт', archived: 'ACTIVE' },
    });
  });
});
