import type { DocumentPageQuery, DocumentTaskInput } from '@/gql/graphql';
import { blankToNull } from '@/common/format';
import type { PersonOption } from '@/modules/person/person-options';

export type DocumentTaskRow = NonNullable<DocumentPageQuery['document']>['tasks'][number];

export interface DocumentTaskFormState {
  number: string;
  text: string;
  dueOn: string;
  responsibleText: string;
  responsiblePersonIds: string[];
  result: string;
}

export const DOCUMENT_TASK_FIELDS = ['number', 'text', 'dueOn', 'responsibleText', 'responsiblePersonIds', 'result'] as const;
export const isDocumentTaskField = (field: string): boolean => (DOCUMENT_TASK_FIELDS as readonly string[]).includes(field.split('.')[0]);

export function emptyDocumentTaskForm(): DocumentTaskFormState {
  return { number: '', text: '', dueOn: '', responsibleText: '', responsiblePersonIds: [], result: '' };
}

export function documentTaskFormFrom(t: DocumentTaskRow): DocumentTaskFormState {
  return { number: t.number, text: t.text, dueOn: t.dueOn ?? '', responsibleText: t.responsibleText, responsiblePersonIds: t.responsible.map((p) => p.id), result: t.result };
}

/** The people a task already names, as picker options (so the picker labels them before any search). */
export function knownResponsible(t: DocumentTaskRow | null): PersonOption[] {
  return (t?.responsible ?? []).map((p) => ({ value: p.id, label: p.fullName, place: null }));
}

export function validateDocumentTaskForm(form: DocumentTaskFormState, m: { required: string }): Record<string, string> {
  return form.text.trim() ? {} : { text: m.required };
}

export function toDocumentTaskInput(form: DocumentTaskFormState): DocumentTaskInput {
  return {
    number: form.number.trim(),
    text: form.text.trim(),
    dueOn: blankToNull(form.dueOn),
    responsibleText: form.responsibleText.trim(),
    responsiblePersonIds: form.responsiblePersonIds,
    result: form.result.trim(),
  };
}
