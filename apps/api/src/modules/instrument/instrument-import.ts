import { DIAGNOSTIC_ITEM_KIND_LABELS, DiagnosticItemKind, SCORE_AGGREGATION_LABELS, ScoreAggregation } from '@metodset/shared';
import { enumOf, intOf, textOf } from '../registry-import/parse/cells';
import { Cell, Sheet } from '../registry-import/parse/sheet';
import { ItemOption } from './diagnostic-item.entity';
import { isChoice, itemProblems, normalizeItem, NormalizedItem, RuleDraft, thresholdProblems } from './instrument-rules';

/** The two sheets of an instrument workbook and their columns (headers are matched case- and space-insensitively). */
export const ITEMS_SHEET = 'Задания';
export const RULES_SHEET = 'Пороги';
export const ITEM_COLUMNS = [
  { header: '№', required: false, description: 'Порядковый номер задания; без него — по порядку строк' },
  { header: 'Код компетенции', required: true, description: 'Код компетенции из рамки методики, например SH2.1' },
  { header: 'Тип', required: true, description: 'Шкала / Один вариант / Несколько вариантов / Свободный ответ' },
  { header: 'Текст', required: true, description: 'Формулировка задания или утверждения' },
  { header: 'Мин', required: false, description: 'Для шкалы: наименьшее значение (целое)' },
  { header: 'Макс', required: false, description: 'Для шкалы: наибольшее значение (целое, больше минимума)' },
  { header: 'Варианты', required: false, description: 'Для выбора: «вариант = балл; вариант = балл; …», не меньше двух' },
  { header: 'Вес', required: false, description: 'Вес задания в балле компетенции, больше 0 и не больше 100; по умолчанию 1' },
] as const;
export const RULE_COLUMNS = [
  { header: 'Код компетенции', required: true, description: 'Код компетенции, у которой есть оцениваемые задания' },
  { header: 'Правило', required: true, description: 'Среднее (с весами) / Наименьший балл' },
  { header: 'Дефицит ниже', required: true, description: 'Балл в % (0–100), ниже которого — дефицит' },
  { header: 'Профицит от', required: true, description: 'Балл в % (0–100), начиная с которого — профицит; не ниже порога дефицита' },
] as const;

export interface ImportError {
  sheet: string;
  line: number;
  column: string | null;
  message: string;
}
export interface ImportedItem extends NormalizedItem {
  line: number;
  position: number;
  competenceCode: string;
}
export interface ImportedRule extends RuleDraft {
  line: number;
  competenceId: string;
  competenceCode: string;
}
export interface InstrumentImportPlan {
  items: ImportedItem[];
  rules: ImportedRule[];
  errors: ImportError[];
}

const KIND_SYNONYMS: Record<string, DiagnosticItemKind> = {
  'один': DiagnosticItemKind.SINGLE_CHOICE,
  'несколько': DiagnosticItemKind.MULTIPLE_CHOICE,
  'свободный': DiagnosticItemKind.TEXT,
  'текст': DiagnosticItemKind.TEXT,
};
const RULE_SYNONYMS: Record<string, ScoreAggregation> = {
  'среднее': ScoreAggregation.MEAN,
  'средний': ScoreAggregation.MEAN,
  'наименьший': ScoreAggregation.MIN,
  'минимум': ScoreAggregation.MIN,
  'минимальный': ScoreAggregation.MIN,
};

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** Column index by header; the headers that are required and missing. */
export function columnsOf<H extends string>(sheet: Sheet, columns: readonly { header: H; required: boolean }[]): { index: Map<H, number>; missing: H[] } {
  const index = new Map<H, number>();
  const headers = sheet.headers.map(norm);
  for (const c of columns) {
    const at = headers.indexOf(norm(c.header));
    if (at >= 0) index.set(c.header, at);
  }
  return { index, missing: columns.filter((c) => c.required && !index.has(c.header)).map((c) => c.header) };
}

