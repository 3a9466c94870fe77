import { describe, expect, it } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import NetworkListPage from './NetworkListPage.vue';
import { waitFor } from '../../test/wait';

const node = {
  __typename: 'Network',
  id: 'n1',
  name: 'Методическая сеть краевого ресурсного центра',
  model: 'RESOURCE_CENTER_SERVICES',
  startsOn: '2020-09-01',
  endsOn: null,
  archivedAt: null,
  memberCount: 14,
  coordinator: { __typename: 'NetworkOrganization', id: 'o1', name: 'МБОУ СОШ № 1', shortName: 'СОШ №1 Тимашевск' },
};
const expiring = { __typename: 'Agreement', id: 'a1', networkId: 'n1', number: 'СС-01/2021', kind: 'COOPERATION', endsOn: '2026-12-26' };

function api(nodes: unknown[], agreements: unknown[], seen: Record<string, unknown>[] = []): FakeApi {
  return (operation, variables) => {
    if (operation === 'NetworkList') {
      seen.push(variables);
      return {
        data: {
          networks: { __typename: 'NetworkConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, nodes },
        },
      };
    }
    if (operation === 'ExpiringAgreements') return { data: { expiringAgreements: agreements } };
    if (operation === 'NetworkNames') return { data: { networks: { __typename: 'NetworkConnection', nodes: [{ __typename: 'Network', id: 'n1', name: node.name }] } } };
    return { data: null };
  };
}

describe('NetworkListPage', () => {
  it('lists networks with model, coordinator, member count and period', async () => {
    const { wrapper } = await mountWithApp(NetworkListPage, { path: '/networks', api: api([node], []) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="network-row"]')).toHaveLength(1));
    const row = wrapper.get('[data-testid="network-row"]');
    expect(row.get('[data-testid="network-link"]').text()).toBe(node.name);
    expect(row.get('[data-testid="network-model"]').text()).toBe('Сеть методических служб вокруг ресурсного центра');
    expect(row.text()).toContain('СОШ №1 Тимашевск');
    expect(row.get('[data-testid="network-member-count"]').text()).toBe('14');
    expect(row.text()).toContain('с 01.09.2020');
    expect(wrapper.get('[data-testid="expiring-empty"]').text()).toBe('Нет соглашений, срок которых скоро истекает');
  });

  it('lists expiring agreements with a link to their network', async () => {
    const { wrapper } = await mountWithApp(NetworkListPage, { path: '/networks', api: api([node], [expiring]) });
    await waitFor(() => expect(wrapper.find('[data-testid="expiring-network-link"]').text()).toBe(node.name));
    const row = wrapper.get('[data-testid="expiring-row"]');
    expect(row.text()).toContain('№ СС-01/2021');
    expect(row.text()).toContain('26.12.2026');
    expect(row.get('a').attributes('href')).toBe('/networks/n1?tab=agreements');
  });

  it('says when nothing is found and sends the URL filters', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper } = await mountWithApp(NetworkListPage, { path: '/networks?model=CONCENTRIC&archived=ALL&q=сеть', api: api([], [], seen) });
    await waitFor(() => expect(wrapper.find('[data-testid="network-list-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="network-list-empty"]').text()).toBe('Сети не найдены');
    expect(seen[0]).toMatchObject({ first: 25, offset: 0, orderBy: { field: 'NAME', direction: 'ASC' }, filter: { model: 'CONCENTRIC', archived: 'ALL', search: 'сеть' } });
  });
});
