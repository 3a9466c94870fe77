import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import AuditLogPage from './AuditLogPage.vue';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

type Seen = { operation: string; variables: Record<string, unknown> }[];
const PERSON = '7d5e5f0e-3a52-4c0e-9b7e-2f1d1a1b2c3d';
const ACTOR = '11111111-2222-4333-8444-555555555555';

const entry = (id: string, action: string, people: { id: string; fullName: string | null }[]) => ({
  __typename: 'AuditEntry',
  id,
  at: '2026-12-03T09:15:00.000Z',
  actorAccountId: ACTOR,
  actorLogin: 'methodist.podporozhye',
  actorName: 'Методист Подпорожье',
  action,
  entityType: 'person',
  entityId: null,
  people: people.map((p) => ({ __typename: 'AuditPerson', ...p })),
});

function api(seen: Seen): FakeApi {
  return (operation, variables) => {
    seen.push({ operation, variables });
    if (operation === 'AuditLog') {
      const many = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, fullName: `Педагог ${i}` }));
      return {
        data: {
          auditLog: {
            __typename: 'AuditEntryConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            nodes: [entry('a1', 'read', [{ id: PERSON, fullName: 'Иванова Анна' }]), entry('a2', 'read-list', many)],
          },
        },
      };
    }
    return { data: null };
  };
}

describe('AuditLogPage', () => {
  it('sends the URL filters to the API and shows who did what to whose data', async () => {
    const seen: Seen = [];
    const { wrapper } = await mountWithApp(AuditLogPage, { path: `/audit?person=${PERSON}&from=2026-12-01&to=2026-12-03&action=read`, api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="audit-row"]')).toHaveLength(2));
    expect(seen.find((s) => s.operation === 'AuditLog')?.variables).toMatchObject({
      first: 25,
      offset: 0,
      orderBy: { field: 'AT', direction: 'DESC' },
      filter: { personId: PERSON, from: '2026-12-01', to: '2026-12-03', action: 'read', actorAccountId: null },
    });
    const [card, list] = wrapper.findAll('[data-testid="audit-row"]');
    expect(card?.text()).toContain('Методист Подпорожье (methodist.podporozhye)');
    expect(card?.text()).toContain('открыл карточку');
    expect(card?.text()).toContain('Иванова Анна');
    expect(list?.text()).toContain('12 человек');
    // The object in words and the time in Russian notation, not «person» and a machine timestamp.
    expect(card?.get('[data-testid="audit-entity"]').text()).toBe('педагог');
    expect(card?.text()).not.toContain('person');
    expect(card?.text()).toMatch(/03\.12\.2026, \d\d:15/);
    expect(card?.text()).not.toMatch(/\d\d:15:00/);
  });

  it('narrows to one actor from a row, and back', async () => {
    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(AuditLogPage, { path: '/audit', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="audit-row"]')).toHaveLength(2));
    await wrapper.get('[data-testid="audit-actor"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ actor: ACTOR });
    await waitFor(() => expect(seen.filter((s) => s.operation === 'AuditLog').at(-1)?.variables).toMatchObject({ filter: { actorAccountId: ACTOR } }));
    await wrapper.get('[data-testid="audit-clear-actor"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('sorts by a column and keeps the order, page and size in the URL with the filters', async () => {
    const seen: Seen = [];
    const { wrapper, router } = await mountWithApp(AuditLogPage, { path: `/audit?action=read&size=50&page=2`, api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="audit-row"]')).toHaveLength(2));
    expect(seen.filter((s) => s.operation === 'AuditLog').at(-1)?.variables).toMatchObject({ first: 50, offset: 50, filter: { action: 'read' } });
    await wrapper.get('[data-testid="audit-col-actor"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ action: 'read', size: '50', sort: 'actor', dir: 'asc' }));
    await waitFor(() =>
      expect(seen.filter((s) => s.operation === 'AuditLog').at(-1)?.variables).toMatchObject({ first: 50, offset: 0, orderBy: { field: 'ACTOR', direction: 'ASC' } }),
    );
    // The people column is not an order of the API.
    expect(wrapper.get('[data-testid="audit-col-people"]').attributes('aria-sort')).toBeUndefined();
  });

  it('exports the log in the current order and filters through the same query', async () => {
    const seen: Seen = [];
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { wrapper } = await mountWithApp(AuditLogPage, { path: `/audit?person=${PERSON}&sort=action&dir=asc`, api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="audit-row"]')).toHaveLength(2));
    await wrapper.get('[data-testid="audit-export"]').trigger('click');
    await waitFor(() => expect(created).toHaveLength(1));
    expect(seen.filter((s) => s.operation === 'AuditLog' && s.variables['first'] === 100).map((s) => s.variables)).toEqual([
      expect.objectContaining({ offset: 0, orderBy: { field: 'ACTION', direction: 'ASC' }, filter: expect.objectContaining({ personId: PERSON }) }),
    ]);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
