import { describe, expect, it } from 'vitest';
import { frameworkToShow, topDeficits } from './school-deficits';

const competences = [
  { id: 'c1', code: 'SH1.1', name: 'Вера в силы учеников' },
  { id: 'c2', code: 'SH2.1', name: 'Постановка учебной задачи' },
  { id: 'c3', code: 'SH3.3', name: 'Мотивация' },
  { id: 'c4', code: 'SH10.1', name: 'Оценивание' },
];
const cell = (rowId: string, competenceId: string, assessed: number, deficits: number) => ({ rowId, competenceId, assessed, deficits, deficitShare: Math.round((1000 * deficits) / assessed) / 10 });

describe('topDeficits', () => {
  it('ranks the school’s competences by the share in deficit, then by count and code, leaving out those without deficits and other rows', () => {
    const cells = [cell('o1', 'c1', 10, 0), cell('o1', 'c2', 10, 5), cell('o1', 'c3', 4, 2), cell('o1', 'c4', 20, 10), cell('o2', 'c1', 3, 3)];
    expect(topDeficits(cells, competences, 'o1').map((d) => [d.code, d.share, d.deficits])).toEqual([
      ['SH10.1', 50, 10],
      ['SH2.1', 50, 5],
      ['SH3.3', 50, 2],
    ]);
    expect(topDeficits(cells, competences, 'o1', 1)).toHaveLength(1);
    expect(topDeficits(cells, competences, 'o3')).toEqual([]);
  });
});

describe('frameworkToShow', () => {
  it('takes the framework of the latest campaign, else the first framework, else none', () => {
    expect(frameworkToShow([{ id: 'f1' }, { id: 'f2' }], [{ frameworkId: 'f1', closesOn: '2026-05-01' }, { frameworkId: 'f2', closesOn: '2026-11-01' }])).toBe('f2');
    expect(frameworkToShow([{ id: 'f1' }], [])).toBe('f1');
    expect(frameworkToShow([], [])).toBeNull();
  });
});
