import { DOCUMENT_KIND_LABELS, DOCUMENT_LEVEL_LABELS, DOCUMENT_TASK_STATE_LABELS, DOCUMENT_VALIDITY_LABELS } from '@metodset/shared';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { formatDate } from '@/common/format';
import type { Option } from '@/common/useEnumLabels';
import type { DocumentKind, DocumentLevel, DocumentTaskState, DocumentValidity } from '@/gql/graphql';

export const DOCUMENT_LEVELS = Object.keys(DOCUMENT_LEVEL_LABELS) as DocumentLevel[];
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];
export const DOCUMENT_VALIDITIES = Object.keys(DOCUMENT_VALIDITY_LABELS) as DocumentValidity[];
export const DOCUMENT_TASK_STATES = Object.keys(DOCUMENT_TASK_STATE_LABELS) as DocumentTaskState[];

/** The severity of a validity chip and of a task state tag. */
export const VALIDITY_SEVERITY: Record<DocumentValidity, 'success' | 'secondary' | 'info'> = { IN_FORCE: 'success', EXPIRED: 'secondary', NOT_YET: 'info' };
export const TASK_STATE_SEVERITY: Record<DocumentTaskState, 'success' | 'danger' | 'info'> = { DONE: 'success', OVERDUE: 'danger', PLANNED: 'info' };

/** «Приказ № 527 от 25.08.2022»: the kind, the number and the date as far as they are known. */
export function documentCaption(d: { number: string; issuedOn?: string | null }, kind: string): string {
  return [kind, d.number ? `№ ${d.number}` : '', d.issuedOn ? `от ${formatDate(d.issuedOn)}` : ''].filter(Boolean).join(' ');
}

/** Labels of the document enums (from @metodset/shared, through i18n) and select options built from them. */
export function useDocumentLabels() {
  const { t } = useI18n();
  const level = (v: DocumentLevel) => t(`document.level.${v}`);
  const kind = (v: DocumentKind) => t(`document.kind.${v}`);
  const validity = (v: DocumentValidity) => t(`document.validity.${v}`);
  const taskState = (v: DocumentTaskState) => t(`document.taskState.${v}`);
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) => computed<Option<T>[]>(() => values.map((value) => ({ value, label: label(value) })));
  return {
    level,
    kind,
    validity,
    taskState,
    caption: (d: { kind: DocumentKind; number: string; issuedOn?: string | null }) => documentCaption(d, kind(d.kind)),
    levelOptions: options(DOCUMENT_LEVELS, level),
    kindOptions: options(DOCUMENT_KINDS, kind),
    validityOptions: options(DOCUMENT_VALIDITIES, validity),
    taskStateOptions: options(DOCUMENT_TASK_STATES, taskState),
  };
}
