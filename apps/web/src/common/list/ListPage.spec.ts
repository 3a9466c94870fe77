import { describe, expect, it, vi } from 'vitest';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import OrganizationListPage from '@/modules/organization/OrganizationListPage.vue';
import { waitFor } from '@/test/wait';
import { rememberedListQuery } from './list-query';

const org = (i: number) => ({
  __typename: 'Organization',
  id: `o${i}`,
  name: `Школа № ${i}`,
  shortName: null,
  kind: 'SCHOOL',
  inn: null,
  archivedAt: null,
  createdAt: '2025-09-01T10:00:00Z',
  staffCount: i,
  municipality: { __typename: 'Municipality', id: 'm1', name: 'Воркута' },
  currentStatuses: [],
});

/** 130 organisations, paged as the API pages them. */
function api(seen: Record<string, unknown>[], total = 130): FakeApi {
  return (operation, variables) => {
    if (operation === 'OrganizationList') {
      seen.push(variables);
      const first = Number(variables['first']);
      const offset = Number(variables['offset'] ?? 0);
      const nodes = Array.from({ length: Math.max(0, Math.min(first, total - offset)) }, (_, i) => org(offset + i + 1));
      return {
        data: {
          organizations: {
            __typename: 'OrganizationConnection',
            totalCount: total,
            pageInfo: { __typename: 'PageInfo', hasNextPage: offset + first < total, endCursor: null },
            nodes,
          },
        },
      };
    }
    if (operation === 'Municipalities') return { data: { municipalities: [] } };
    return { data: null };
  };
}

describe('the list shell', () => {
  it('sorts by a column header: the order goes into the URL and to the API, back to page 1', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper, router } = await mountWithApp(OrganizationListPage, { path: '/organizations?page=3', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="organization-row"]')).toHaveLength(25));
    expect(seen.at(-1)).toMatchObject({ first: 25, offset: 50 });
    await wrapper.get('[data-testid="organization-col-staffCount"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ sort: 'staff_count', dir: 'asc' }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ offset: 0, orderBy: { field: 'STAFF_COUNT', direction: 'ASC' } }));
    await wrapper.get('[data-testid="organization-col-staffCount"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ sort: 'staff_count', dir: 'desc' }));
  });

  it('sorts from the keyboard too, and tells the order in aria-sort', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper, router } = await mountWithApp(OrganizationListPage, { path: '/organizations', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="organization-row"]')).toHaveLength(25));
    const header = () => wrapper.get('[data-testid="organization-col-municipality"]');
    expect(wrapper.get('[data-testid="organization-col-name"]').attributes('aria-sort')).toBe('ascending');
    expect(header().attributes('aria-sort')).toBe('none');
    expect(header().attributes('tabindex')).toBe('0');
    expect(wrapper.get('[data-testid="organization-col-statuses"]').attributes('aria-sort')).toBeUndefined();
    await header().trigger('keydown', { key: 'Enter' });
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ sort: 'municipality', dir: 'asc' }));
    await waitFor(() => expect(header().attributes('aria-sort')).toBe('ascending'));
    expect(wrapper.get('[data-testid="organization-col-name"]').attributes('aria-sort')).toBe('none');
    await header().trigger('keydown', { key: ' ' });
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ sort: 'municipality', dir: 'desc' }));
    await waitFor(() => expect(header().attributes('aria-sort')).toBe('descending'));
    // Clicking a column without an order field changes nothing.
    await wrapper.get('[data-testid="organization-col-statuses"]').trigger('click');
    expect(router.currentRoute.value.query).toEqual({ sort: 'municipality', dir: 'desc' });
  });

  it('reads page and size from the URL, keeps the filters, and «назад» from a card returns to them', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper, router } = await mountWithApp(OrganizationListPage, { path: '/organizations?q=школа&size=50&page=2&sort=kind&dir=desc', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="organization-row"]')).toHaveLength(50));
    expect(seen.at(-1)).toMatchObject({ first: 50, offset: 50, orderBy: { field: 'KIND', direction: 'DESC' }, filter: { search: 'школа' } });
    await waitFor(() => expect(wrapper.get('[data-testid="pager-info"]').text()).toBe('Показано 51–100 из 130'));
    const listUrl = router.currentRoute.value.fullPath;
    expect(rememberedListQuery('organizations')).toEqual(router.currentRoute.value.query);
    await router.push({ name: 'organization', params: { id: 'o51' } });
    router.back();
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe(listUrl));
  });

  it('goes to page 3 through the paginator', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper, router } = await mountWithApp(OrganizationListPage, { path: '/organizations', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="organization-row"]')).toHaveLength(25));
    // The pager is drawn once the rows are painted.
    const page3 = await waitFor(() => wrapper.findAll('[data-testid="pager"] .p-paginator-page').find((b) => b.text() === '3') ?? expect.fail('no page 3'));
    await page3.trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ page: '3' }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ first: 25, offset: 50 }));
  });

  it('exports every matching row in the current order, 100 a request, with progress', async () => {
    const seen: Record<string, unknown>[] = [];
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { wrapper } = await mountWithApp(OrganizationListPage, { path: '/organizations?sort=staff_count&dir=desc&q=школа', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="organization-row"]')).toHaveLength(25));
    await wrapper.get('[data-testid="organization-export"]').trigger('click');
    await waitFor(() => expect(created).toHaveLength(1));
    const exports = seen.filter((v) => v['first'] === 100);
    expect(exports.map((v) => v['offset'])).toEqual([0, 100]);
    expect(exports[0]).toMatchObject({ orderBy: { field: 'STAFF_COUNT', direction: 'DESC' }, filter: { search: 'школа' } });
    expect(wrapper.find('[data-testid="organization-export-error"]').exists()).toBe(false);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('says clearly when the export fails', async () => {
    const failing: FakeApi = (operation, variables) => {
      if (operation === 'OrganizationList' && variables['first'] === 100) {
        return { errors: [{ message: 'Недостаточно прав для этого действия', extensions: { code: 'FORBIDDEN' } }], data: null };
      }
      return api([])(operation, variables);
    };
    const { wrapper } = await mountWithApp(OrganizationListPage, { path: '/organizations', api: failing });
    await waitFor(() => expect(wrapper.findAll('[data-testid="organization-row"]')).toHaveLength(25));
    await wrapper.get('[data-testid="organization-export"]').trigger('click');
    await waitFor(() =>
      expect(wrapper.get('[data-testid="organization-export-error"]').text()).toContain('Не удалось выгрузить список: Недостаточно прав для этого действия'),
    );
  });
});
