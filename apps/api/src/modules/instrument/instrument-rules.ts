import { DiagnosticItemKind, ScoreAggregation } from '@metodset/shared';
import { FieldError } from '../../common/errors/errors';
import { ItemOption } from './diagnostic-item.entity';

/** What an item is made of, whatever it comes from (the form or a line of an XLSX file). */
export interface ItemDraft {
  competenceId: string;
  kind: DiagnosticItemKind;
  text: string;
  scaleMin?: number | null;
  scaleMax?: number | null;
  options?: ItemOption[] | null;
  weight?: number | null;
}

export interface NormalizedItem {
  competenceId: string;
  kind: DiagnosticItemKind;
  text: string;
  scaleMin: number | null;
  scaleMax: number | null;
  options: ItemOption[];
  weight: number;
}

export const isChoice = (kind: DiagnosticItemKind) => kind === DiagnosticItemKind.SINGLE_CHOICE || kind === DiagnosticItemKind.MULTIPLE_CHOICE;
export const isScored = (kind: DiagnosticItemKind) => kind !== DiagnosticItemKind.TEXT;

/**
 * Problems of an item by its kind: a scale needs whole min < max; a choice needs at least two options with
 * unique keys, labels and finite scores; free text is not scored. Fields are relative to the item input.
 */
export function itemProblems(item: ItemDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (!item.text?.trim()) problems.push({ field: 'text', message: 'Введите текст задания' });
  if (item.weight != null && (!Number.isFinite(item.weight) || item.weight <= 0 || item.weight > 100)) {
    problems.push({ field: 'weight', message: 'Вес — число больше 0 и не больше 100' });
  }
  if (item.kind === DiagnosticItemKind.SCALE) {
    const { scaleMin: min, scaleMax: max } = item;
    if (min == null || !Number.isInteger(min)) problems.push({ field: 'scaleMin', message: 'Укажите минимум шкалы — целое число' });
    if (max == null || !Number.isInteger(max)) problems.push({ field: 'scaleMax', message: 'Укажите максимум шкалы — целое число' });
    else if (min != null && Number.isInteger(min) && min >= max) problems.push({ field: 'scaleMax', message: 'Максимум шкалы должен быть больше минимума' });
  }
  if (isChoice(item.kind)) {
    const options = item.options ?? [];
    if (options.length < 2) problems.push({ field: 'options', message: 'Нужно хотя бы два варианта ответа' });
    const seen = new Set<string>();
    options.forEach((o, i) => {
      const key = o.key?.trim() ?? '';
      if (!key) problems.push({ field: `options.${i}.key`, message: 'Укажите ключ варианта' });
      else if (seen.has(key)) problems.push({ field: `options.${i}.key`, message: `Ключ «${key}» повторяется` });
      seen.add(key);
      if (!o.label?.trim()) problems.push({ field: `options.${i}.label`, message: 'Введите текст варианта' });
      if (typeof o.score !== 'number' || !Number.isFinite(o.score)) problems.push({ field: `options.${i}.score`, message: 'Балл варианта — число' });
    });
  }
  return problems;
}

/** The stored shape: only what the kind uses (free text keeps no scale, no options). */
export function normalizeItem(item: ItemDraft): NormalizedItem {
  const base = { competenceId: item.competenceId, kind: item.kind, text: item.text.trim(), weight: item.weight ?? 1 };
  if (item.kind === DiagnosticItemKind.SCALE) return { ...base, scaleMin: item.scaleMin!, scaleMax: item.scaleMax!, options: [] };
  if (isChoice(item.kind)) {
    const options = (item.options ?? []).map((o) => ({ key: o.key.trim(), label: o.label.trim(), score: o.score }));
    return { ...base, scaleMin: null, scaleMax: null, options };
  }
  return { ...base, scaleMin: null, scaleMax: null, options: [], weight: 1 };
}

export interface RuleDraft {
  aggregation: ScoreAggregation;
  deficitBelow: number;
  proficitFrom: number;
}

/** Thresholds in %: 0 ≤ deficitBelow ≤ proficitFrom ≤ 100. */
export function thresholdProblems(rule: RuleDraft): FieldError[] {
  const problems: FieldError[] = [];
  const pct = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100;
  if (!pct(rule.deficitBelow)) problems.push({ field: 'deficitBelow', message: 'Порог дефицита — от 0 до 100 %' });
  if (!pct(rule.proficitFrom)) problems.push({ field: 'proficitFrom', message: 'Порог профицита — от 0 до 100 %' });
  if (!problems.length && rule.deficitBelow > rule.proficitFrom) problems.push({ field: 'proficitFrom', message: 'Порог профицита не может быть ниже порога дефицита' });
  return problems;
}

/**
 * Why an instrument may not be published: it needs at least one scored item, and every competence with scored
 * items needs a scoring rule. `codeOf` names competences in the message.
 */
export function publishProblem(items: readonly { competenceId: string; kind: DiagnosticItemKind }[], rules: readonly { competenceId: string }[], codeOf: (id: string) => string): string | null {
  const scored = items.filter((i) => isScored(i.kind));
  if (!scored.length) return 'В методике нет ни одного оцениваемого задания: публиковать нечего';
  const withRule = new Set(rules.map((r) => r.competenceId));
  const missing = [...new Set(scored.map((i) => i.competenceId))].filter((id) => !withRule.has(id)).map(codeOf).sort();
  if (missing.length) return `Задайте правило подсчёта и пороги для компетенций: ${missing.join(', ')}`;
  return null;
}
