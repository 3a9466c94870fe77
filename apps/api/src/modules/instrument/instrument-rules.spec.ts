import { DiagnosticItemKind as K, ScoreAggregation } from '@metodset/shared';
import { itemProblems, normalizeItem, publishProblem, thresholdProblems } from './instrument-rules';

const fields = (p: { field: string }[]) => p.map((x) => x.field);
const opt = (key: string, score: number) => ({ key, label: `Вариант ${key}`, score });

describe('item rules', () => {
  it('needs a whole scale with min < max', () => {
    expect(itemProblems({ competenceId: 'c', kind: K.SCALE, text: 'Т', scaleMin: 1, scaleMax: 5 })).toEqual([]);
    expect(fields(itemProblems({ competenceId: 'c', kind: K.SCALE, text: 'Т', scaleMin: 5, scaleMax: 5 }))).toEqual(['scaleMax']);
    expect(fields(itemProblems({ competenceId: 'c', kind: K.SCALE, text: 'Т' }))).toEqual(['scaleMin', 'scaleMax']);
  });
  it('needs two options with unique keys and numeric scores for choices', () => {
    expect(itemProblems({ competenceId: 'c', kind: K.SINGLE_CHOICE, text: 'Т', options: [opt('a', 0), opt('b', 1)] })).toEqual([]);
    expect(fields(itemProblems({ competenceId: 'c', kind: K.MULTIPLE_CHOICE, text: 'Т', options: [opt('a', 0)] }))).toEqual(['options']);
    expect(fields(itemProblems({ competenceId: 'c', kind: K.SINGLE_CHOICE, text: 'Т', options: [opt('a', 0), opt('a', 1)] }))).toEqual(['options.1.key']);
    expect(fields(itemProblems({ competenceId: 'c', kind: K.SINGLE_CHOICE, text: 'Т', options: [opt('a', 0), opt('b', Number.NaN)] }))).toEqual(['options.1.score']);
  });
  it('keeps free text unscored and checks text and weight', () => {
    expect(normalizeItem({ competenceId: 'c', kind: K.TEXT, text: ' Т ', scaleMin: 1, scaleMax: 3, options: [opt('a', 1)], weight: 5 })).toEqual({
      competenceId: 'c',
      kind: K.TEXT,
      text: 'Т',
      scaleMin: null,
      scaleMax: null,
      options: [],
      weight: 1,
    });
    expect(fields(itemProblems({ competenceId: 'c', kind: K.TEXT, text: ' ', weight: 0 }))).toEqual(['text', 'weight']);
  });
});

describe('thresholds', () => {
  it('needs 0 ≤ deficitBelow ≤ proficitFrom ≤ 100', () => {
    expect(thresholdProblems({ aggregation: ScoreAggregation.MEAN, deficitBelow: 50, proficitFrom: 80 })).toEqual([]);
    expect(thresholdProblems({ aggregation: ScoreAggregation.MIN, deficitBelow: 60, proficitFrom: 60 })).toEqual([]);
    expect(fields(thresholdProblems({ aggregation: ScoreAggregation.MEAN, deficitBelow: 80, proficitFrom: 50 }))).toEqual(['proficitFrom']);
    expect(fields(thresholdProblems({ aggregation: ScoreAggregation.MEAN, deficitBelow: -1, proficitFrom: 101 }))).toEqual(['deficitBelow', 'proficitFrom']);
  });
});

describe('publishing', () => {
  const code = (id: string) => id.toUpperCase();
  it('needs a scored item and a rule for every scored competence', () => {
    expect(publishProblem([{ competenceId: 'x', kind: K.TEXT }], [], code)).toMatch(/ни одного оцениваемого/);
    expect(publishProblem([{ competenceId: 'x', kind: K.SCALE }, { competenceId: 'y', kind: K.SINGLE_CHOICE }, { competenceId: 'z', kind: K.TEXT }], [{ competenceId: 'x' }], code)).toBe(
      'Задайте правило подсчёта и пороги для компетенций: Y',
    );
    expect(publishProblem([{ competenceId: 'x', kind: K.SCALE }], [{ competenceId: 'x' }], code)).toBeNull();
  });
});
