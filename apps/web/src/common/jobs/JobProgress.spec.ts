import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import JobProgress from './JobProgress.vue';
import type { JobView } from './useJob';

const job = (over: Record<string, unknown>): JobView => ({
  __typename: 'Job',
  id: 'j1',
  kind: 'report.mentoring-pairs',
  title: 'Мониторинг наставнических пар',
  state: 'QUEUED',
  progress: 0,
  error: null,
  fileName: null,
  fileSize: null,
  downloadUrl: null,
  createdAt: '2026-12-03T10:00:00Z',
  finishedAt: null,
  ...over,
}) as JobView;

describe('JobProgress', () => {
  it('follows the job from the queue to its download, asking the API until it is done', async () => {
    const answers = [job({ state: 'RUNNING', progress: 40 }), job({ state: 'RUNNING', progress: 80 }), job({ state: 'DONE', progress: 100, fileName: 'Отчёт.xlsx', fileSize: 2048, downloadUrl: '/api/jobs/j1/file' })];
    const asked: string[] = [];
    const { wrapper } = await mountWithApp(JobProgress, {
      props: { jobId: 'j1', seed: job({}), intervalMs: 5 },
      api: (operation, variables) => {
        asked.push(`${operation}:${String(variables['id'])}`);
        return { data: { job: answers.length > 1 ? answers.shift() : answers[0] } };
      },
    });
    await waitFor(() => expect(wrapper.get('[data-testid="job"]').attributes('data-state')).toBe('DONE'));
    const link = wrapper.get('[data-testid="job-download"]');
    expect(link.attributes('href')).toBe('/api/jobs/j1/file');
    expect(link.attributes('download')).toBe('Отчёт.xlsx');
    expect(wrapper.get('[data-testid="job-state"]').text()).toBe('Готово');
    expect(wrapper.find('[data-testid="job-bar"]').exists()).toBe(false);
    expect(wrapper.emitted('settled')).toHaveLength(1);
    const polls = asked.length;
    expect(asked.every((a) => a === 'Job:j1')).toBe(true);
    // Done: no more questions.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked.length).toBe(polls);
  });

  it('shows the progress while it runs and the Russian error when it fails', async () => {
    let answer = job({ state: 'RUNNING', progress: 40 });
    const { wrapper } = await mountWithApp(JobProgress, { props: { jobId: 'j1', intervalMs: 5 }, api: () => ({ data: { job: answer } }) });
    await waitFor(() => expect(wrapper.find('[data-testid="job-bar"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="job-bar"]').text()).toContain('Выполнено 40 %');
    answer = job({ state: 'FAILED', progress: 40, error: 'Нет данных за выбранный период' });
    await waitFor(() => expect(wrapper.find('[data-testid="job-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="job-error"]').text()).toBe('Не удалось: Нет данных за выбранный период');
    expect(wrapper.find('[data-testid="job-download"]').exists()).toBe(false);
  });
});
