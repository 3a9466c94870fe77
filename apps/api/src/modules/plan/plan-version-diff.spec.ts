import { compareSnapshots, itemChanges, type SnapshotItem } from './plan-version-diff';

const it0 = (id: string, over: Partial<SnapshotItem> = {}): SnapshotItem => ({
  id,
  stageTitle: 'Основной этап',
  title: `Мероприятие ${id}`,
  startDate: '2021-03-01',
  endDate: '2021-03-31',
  periodText: 'Март 2021 года',
  responsible: 'ИМС',
  participants: null,
  expectedResult: null,
  status: 'PLANNED',
  ...over,
});

describe('compareSnapshots', () => {
  it('marks added, removed, changed and unchanged items, with the changed fields old → new', () => {
    const older = { title: 'План', items: [it0('1'), it0('2'), it0('3')] };
    const newer = { title: 'План', items: [it0('1'), it0('3', { endDate: '2021-04-30', periodText: 'Апрель 2021 года' }), it0('4')] };
    const diff = compareSnapshots(older, newer);
    expect(diff.map((d) => [d.id, d.kind])).toEqual([
      ['1', 'SAME'],
      ['3', 'CHANGED'],
      ['4', 'ADDED'],
      ['2', 'REMOVED'],
    ]);
    expect(diff[1].changes).toEqual([
      { field: 'endDate', before: '2021-03-31', after: '2021-04-30' },
      { field: 'periodText', before: 'Март 2021 года', after: 'Апрель 2021 года' },
    ]);
  });

  it('treats null and empty text as the same', () => {
    expect(itemChanges(it0('1', { participants: '' }), it0('1', { participants: null }))).toEqual([]);
  });
});
