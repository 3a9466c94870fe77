import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import ReportsPage from './ReportsPage.vue';
import { halfYears } from './report-period';

const job = (over: Record<string, unknown>) => ({
  __typename: 'Job',
  id: 'j1',
  kind: 'report.methodical-service',
  title: 'Мониторинг деятельности методической службы',
  state: 'QUEUED',
  progress: 0,
  error: null,
  fileName: null,
  fileSize: null,
  downloadUrl: null,
  createdAt: '2026-12-03T10:00:00Z',
  finishedAt: null,
  ...over,
});

describe('ReportsPage', () => {
  it('orders a report for a municipality and a half-year, follows it and offers the file; past reports are listed', async () => {
    const seen: { operation: string; variables: Record<string, unknown> }[] = [];
    let state = 0;
    const { wrapper } = await mountWithApp(ReportsPage, {
      props: { pollMs: 5 },
      path: '/reports',
      api: (operation, variables) => {
        seen.push({ operation, variables });
        if (operation === 'Municipalities') return { data: { municipalities: [{ __typename: 'Municipality', id: 'm1', regionId: 'r1', name: 'Подпорожский муниципальный район', kind: 'DISTRICT' }] } };
        if (operation === 'MyJobs') return { data: { myJobs: [job({ id: 'old', state: 'DONE', progress: 100, title: 'Прошлый отчёт', fileName: 'Прошлый.xlsx', fileSize: 4096, downloadUrl: '/api/jobs/old/file' })] } };
        if (operation === 'OrderReport') return { data: { orderReport: job({ id: 'new' }) } };
        if (operation === 'Job') {
          state++;
          return { data: { job: state < 2 ? job({ id: 'new', state: 'RUNNING', progress: 50 }) : job({ id: 'new', state: 'DONE', progress: 100, fileName: 'Мониторинг.xlsx', fileSize: 1024, downloadUrl: '/api/jobs/new/file' }) } };
        }
        return { data: null };
      },
    });
    await waitFor(() => expect(wrapper.findAll('[data-testid="report-past-row"]')).toHaveLength(1));
    expect(wrapper.get('[data-testid="report-download-old"]').attributes('href')).toBe('/api/jobs/old/file');
    expect(seen.find((s) => s.operation === 'MyJobs')?.variables).toEqual({ kinds: ['report.methodical-service', 'report.network-interaction', 'report.mentoring-pairs'], first: 50 });

    await wrapper.get('[data-testid="report-half-0"]').trigger('click');
    const h = halfYears(new Date())[0]!;
    expect((wrapper.get('[data-testid="report-from"]').element as HTMLInputElement).value).toBe(h.from);
    await wrapper.get('[data-testid="report-form"]').trigger('submit');
    await waitFor(() => expect(seen.some((s) => s.operation === 'OrderReport')).toBe(true));
    expect(seen.find((s) => s.operation === 'OrderReport')?.variables).toEqual({
      input: { kind: 'METHODICAL_SERVICE', format: 'XLSX', municipalityId: null, from: h.from, to: h.to },
    });
    // Followed while it runs, then listed with its file.
    await waitFor(() => expect(wrapper.find('[data-testid="report-download-new"]').exists()).toBe(true));
    expect(state).toBeGreaterThanOrEqual(2);
    expect(wrapper.get('[data-testid="report-download-new"]').attributes('href')).toBe('/api/jobs/new/file');
    expect(wrapper.findAll('[data-testid="report-past-row"]')).toHaveLength(2);
  });

  it('refuses a period that ends before it starts without asking the API', async () => {
    const seen: string[] = [];
    const { wrapper } = await mountWithApp(ReportsPage, { path: '/reports', api: (operation) => (seen.push(operation), { data: operation === 'MyJobs' ? { myJobs: [] } : { municipalities: [] } }) });
    await wrapper.get('[data-testid="report-from"]').setValue('2026-06-30');
    await wrapper.get('[data-testid="report-to"]').setValue('2026-01-01');
    await wrapper.get('[data-testid="report-form"]').trigger('submit');
    await waitFor(() => expect(wrapper.find('[data-testid="error-to"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="error-to"]').text()).toBe('Конец периода раньше его начала');
    expect(seen).not.toContain('OrderReport');
  });

  it('counts the half-years back from today', () => {
    expect(halfYears(new Date(2026, 11, 3), 3).map((h) => [h.from, h.to])).toEqual([
      ['2026-07-01', '2026-12-31'],
      ['2026-01-01', '2026-06-30'],
      ['2025-07-01', '2025-12-31'],
    ]);
  });
});
