import type { DiagnosticItemKind, ItemInput } from '@/gql/graphql';
import { fieldChecker } from '@/common/form-fields';

export interface OptionRow {
  key: string;
  label: string;
  score: number | null;
}

/** An item in the dialog: every kind's fields are kept while switching the kind; only the kind's go to the API. */
export interface ItemFormState {
  competenceId: string | null;
  kind: DiagnosticItemKind;
  text: string;
  scaleMin: number | null;
  scaleMax: number | null;
  options: OptionRow[];
  weight: number | null;
}

export interface ItemLike {
  kind: DiagnosticItemKind;
  text: string;
  scaleMin?: number | null;
  scaleMax?: number | null;
  weight: number;
  options: readonly { key: string; label: string; score: number }[];
  competence: { id: string };
}

export const isChoice = (kind: DiagnosticItemKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';
export const isItemField = fieldChecker(['competenceId', 'kind', 'text', 'scaleMin', 'scaleMax', 'options', 'weight']);

export const emptyItemForm = (competenceId: string | null = null): ItemFormState => ({
  competenceId,
  kind: 'SCALE',
  text: '',
  scaleMin: 1,
  scaleMax: 5,
  options: [
    { key: '1', label: '', score: 0 },
    { key: '2', label: '', score: 1 },
  ],
  weight: 1,
});

export function itemFormFrom(item: ItemLike): ItemFormState {
  const empty = emptyItemForm(item.competence.id);
  return {
    competenceId: item.competence.id,
    kind: item.kind,
    text: item.text,
    scaleMin: item.scaleMin ?? empty.scaleMin,
    scaleMax: item.scaleMax ?? empty.scaleMax,
    options: item.options.length ? item.options.map((o) => ({ key: o.key, label: o.label, score: o.score })) : empty.options,
    weight: item.weight,
  };
}

/** The next free option key (1, 2, 3, …). */
export function nextOptionKey(options: readonly OptionRow[]): string {
  const taken = new Set(options.map((o) => o.key.trim()));
  let n = options.length + 1;
  while (taken.has(String(n))) n += 1;
  return String(n);
}

export interface ItemMessages {
  required: string;
  whole: string;
  scaleOrder: string;
  twoOptions: string;
  duplicateKey: string;
  weight: string;
}

/** The API's rules, checked before sending: a scale min < max; a choice ≥ 2 options with unique keys and scores. */
export function validateItemForm(form: ItemFormState, m: ItemMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.competenceId) errors['competenceId'] = m.required;
  if (!form.text.trim()) errors['text'] = m.required;
  if (form.kind !== 'TEXT' && (form.weight === null || !(form.weight > 0 && form.weight <= 100))) errors['weight'] = m.weight;
  if (form.kind === 'SCALE') {
    if (form.scaleMin === null) errors['scaleMin'] = m.required;
    else if (!Number.isInteger(form.scaleMin)) errors['scaleMin'] = m.whole;
    if (form.scaleMax === null) errors['scaleMax'] = m.required;
    else if (!Number.isInteger(form.scaleMax)) errors['scaleMax'] = m.whole;
    else if (form.scaleMin !== null && form.scaleMin >= form.scaleMax) errors['scaleMax'] = m.scaleOrder;
  }
  if (isChoice(form.kind)) {
    if (form.options.length < 2) errors['options'] = m.twoOptions;
    const seen = new Set<string>();
    form.options.forEach((o, i) => {
      const key = o.key.trim();
      if (!key) errors[`options.${i}.key`] = m.required;
      else if (seen.has(key)) errors[`options.${i}.key`] = m.duplicateKey;
      seen.add(key);
      if (!o.label.trim()) errors[`options.${i}.label`] = m.required;
      if (o.score === null || !Number.isFinite(o.score)) errors[`options.${i}.score`] = m.required;
    });
  }
  return errors;
}

/** Only what the kind uses goes to the API. */
export function toItemInput(form: ItemFormState): ItemInput {
  const base = { competenceId: form.competenceId ?? '', kind: form.kind, text: form.text.trim(), weight: form.kind === 'TEXT' ? 1 : (form.weight ?? 1) };
  if (form.kind === 'SCALE') return { ...base, scaleMin: form.scaleMin, scaleMax: form.scaleMax, options: [] };
  if (isChoice(form.kind)) return { ...base, scaleMin: null, scaleMax: null, options: form.options.map((o) => ({ key: o.key.trim(), label: o.label.trim(), score: o.score ?? 0 })) };
  return { ...base, scaleMin: null, scaleMax: null, options: [] };
}

/** What the table shows in the «Ответ» column. */
export function answerSummary(item: ItemLike, m: { scale: (min: number, max: number) => string; unscored: string }): string {
  if (item.kind === 'SCALE') return m.scale(item.scaleMin ?? 0, item.scaleMax ?? 0);
  if (isChoice(item.kind)) return item.options.map((o) => `${o.label} = ${o.score}`).join('; ');
  return m.unscored;
}
