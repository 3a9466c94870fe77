import { CombineRule, CompetenceLevel, DiagnosticItemKind, ScoreAggregation } from '@metodset/shared';
import { answerProblem, combineScores, itemScore, levelOf, missingItems, scoreResponse, ScoringItem, ScoringRule } from './scoring';

const scale = (id: string, competenceId: string, position: number, weight = 1): ScoringItem => ({
  id,
  position,
  competenceId,
  kind: DiagnosticItemKind.SCALE,
  scaleMin: 1,
  scaleMax: 5,
  options: [],
  weight,
});
const OPTIONS = [
  { key: 'serious', score: 0 },
  { key: 'some', score: 1 },
  { key: 'none', score: 2 },
  { key: 'share', score: 3 },
];
const single = (id: string, competenceId: string, position: number): ScoringItem => ({ ...scale(id, competenceId, position), kind: DiagnosticItemKind.SINGLE_CHOICE, scaleMin: null, scaleMax: null, options: OPTIONS });
const multi: ScoringItem = {
  ...scale('m', 'C', 9),
  kind: DiagnosticItemKind.MULTIPLE_CHOICE,
  options: [
    { key: 'a', score: 2 },
    { key: 'b', score: 2 },
    { key: 'wrong', score: -1 },
  ],
};
const text: ScoringItem = { ...scale('t', 'A', 10), kind: DiagnosticItemKind.TEXT, scaleMin: null, scaleMax: null };
const rule = (competenceId: string, aggregation = ScoreAggregation.MEAN, deficitBelow = 60, proficitFrom = 85): ScoringRule => ({ competenceId, aggregation, deficitBelow, proficitFrom });

