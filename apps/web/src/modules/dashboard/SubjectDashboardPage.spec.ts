import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import SubjectDashboardPage from './SubjectDashboardPage.vue';

const N = '22222222-2222-4222-8222-222222222222';

describe('SubjectDashboardPage', () => {
  it.each([
    ['network', 'Панель показателей сети', { networkId: N, schoolYear: 2024 }],
    ['programme', 'Панель показателей программы', { programId: N, schoolYear: 2024 }],
  ] as const)('builds the %s dashboard from its id and the school year in the URL', async (kind, title, input) => {
    const seen: Record<string, unknown>[] = [];
    const { wrapper } = await mountWithApp(SubjectDashboardPage, {
      path: `/dashboard/${kind}/${N}?year=2024`,
      props: { id: N, kind },
      api: (operation, variables) => {
        if (operation === 'Dashboard') seen.push(variables);
        return { data: null };
      },
    });
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(wrapper.get('h1').text()).toBe(title);
    expect(seen[0]).toEqual({ input });
  });
});
