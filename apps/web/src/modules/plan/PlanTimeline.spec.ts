import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp } from '@/test/mount-app';
import { waitFor } from '@/test/wait';
import PlanTimeline from './PlanTimeline.vue';
import type { TimelineItem } from './plan-timeline';

const charts: { tasks: { id: string }[]; options: Record<string, unknown> }[] = [];
vi.mock('frappe-gantt', () => ({
  default: class {
    constructor(_el: HTMLElement, tasks: { id: string }[], options: Record<string, unknown>) {
      charts.push({ tasks, options });
    }
    refresh(): void {}
  },
}));

enableAutoUnmount(afterEach);

const item = (id: string, endDate: string | null, periodText: string | null = null): TimelineItem => ({
  id,
  number: id,
  title: `Мероприятие ${id}`,
  stageId: 's1',
  startDate: null,
  endDate,
  periodText,
  done: false,
  flag: null,
});

describe('PlanTimeline', () => {
  it('draws the dated items by stage in Russian and lists the undated ones beside the chart', async () => {
    const { wrapper } = await mountWithApp(PlanTimeline, {
      props: { stages: [{ id: 's1', title: 'Организационный этап', position: 1 }], items: [item('1', '2020-09-30'), item('2', null, '4 раза в год')] },
    });
    await waitFor(() => expect(charts).toHaveLength(1));
    expect(charts[0].tasks.map((t) => t.id)).toEqual(['stage-s1', '1']);
    expect(charts[0].options).toMatchObject({ language: 'ru', readonly: true });
    const undated = wrapper.get('[data-testid="plan-undated"]').text();
    expect(undated).toContain('Без точных дат');
    expect(undated).toContain('Мероприятие 2 — 4 раза в год');
    expect(wrapper.get('[data-testid="plan-gantt"]').attributes()).toHaveProperty('data-scroll-x');
  });
});