/** A decimal number («2,5» too), or 'invalid'. */
export function numberOf(c: Cell): number | null | 'invalid' {
  const t = textOf(c);
  if (t === null) return null;
  const n = typeof c === 'number' ? c : Number(t.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : 'invalid';
}

/** «вариант = балл; вариант = балл» → options keyed 1, 2, …; or the message of what is wrong. */
export function optionsOf(text: string | null): ItemOption[] | string {
  if (!text) return [];
  const parts = text.split(';').map((p) => p.trim()).filter(Boolean);
  const options: ItemOption[] = [];
  for (const part of parts) {
    const at = part.lastIndexOf('=');
    const label = at > 0 ? part.slice(0, at).trim() : '';
    const score = at > 0 ? Number(part.slice(at + 1).trim().replace(',', '.')) : Number.NaN;
    if (!label || at === part.length - 1 || !Number.isFinite(score)) return `Вариант «${part}» — не в виде «вариант = балл»`;
    options.push({ key: String(options.length + 1), label, score });
  }
  return options;
}

/**
 * Checks every line of both sheets against the framework's competences (code → id). Items keep the order of «№»
 * (lines without it follow, in file order); positions are 1..n.
 */
export function planInstrumentImport(items: Sheet, rules: Sheet | null, competences: ReadonlyMap<string, string>): InstrumentImportPlan {
  const errors: ImportError[] = [];
  const planned: (Omit<ImportedItem, 'position'> & { order: number | null })[] = [];
  const ic = columnsOf(items, ITEM_COLUMNS).index;
  const cell = (index: Map<string, number>, cells: Cell[], h: string): Cell => {
    const at = index.get(h);
    return at === undefined ? null : (cells[at] ?? null);
  };
  const seenOrder = new Map<number, number>();
  for (const row of items.rows) {
    const err = (column: string | null, message: string) => errors.push({ sheet: ITEMS_SHEET, line: row.line, column, message });
    const before = errors.length;
    const get = (h: string) => cell(ic, row.cells, h);
    const order = intOf(get('№'));
    if (order === 'invalid' || (order !== null && order < 1)) err('№', 'Номер — целое число больше 0');
    else if (order !== null && seenOrder.has(order)) err('№', `Номер ${order} уже есть в строке ${seenOrder.get(order)}`);
    else if (order !== null) seenOrder.set(order, row.line);
    const code = textOf(get('Код компетенции'));
    const competenceId = code ? competences.get(code) : undefined;
    if (!code) err('Код компетенции', 'Укажите код компетенции');
    else if (!competenceId) err('Код компетенции', `Компетенции «${code}» нет в рамке методики`);
    const kindText = textOf(get('Тип'));
    const kind = kindText ? enumOf(kindText, DIAGNOSTIC_ITEM_KIND_LABELS, KIND_SYNONYMS) : undefined;
    if (!kindText) err('Тип', 'Укажите тип задания');
    else if (!kind) err('Тип', `Неизвестный тип «${kindText}»: Шкала, Один вариант, Несколько вариантов или Свободный ответ`);
    const min = intOf(get('Мин'));
    const max = intOf(get('Макс'));
    if (min === 'invalid') err('Мин', 'Минимум шкалы — целое число');
    if (max === 'invalid') err('Макс', 'Максимум шкалы — целое число');
    const weight = numberOf(get('Вес'));
    if (weight === 'invalid') err('Вес', 'Вес — число');
    const options = kind && isChoice(kind) ? optionsOf(textOf(get('Варианты'))) : [];
    if (typeof options === 'string') err('Варианты', options);
    if (errors.length > before || !kind || !competenceId || !code) continue;
    const draft = {
      competenceId,
      kind,
      text: textOf(get('Текст')) ?? '',
      scaleMin: min as number | null,
      scaleMax: max as number | null,
      options: options as ItemOption[],
      weight: weight as number | null,
    };
    const column: Record<string, string> = { text: 'Текст', scaleMin: 'Мин', scaleMax: 'Макс', options: 'Варианты', weight: 'Вес' };
    const problems = itemProblems(draft);
    for (const p of problems) err(column[p.field.split('.')[0]] ?? null, p.message);
    if (problems.length) continue;
    planned.push({ ...normalizeItem(draft), line: row.line, competenceCode: code, order: typeof order === 'number' ? order : null });
  }
  if (!items.rows.length) errors.push({ sheet: ITEMS_SHEET, line: items.headerLine, column: null, message: 'На листе «Задания» нет ни одного задания' });
  const sorted = [...planned].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.line - b.line);
  const out: ImportedItem[] = sorted.map(({ order: _order, ...item }, i) => ({ ...item, position: i + 1 }));

  const plannedRules: ImportedRule[] = [];
  if (rules) {
    const rc = columnsOf(rules, RULE_COLUMNS).index;
    const seen = new Map<string, number>();
    for (const row of rules.rows) {
      const err = (column: string | null, message: string) => errors.push({ sheet: RULES_SHEET, line: row.line, column, message });
      const before = errors.length;
      const get = (h: string) => cell(rc, row.cells, h);
      const code = textOf(get('Код компетенции'));
      const competenceId = code ? competences.get(code) : undefined;
      if (!code) err('Код компетенции', 'Укажите код компетенции');
      else if (!competenceId) err('Код компетенции', `Компетенции «${code}» нет в рамке методики`);
      else if (seen.has(code)) err('Код компетенции', `Пороги компетенции «${code}» уже заданы в строке ${seen.get(code)}`);
      else seen.set(code, row.line);
      const ruleText = textOf(get('Правило'));
      const aggregation = ruleText ? enumOf(ruleText, SCORE_AGGREGATION_LABELS, RULE_SYNONYMS) : ScoreAggregation.MEAN;
      if (!aggregation) err('Правило', `Неизвестное правило «${ruleText}»: Среднее или Наименьший`);
      const deficit = numberOf(get('Дефицит ниже'));
      const proficit = numberOf(get('Профицит от'));
      if (deficit === null || deficit === 'invalid') err('Дефицит ниже', 'Порог дефицита — число от 0 до 100');
      if (proficit === null || proficit === 'invalid') err('Профицит от', 'Порог профицита — число от 0 до 100');
      if (errors.length > before) continue;
      const rule = { aggregation: aggregation!, deficitBelow: deficit as number, proficitFrom: proficit as number };
      const problems = thresholdProblems(rule);
      for (const p of problems) err(p.field === 'deficitBelow' ? 'Дефицит ниже' : 'Профицит от', p.message);
      if (!problems.length) plannedRules.push({ ...rule, line: row.line, competenceId: competenceId!, competenceCode: code! });
    }
  }
  errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.line - b.line || (a.column ?? '').localeCompare(b.column ?? ''));
  return { items: out, rules: plannedRules, errors };
}
