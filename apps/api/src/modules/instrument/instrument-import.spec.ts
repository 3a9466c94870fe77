import { DiagnosticItemKind, ScoreAggregation } from '@metodset/shared';
import { toSheet } from '../registry-import/parse/sheet';
import { ITEM_COLUMNS, optionsOf, planInstrumentImport, RULE_COLUMNS } from './instrument-import';

const sheet = (headers: readonly { header: string }[], rows: (string | number | null)[][]) =>
  toSheet([{ line: 1, cells: headers.map((h) => h.header) }, ...rows.map((cells, i) => ({ line: i + 2, cells }))]);
const codes = new Map([
  ['SH2.1', 'c1'],
  ['SH3.3', 'c2'],
]);

describe('instrument import', () => {
  it('reads options «вариант = балл; …»', () => {
    expect(optionsOf('Нет = 0; Иногда = 0,5; Да = 1')).toEqual([
      { key: '1', label: 'Нет', score: 0 },
      { key: '2', label: 'Иногда', score: 0.5 },
      { key: '3', label: 'Да', score: 1 },
    ]);
    expect(optionsOf('Нет = 0; Да')).toMatch(/«Да»/);
  });

  it('plans items in the order of «№» and rules, with no errors', () => {
    const items = sheet(ITEM_COLUMNS, [
      [2, 'SH2.1', 'Шкала', 'Ставлю задачи', 1, 5, null, 2],
      [1, 'SH3.3', 'Один вариант', 'Мотивирую', null, null, 'Нет = 0; Да = 1', null],
      [null, 'SH3.3', 'Свободный ответ', 'Опишите приём', null, null, null, null],
    ]);
    const rules = sheet(RULE_COLUMNS, [
      ['SH2.1', 'Среднее', 50, 80],
      ['SH3.3', 'Наименьший', '40', '75,5'],
    ]);
    const plan = planInstrumentImport(items, rules, codes);
    expect(plan.errors).toEqual([]);
    expect(plan.items.map((i) => [i.position, i.line, i.kind, i.competenceId, i.weight])).toEqual([
      [1, 3, DiagnosticItemKind.SINGLE_CHOICE, 'c2', 1],
      [2, 2, DiagnosticItemKind.SCALE, 'c1', 2],
      [3, 4, DiagnosticItemKind.TEXT, 'c2', 1],
    ]);
    expect(plan.rules.map((r) => [r.competenceId, r.aggregation, r.deficitBelow, r.proficitFrom])).toEqual([
      ['c1', ScoreAggregation.MEAN, 50, 80],
      ['c2', ScoreAggregation.MIN, 40, 75.5],
    ]);
  });

  it('reports every bad line in Russian, by sheet, line and column', () => {
    const items = sheet(ITEM_COLUMNS, [
      [1, 'XX9', 'Шкала', 'Текст', 1, 5, null, null],
      [2, 'SH2.1', 'Шкала', 'Текст', 5, 3, null, null],
      [3, 'SH2.1', 'Один вариант', 'Текст', null, null, 'Только = 1', null],
      [4, 'SH2.1', 'Рисунок', 'Текст', null, null, null, null],
    ]);
    const rules = sheet(RULE_COLUMNS, [['SH2.1', 'Среднее', 90, 10]]);
    const plan = planInstrumentImport(items, rules, codes);
    expect(plan.items).toEqual([]);
    expect(plan.errors.map((e) => [e.sheet, e.line, e.column])).toEqual([
      ['Задания', 2, 'Код компетенции'],
      ['Задания', 3, 'Макс'],
      ['Задания', 4, 'Варианты'],
      ['Задания', 5, 'Тип'],
      ['Пороги', 2, 'Профицит от'],
    ]);
    expect(plan.errors[0].message).toBe('Компетенции «XX9» нет в рамке методики');
  });
});
