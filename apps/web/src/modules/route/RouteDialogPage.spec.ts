import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import RouteDialogPage from './RouteDialogPage.vue';

enableAutoUnmount(afterEach);

const teacher = (i: number) => ({
  __typename: 'SharedTeacher',
  personId: `p${i}`,
  fullName: `Педагог ${i}`,
  organizationName: `МБОУ СОШ № ${i}`,
  sharedRoutes: i,
  completedSteps: 2 * i,
  latestAt: '2026-11-30T10:00:00.000Z',
});

/** 60 teachers, paged as the API pages them. */
function api(seen: Record<string, unknown>[], total = 60): FakeApi {
  return (operation, variables) => {
    if (operation !== 'SharedAchievements') return { data: null };
    seen.push(variables);
    const first = Number(variables['first']);
    const offset = Number(variables['offset'] ?? 0);
    const nodes = Array.from({ length: Math.max(0, Math.min(first, total - offset)) }, (_, i) => teacher(offset + i + 1));
    return {
      data: {
        sharedAchievements: {
          __typename: 'SharedTeacherConnection',
          totalCount: total,
          pageInfo: { __typename: 'PageInfo', hasNextPage: offset + first < total, endCursor: null },
          nodes,
        },
      },
    };
  };
}

describe('RouteDialogPage («Диалог в сети»)', () => {
  it('shows each teacher with the workplace, routes, done steps and date, newest first by default', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper } = await mountWithApp(RouteDialogPage, { path: '/routes/dialog?q=Педагог', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-dialog-row"]')).toHaveLength(25));
    expect(seen.at(-1)).toMatchObject({ first: 25, offset: 0, search: 'Педагог', orderBy: { field: 'LATEST_AT', direction: 'DESC' } });
    const row = wrapper.findAll('[data-testid="route-dialog-row"]')[1]!;
    expect(row.get('[data-testid="route-dialog-person"]').text()).toBe('Педагог 2');
    expect(row.get('[data-testid="route-dialog-person"]').attributes('href')).toBe('/routes/achievements/p2');
    expect(row.text()).toContain('МБОУ СОШ № 2');
    expect(row.get('[data-testid="route-dialog-routes"]').text()).toBe('2');
    expect(row.get('[data-testid="route-dialog-steps"]').text()).toBe('4');
    expect(row.text()).toContain('30.11.2026');
  });

  it('sorts by a column and pages by number, all in the URL', async () => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper, router } = await mountWithApp(RouteDialogPage, { path: '/routes/dialog?page=2&size=50', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-dialog-row"]')).toHaveLength(10));
    expect(seen.at(-1)).toMatchObject({ first: 50, offset: 50 });
    await wrapper.get('[data-testid="route-dialog-col-steps"]').trigger('click');
    await waitFor(() => expect(router.currentRoute.value.query).toEqual({ size: '50', sort: 'completed_steps', dir: 'asc' }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ first: 50, offset: 0, orderBy: { field: 'COMPLETED_STEPS', direction: 'ASC' } }));
  });

  it('exports every teacher in the current order through the same query', async () => {
    const seen: Record<string, unknown>[] = [];
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { wrapper } = await mountWithApp(RouteDialogPage, { path: '/routes/dialog?sort=name&dir=asc&q=Пед', api: api(seen) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="route-dialog-row"]')).toHaveLength(25));
    await wrapper.get('[data-testid="route-dialog-export"]').trigger('click');
    await waitFor(() => expect(created).toHaveLength(1));
    expect(seen.filter((v) => v['first'] === 100)).toEqual([expect.objectContaining({ offset: 0, search: 'Пед', orderBy: { field: 'NAME', direction: 'ASC' } })]);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
