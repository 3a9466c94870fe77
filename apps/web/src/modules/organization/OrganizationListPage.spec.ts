import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import OrganizationListPage from './OrganizationListPage.vue';
import { waitFor } from '../../test/wait';

const school = {
  __typename: 'Organization',
  id: 'o1',
  name: 'Муниципальное общеобразовательное учреждение «Средняя школа № 12»',
  shortName: 'МОУ СШ № 12',
  kind: 'SCHOOL',
  inn: '7604001230',
  archivedAt: null,
  createdAt: '2025-09-01T10:00:00Z',
  staffCount: 42,
  municipality: { __typename: 'Municipality', id: 'm1', name: 'Воркута' },
  currentStatuses: [{ __typename: 'OrganizationStatus', id: 's1', kind: 'LOW_RESULTS', year: 2025 }],
};

function api(nodes: unknown[], seen: Record<string, unknown>[] = []): FakeApi {
  return (operation, variables) => {
    if (operation === 'OrganizationList') {
      seen.push(variables);
      return {
        data: {
          organizations: {
            __typename: 'OrganizationConnection',
            totalCount: nodes.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            nodes,
          },
        },
      };
    }
    if (operation === 'Municipalities') return { data: { municipalities: [] } };
    return { data: null };
  };
}

describe('OrganizationListPage', () => {
  it('shows rows with status badges, staff count and municipality', async () => {
    const { wrapper } = await mountWithApp(OrganizationListPage, { path: '/organizations', api: api([school]) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="organization-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="organization-row"]');
    expect(row.text()).toContain('МОУ СШ № 12');
    expect(row.text()).toContain('Воркута');
    expect(row.get('[data-testid="status-tag"]').text()).toBe('НОР 2025');
    expect(row.get('[data-testid="organization-staff-count"]').text()).toBe('42');
    expect(wrapper.get('[data-testid="organization-total"]').text()).toBe('Всего: 1');
  });

  it('says when nothing is found', async () => {
    const { wrapper } = await mountWithApp(OrganizationListPage, { path: '/organizations', api: api([]) });
    await waitFor(() => expect(wrapper.find('[data-testid="organization-list-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="organization-list-empty"]').text()).toBe('Организации не найдены');
  });

  it('sends the URL filters to the API', async () => {
    const seen: Record<string, unknown>[] = [];
    await mountWithApp(OrganizationListPage, { path: '/organizations?status=LOW_RESULTS&year=2025&archived=ALL&q=школа', api: api([], seen) });
    await flushPromises();
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen[0]).toMatchObject({
      first: 25,
      offset: 0,
      orderBy: { field: 'NAME', direction: 'ASC' },
      filter: { statusKind: 'LOW_RESULTS', statusYear: 2025, archived: 'ALL', search: 'школа' },
    });
  });
});
