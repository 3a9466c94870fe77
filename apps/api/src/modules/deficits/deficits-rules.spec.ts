import { CompetenceLevel } from '@metodset/shared';
import { aggregateLevel, pairByCode, share } from './deficits-rules';

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
