import type { DiagnosticAnswerInput, DiagnosticFormFieldsFragment, DiagnosticItemKind } from '@/gql/graphql';

export type FormItem = DiagnosticFormFieldsFragment['items'][number];
type SavedAnswer = DiagnosticFormFieldsFragment['answers'][number];

/** One answer as the form holds it: a scale value, an option key, option keys, text; null — not answered. */
export type AnswerValue = number | string | string[] | null;
export type AnswersState = Record<string, AnswerValue>;

export interface CompetenceGroup {
  code: string;
  name: string;
  items: FormItem[];
}

/**
 * Items in the instrument's order, cut into runs of the same competence: a question keeps its number's place even when
 * its competence came earlier (the free-text question 16 on ME3 comes after 15, not between 11 and 12), and that
 * competence then heads a second run.
 */
export function groupByCompetence(items: readonly FormItem[]): CompetenceGroup[] {
  const groups: CompetenceGroup[] = [];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const last = groups.at(-1);
    if (last?.code === item.competenceCode) last.items.push(item);
    else groups.push({ code: item.competenceCode, name: item.competenceName, items: [item] });
  }
  return groups;
}

const valueOf = (kind: DiagnosticItemKind, a: SavedAnswer | undefined): AnswerValue => {
  if (!a) return kind === 'MULTIPLE_CHOICE' ? [] : null;
  switch (kind) {
    case 'SCALE':
      return a.scale ?? null;
    case 'SINGLE_CHOICE':
      return a.option ?? null;
    case 'MULTIPLE_CHOICE':
      return [...(a.options ?? [])];
    case 'TEXT':
      return a.text ?? '';
  }
};

/** The form's state from the saved answers (unanswered items null, multiple choices an empty list, texts ''). */
export function answersFrom(items: readonly FormItem[], saved: readonly SavedAnswer[]): AnswersState {
  const byId = new Map(saved.map((a) => [a.itemId, a]));
  return Object.fromEntries(items.map((i) => [i.id, i.kind === 'TEXT' ? (byId.get(i.id)?.text ?? '') : valueOf(i.kind, byId.get(i.id))]));
}

/** Whether the item counts as answered. */
export function isAnswered(item: FormItem, value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (item.kind === 'TEXT') return typeof value === 'string' && value.trim() !== '';
  if (item.kind === 'MULTIPLE_CHOICE') return Array.isArray(value) && value.length > 0;
  return value !== '';
}

/** The answers to send: only the answered items, each in the field of its kind. */
export function toAnswerInputs(items: readonly FormItem[], state: AnswersState): DiagnosticAnswerInput[] {
  return items.flatMap((i): DiagnosticAnswerInput[] => {
    const v = state[i.id];
    if (!isAnswered(i, v)) return [];
    switch (i.kind) {
      case 'SCALE':
        return [{ itemId: i.id, scale: Number(v) }];
      case 'SINGLE_CHOICE':
        return [{ itemId: i.id, option: String(v) }];
      case 'MULTIPLE_CHOICE':
        return [{ itemId: i.id, options: v as string[] }];
      case 'TEXT':
        return [{ itemId: i.id, text: String(v).trim() }];
    }
  });
}

/** Required items without an answer, in form order. */
export function missingRequired(items: readonly FormItem[], state: AnswersState): string[] {
  return [...items].sort((a, b) => a.position - b.position).filter((i) => i.required && !isAnswered(i, state[i.id])).map((i) => i.id);
}

export function progress(items: readonly FormItem[], state: AnswersState): { answered: number; required: number; percent: number } {
  const required = items.filter((i) => i.required);
  const answered = required.filter((i) => isAnswered(i, state[i.id])).length;
  return { answered, required: required.length, percent: required.length ? Math.round((answered / required.length) * 100) : 100 };
}

/** Item ids the API named in its field errors (`items.<id>` for unanswered ones). */
export function itemIdsOf(fields: readonly { field: string }[]): string[] {
  return fields.flatMap((f) => (f.field.startsWith('items.') ? [f.field.slice('items.'.length)] : []));
}

/** Values of a scale item, low to high. */
export function scaleValues(item: Pick<FormItem, 'scaleMin' | 'scaleMax'>): number[] {
  const min = item.scaleMin ?? 1;
  const max = item.scaleMax ?? 5;
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, k) => min + k);
}
