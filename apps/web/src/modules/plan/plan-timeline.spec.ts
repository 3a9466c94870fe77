import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineItem } from './plan-timeline';

const item = (id: string, stageId: string | null, startDate: string | null, endDate: string | null, over: Partial<TimelineItem> = {}): TimelineItem => ({
  id,
  number: id,
  title: `Мероприятие ${id}`,
  stageId,
  startDate,
  endDate,
  periodText: null,
  done: false,
  flag: null,
  ...over,
});

describe('buildTimeline', () => {
  it('puts each stage as a bar over its items, in stage order, and undated items aside', () => {
    const t = buildTimeline(
      [
        { id: 'b', title: 'Основной этап', position: 2 },
        { id: 'a', title: 'Организационный этап', position: 1 },
      ],
      [item('2', 'b', '2021-03-01', '2021-03-31', { flag: 'OVERDUE' }), item('1', 'a', '2020-09-01', '2020-09-30', { done: true }), item('3', 'b', null, '2021-05-31'), item('4', 'b', null, null, { periodText: '4 раза в год' })],
      'Без этапа',
    );
    expect(t.tasks.map((x) => [x.id, x.start, x.end, x.custom_class])).toEqual([
      ['stage-a', '2020-09-01', '2020-09-30', 'plan-gantt__stage'],
      ['1', '2020-09-01', '2020-09-30', 'plan-gantt__done'],
      ['stage-b', '2021-03-01', '2021-05-31', 'plan-gantt__stage'],
      ['2', '2021-03-01', '2021-03-31', 'plan-gantt__overdue'],
      ['3', '2021-05-31', '2021-05-31', 'plan-gantt__item'],
    ]);
    expect(t.undated.map((i) => i.id)).toEqual(['4']);
  });

  it('groups items without a stage under their own bar', () => {
    const t = buildTimeline([], [item('1', null, '2022-01-10', '2022-01-20')], 'Без этапа');
    expect(t.tasks[0]).toMatchObject({ name: 'Без этапа', start: '2022-01-10', end: '2022-01-20' });
  });
});