describe('diagnostic scoring', () => {
  it('scales a scale answer between its bounds', () => {
    const i = scale('x', 'A', 1);
    expect([1, 2, 3, 4, 5].map((v) => itemScore(i, v))).toEqual([0, 25, 50, 75, 100]);
  });

  it('scales a single choice between the lowest and the highest option score', () => {
    const i = single('x', 'A', 1);
    const got = ['serious', 'some', 'none', 'share'].map((v) => itemScore(i, v)!);
    [0, 100 / 3, 200 / 3, 100].forEach((want, k) => expect(got[k]).toBeCloseTo(want, 9));
  });

  it('scales a multiple choice between 0 and the sum of positive scores, clamped', () => {
    expect(itemScore(multi, ['a'])).toBe(50);
    expect(itemScore(multi, ['a', 'b'])).toBe(100);
    expect(itemScore(multi, ['a', 'wrong'])).toBe(25);
    expect(itemScore(multi, ['wrong'])).toBe(0);
    expect(itemScore(multi, [])).toBe(0);
  });

  it('does not score text items', () => {
    expect(itemScore(text, 'что угодно')).toBeNull();
  });

  it('puts the thresholds on the right side at the boundaries', () => {
    const r = { deficitBelow: 60, proficitFrom: 85 };
    expect(levelOf(59.99, r)).toBe(CompetenceLevel.DEFICIT);
    expect(levelOf(60, r)).toBe(CompetenceLevel.NORM);
    expect(levelOf(84.99, r)).toBe(CompetenceLevel.NORM);
    expect(levelOf(85, r)).toBe(CompetenceLevel.PROFICIT);
    expect(levelOf(0, r)).toBe(CompetenceLevel.DEFICIT);
    expect(levelOf(100, r)).toBe(CompetenceLevel.PROFICIT);
    // The level agrees with the score as stored (two decimals).
    expect(levelOf(59.996, r)).toBe(CompetenceLevel.NORM);
    // Equal thresholds: no NORM band.
    expect(levelOf(49.99, { deficitBelow: 50, proficitFrom: 50 })).toBe(CompetenceLevel.DEFICIT);
    expect(levelOf(50, { deficitBelow: 50, proficitFrom: 50 })).toBe(CompetenceLevel.PROFICIT);
  });

  it('aggregates by weighted mean or by minimum per competence', () => {
    const items = [scale('a1', 'A', 1, 1), scale('a2', 'A', 2, 3), scale('b1', 'B', 3), scale('b2', 'B', 4), text];
    const answers = { a1: 1, a2: 5, b1: 2, b2: 5 };
    const res = scoreResponse(items, [rule('A'), rule('B', ScoreAggregation.MIN)], answers);
    expect(res).toEqual([
      { competenceId: 'A', score: 75, level: CompetenceLevel.NORM },
      { competenceId: 'B', score: 25, level: CompetenceLevel.DEFICIT },
    ]);
  });

  it('reaches the boundaries exactly from answers (PROF: deficit below 50, proficit from 80)', () => {
    const items = [single('p1', 'P', 1), single('p2', 'P', 2)];
    const r = [rule('P', ScoreAggregation.MEAN, 50, 80)];
    // (1/3 + 2/3) / 2 = 50 % → NORM, not a deficit.
    expect(scoreResponse(items, r, { p1: 'some', p2: 'none' })[0]).toEqual({ competenceId: 'P', score: 50, level: CompetenceLevel.NORM });
    // (0 + 2/3) / 2 = 33.33 % → DEFICIT.
    expect(scoreResponse(items, r, { p1: 'serious', p2: 'none' })[0].level).toBe(CompetenceLevel.DEFICIT);
    // (2/3 + 1) / 2 = 83.33 % → PROFICIT.
    expect(scoreResponse(items, r, { p1: 'none', p2: 'share' })[0].level).toBe(CompetenceLevel.PROFICIT);
  });

  it('lists unanswered scored items in form order and ignores text', () => {
    const items = [scale('b', 'A', 2), scale('a', 'A', 1), text];
    expect(missingItems(items, { b: 3 }).map((i) => i.id)).toEqual(['a']);
    expect(missingItems(items, { a: 1, b: 3 })).toEqual([]);
    expect(() => scoreResponse(items, [rule('A')], { b: 3 })).toThrow();
  });

  it('checks a value against its item kind', () => {
    expect(answerProblem(scale('x', 'A', 1), 6)).toBe('Ответ — от 1 до 5');
    expect(answerProblem(scale('x', 'A', 1), 2.5)).toBe('Ответ — целое число шкалы');
    expect(answerProblem(scale('x', 'A', 1), 3)).toBeNull();
    expect(answerProblem(single('x', 'A', 1), 'nope')).toBe('Выберите один из вариантов');
    expect(answerProblem(multi, ['a', 'a'])).toBe('Вариант выбран дважды');
    expect(answerProblem(multi, ['a', 'z'])).toBe('Выберите варианты из списка');
    expect(answerProblem(text, 5)).toBe('Ответ — текст');
  });

  describe('combining self and expert scores', () => {
    const rules = [rule('A'), rule('B')];
    const self = [
      { competenceId: 'A', score: 100, level: CompetenceLevel.PROFICIT },
      { competenceId: 'B', score: 40, level: CompetenceLevel.DEFICIT },
    ];
    const expert = [
      { competenceId: 'A', score: 50, level: CompetenceLevel.DEFICIT },
      { competenceId: 'B', score: 80, level: CompetenceLevel.NORM },
    ];

    it('weighs them by the self weight and derives the level again', () => {
      expect(combineScores(self, expert, { rule: CombineRule.WEIGHTED, selfWeight: 50 }, rules)).toEqual([
        { competenceId: 'A', score: 75, level: CompetenceLevel.NORM },
        { competenceId: 'B', score: 60, level: CompetenceLevel.NORM },
      ]);
      expect(combineScores(self, expert, { rule: CombineRule.WEIGHTED, selfWeight: 30 }, rules)![0].score).toBe(65);
    });

    it('takes the smaller one by MIN', () => {
      expect(combineScores(self, expert, { rule: CombineRule.MIN, selfWeight: 50 }, rules)!.map((x) => x.score)).toEqual([50, 40]);
    });

    it('needs both for WEIGHTED and MIN, only the expert for EXPERT_FIRST', () => {
      expect(combineScores(self, null, { rule: CombineRule.WEIGHTED, selfWeight: 50 }, rules)).toBeNull();
      expect(combineScores(null, expert, { rule: CombineRule.MIN, selfWeight: 50 }, rules)).toBeNull();
      expect(combineScores(self, null, { rule: CombineRule.EXPERT_FIRST, selfWeight: 50 }, rules)).toBeNull();
      expect(combineScores(null, expert, { rule: CombineRule.EXPERT_FIRST, selfWeight: 50 }, rules)!.map((x) => x.score)).toEqual([50, 80]);
      expect(combineScores(self, expert, { rule: CombineRule.EXPERT_FIRST, selfWeight: 50 }, rules)!.map((x) => x.score)).toEqual([50, 80]);
    });
  });
});
