import { describe, expect, it } from 'vitest';
import { parseInstrumentListQuery, toInstrumentFilter, toInstrumentListQuery } from './instrument-list-state';
import { answerSummary, emptyItemForm, itemFormFrom, nextOptionKey, toItemInput, validateItemForm } from './item-form';
import { missingRules, ruleRows, toRuleInput, validateRule } from './rule-form';
import { validateImportForm } from './useInstrumentImport';

const m = { required: 'req', whole: 'whole', scaleOrder: 'order', twoOptions: 'two', duplicateKey: 'dup', weight: 'weight' };
const c1 = { id: 'c1', code: 'SH2.1', name: 'Задача урока' };
const c2 = { id: 'c2', code: 'SH3.3', name: 'Мотивация' };

describe('item form', () => {
  it('checks a scale: whole bounds, min < max', () => {
    const form = { ...emptyItemForm('c1'), text: 'Утверждение' };
    expect(validateItemForm(form, m)).toEqual({});
    expect(validateItemForm({ ...form, scaleMin: 5, scaleMax: 5 }, m)).toEqual({ scaleMax: 'order' });
    expect(validateItemForm({ ...form, scaleMin: null, scaleMax: 1.5 }, m)).toEqual({ scaleMin: 'req', scaleMax: 'whole' });
  });

  it('checks choices: two options, unique keys, labels and scores', () => {
    const form = { ...emptyItemForm('c1'), kind: 'SINGLE_CHOICE' as const, text: 'Вопрос' };
    expect(validateItemForm(form, m)).toEqual({ 'options.0.label': 'req', 'options.1.label': 'req' });
    const one = { ...form, options: [{ key: 'a', label: 'Да', score: 1 }] };
    expect(validateItemForm(one, m)).toEqual({ options: 'two' });
    const dup = { ...form, options: [{ key: 'a', label: 'Да', score: 1 }, { key: 'a', label: 'Нет', score: null }] };
    expect(validateItemForm(dup, m)).toEqual({ 'options.1.key': 'dup', 'options.1.score': 'req' });
  });

  it('sends only what the kind uses; free text is unscored', () => {
    const base = { ...emptyItemForm('c1'), text: ' Опишите ' };
    expect(toItemInput({ ...base, kind: 'TEXT', weight: 4 })).toEqual({ competenceId: 'c1', kind: 'TEXT', text: 'Опишите', weight: 1, scaleMin: null, scaleMax: null, options: [] });
    expect(toItemInput({ ...base, kind: 'SCALE', weight: 2 })).toMatchObject({ scaleMin: 1, scaleMax: 5, options: [], weight: 2 });
    expect(toItemInput({ ...base, kind: 'MULTIPLE_CHOICE', options: [{ key: ' a ', label: ' Да ', score: 1 }, { key: 'b', label: 'Нет', score: 0 }] })).toMatchObject({
      scaleMin: null,
      options: [{ key: 'a', label: 'Да', score: 1 }, { key: 'b', label: 'Нет', score: 0 }],
    });
    expect(validateItemForm({ ...base, kind: 'TEXT', weight: null }, m)).toEqual({});
  });

  it('round-trips an item and summarises its answer', () => {
    const item = { kind: 'SINGLE_CHOICE' as const, text: 'В', weight: 2, scaleMin: null, scaleMax: null, options: [{ key: '1', label: 'Нет', score: 0 }, { key: '2', label: 'Да', score: 2 }], competence: c1 };
    expect(itemFormFrom(item)).toMatchObject({ competenceId: 'c1', kind: 'SINGLE_CHOICE', weight: 2, scaleMin: 1, scaleMax: 5, options: item.options });
    const texts = { scale: (a: number, b: number) => `${a}…${b}`, unscored: '—' };
    expect(answerSummary(item, texts)).toBe('Нет = 0; Да = 2');
    expect(answerSummary({ ...item, kind: 'SCALE', scaleMin: 1, scaleMax: 4 }, texts)).toBe('1…4');
    expect(answerSummary({ ...item, kind: 'TEXT' }, texts)).toBe('—');
    expect(nextOptionKey([{ key: '1', label: '', score: 0 }, { key: '3', label: '', score: 0 }])).toBe('4');
  });
});

describe('scoring rules', () => {
  const instrument = {
    items: [
      { kind: 'SCALE' as const, competence: c2 },
      { kind: 'TEXT' as const, competence: c1 },
      { kind: 'SINGLE_CHOICE' as const, competence: c2 },
    ],
    scoringRules: [{ id: 'r1', aggregation: 'MIN' as const, deficitBelow: 40, proficitFrom: 70, competence: c1 }],
  };

  it('has a row per scored competence or rule, by code, and names the missing rules', () => {
    const rows = ruleRows(instrument);
    expect(rows.map((r) => [r.code, r.ruleId, r.scored])).toEqual([
      ['SH2.1', 'r1', false],
      ['SH3.3', null, true],
    ]);
    expect(missingRules(rows)).toEqual(['SH3.3']);
    expect(toRuleInput(rows[0])).toEqual({ competenceId: 'c1', aggregation: 'MIN', deficitBelow: 40, proficitFrom: 70 });
  });

  it('checks 0 ≤ deficit ≤ proficit ≤ 100', () => {
    const t = { range: 'range', order: 'order' };
    expect(validateRule({ deficitBelow: 50, proficitFrom: 80 }, t)).toEqual({});
    expect(validateRule({ deficitBelow: 80, proficitFrom: 50 }, t)).toEqual({ proficitFrom: 'order' });
    expect(validateRule({ deficitBelow: null, proficitFrom: 101 }, t)).toEqual({ deficitBelow: 'range', proficitFrom: 'range' });
  });
});

describe('instrument list and import', () => {
  it('keeps the framework filter in the URL', () => {
    const state = parseInstrumentListQuery({ framework: 'f1', status: 'DRAFT' });
    expect(toInstrumentListQuery(state)).toEqual({ framework: 'f1', status: 'DRAFT' });
    expect(toInstrumentFilter(state)).toEqual({ search: null, status: 'DRAFT', archived: 'ACTIVE', frameworkId: 'f1' });
  });

  it('asks for a framework, a code, a name and an .xlsx file before sending', () => {
    const msgs = { required: 'req', code: 'code', file: 'xlsx' };
    expect(validateImportForm({ frameworkId: null, code: 'с пробелом', name: '', file: new File(['x'], 'методика.xls') }, msgs)).toEqual({
      frameworkId: 'req',
      code: 'code',
      name: 'req',
      file: 'xlsx',
    });
    expect(validateImportForm({ frameworkId: 'f', code: 'M-1', name: 'Методика', file: new File(['x'], 'методика.XLSX') }, msgs)).toEqual({});
  });
});
