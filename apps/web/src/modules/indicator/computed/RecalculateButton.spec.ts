import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import RecalculateButton from './RecalculateButton.vue';

const job = (over: Record<string, unknown>) => ({
  __typename: 'Job',
  id: 'j1',
  kind: 'indicator.recalculate',
  title: 'Пересчёт показателя «Доля педагогов с категорией»',
  state: 'QUEUED',
  progress: 0,
  error: null,
  fileName: null,
  fileSize: null,
  downloadUrl: null,
  createdAt: '2026-12-04T02:30:00Z',
  finishedAt: null,
  ...over,
});

describe('RecalculateButton', () => {
  it('asks for the recalculation job, shows its progress with the shared job component, and tells the page when it is done', async () => {
    const asked: string[] = [];
    const answers = [job({ state: 'RUNNING', progress: 50 }), job({ state: 'DONE', progress: 100 })];
    const { wrapper } = await mountWithApp(RecalculateButton, {
      props: { indicatorId: 'i1' },
      api: (operation, variables) => {
        asked.push(`${operation}:${String(variables['indicatorId'] ?? variables['id'])}`);
        if (operation === 'RecalculateIndicator') return { data: { recalculateIndicator: job({}) } };
        return { data: { job: answers.length > 1 ? answers.shift() : answers[0] } };
      },
    });
    await wrapper.get('[data-testid="indicator-recalculate"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-recalculate-job"]').exists()).toBe(true));
    await waitFor(() => expect(wrapper.get('[data-testid="indicator-recalculate-job"]').attributes('data-state')).toBe('DONE'));
    expect(asked[0]).toBe('RecalculateIndicator:i1');
    expect(asked.slice(1).every((a) => a === 'Job:j1')).toBe(true);
    expect(wrapper.emitted('done')).toHaveLength(1);
  });

  it('shows the API’s Russian refusal', async () => {
    const { wrapper } = await mountWithApp(RecalculateButton, {
      props: { indicatorId: 'i1' },
      api: () => ({ errors: [{ message: 'Показатель не найден', extensions: { code: 'NOT_FOUND' } }] }),
    });
    await wrapper.get('[data-testid="indicator-recalculate"]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid="indicator-recalculate-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="indicator-recalculate-error"]').text()).toContain('Показатель не найден');
  });
});
