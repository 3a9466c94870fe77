import { CompetenceLevel } from '@metodset/shared';
import { aggregateLevel, heatmapGrid, pairByCode, share } from './deficits-rules';

describe('aggregateLevel (40 % rule)', () => {
  it.each([
    [{ assessed: 5, deficits: 2, proficits: 0 }, CompetenceLevel.DEFICIT], // exactly 40 %
    [{ assessed: 5, deficits: 1, proficits: 1 }, CompetenceLevel.NORM], // 20 % each
    [{ assessed: 5, deficits: 0, proficits: 2 }, CompetenceLevel.PROFICIT],
    [{ assessed: 5, deficits: 2, proficits: 3 }, CompetenceLevel.DEFICIT], // deficits first
    [{ assessed: 3, deficits: 1, proficits: 1 }, CompetenceLevel.NORM], // 33 %
    [{ assessed: 0, deficits: 0, proficits: 0 }, CompetenceLevel.NORM],
  ])('%j → %s', (counts, level) => expect(aggregateLevel(counts)).toBe(level));
});

describe('share', () => {
  it('rounds to one decimal and is 0 for nobody', () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(2, 3)).toBe(66.7);
    expect(share(0, 0)).toBe(0);
  });
});

describe('pairByCode', () => {
  const side = (code: string, mean: number, name = code) => ({ code, name, areaName: 'A', assessed: 1, mean, deficits: 0, level: null });
  it('matches by code, keeps one-sided codes and takes the later name', () => {
    const rows = pairByCode([side('PP2', 30, 'old'), side('AS1', 50)], [side('PP2', 70, 'new'), side('ME1', 60)]);
    expect(rows.map((r) => [r.code, r.name, r.before?.mean ?? null, r.after?.mean ?? null])).toEqual([
      ['AS1', 'AS1', 50, null],
      ['ME1', 'ME1', null, 60],
      ['PP2', 'new', 30, 70],
    ]);
  });
});

describe('heatmapGrid', () => {
  const cell = (rowId: string, competenceId: string, assessed: number, deficits: number) => ({
    rowId,
    competenceId,
    assessed,
    deficits,
    proficits: assessed - deficits,
    deficitShare: share(deficits, assessed),
    proficitShare: share(assessed - deficits, assessed),
    meanScore: 50 + deficits,
  });

  it('lays the cells out row by row over the columns in their order, null where there is no cell', () => {
    const g = heatmapGrid(['r1', 'r2'], ['c1', 'c2', 'c3'], [cell('r2', 'c1', 3, 1), cell('r1', 'c3', 4, 4), cell('r1', 'c1', 2, 0)]);
    expect(g.columns).toBe(3);
    expect(g.assessed).toEqual([2, null, 4, 3, null, null]);
    expect(g.deficits).toEqual([0, null, 4, 1, null, null]);
    expect(g.proficits).toEqual([2, null, 0, 2, null, null]);
    expect(g.deficitShare).toEqual([0, null, 100, 33.3, null, null]);
    expect(g.proficitShare).toEqual([100, null, 0, 66.7, null, null]);
    expect(g.meanScore).toEqual([50, null, 54, 51, null, null]);
  });

  it('gives empty lists for no rows or no columns', () => {
    expect(heatmapGrid([], ['c1'], []).assessed).toEqual([]);
    expect(heatmapGrid(['r1'], [], [cell('r1', 'c1', 1, 1)])).toEqual({ columns: 0, assessed: [], deficits: [], proficits: [], deficitShare: [], proficitShare: [], meanScore: [] });
  });
});
