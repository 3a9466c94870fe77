/** The bank of normative documents (законы, указы, приказы, положения…) and the tasks of orders. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum DocumentLevel {
  FEDERAL = 'FEDERAL',
  REGIONAL = 'REGIONAL',
  MUNICIPAL = 'MUNICIPAL',
  ORGANIZATION = 'ORGANIZATION',
}
export const DOCUMENT_LEVEL_LABELS: Labels<DocumentLevel> = {
  FEDERAL: 'Федеральный',
  REGIONAL: 'Региональный',
  MUNICIPAL: 'Муниципальный',
  ORGANIZATION: 'Организации',
};

export enum DocumentKind {
  CONSTITUTION = 'CONSTITUTION',
  LAW = 'LAW',
  DECREE = 'DECREE',
  RESOLUTION = 'RESOLUTION',
  DIRECTIVE = 'DIRECTIVE',
  ORDER = 'ORDER',
  REGULATION = 'REGULATION',
  LETTER = 'LETTER',
  PROGRAMME = 'PROGRAMME',
  PROJECT = 'PROJECT',
  CONCEPT = 'CONCEPT',
  AGREEMENT = 'AGREEMENT',
  STANDARD = 'STANDARD',
  PLAN = 'PLAN',
  OTHER = 'OTHER',
}
export const DOCUMENT_KIND_LABELS: Labels<DocumentKind> = {
  CONSTITUTION: 'Конституция',
  LAW: 'Закон',
  DECREE: 'Указ',
  RESOLUTION: 'Постановление',
  DIRECTIVE: 'Распоряжение',
  ORDER: 'Приказ',
  REGULATION: 'Положение',
  LETTER: 'Письмо',
  PROGRAMME: 'Программа',
  PROJECT: 'Проект',
  CONCEPT: 'Концепция',
  AGREEMENT: 'Соглашение',
  STANDARD: 'Стандарт',
  PLAN: 'План',
  OTHER: 'Другое',
};
/** Kinds whose points are tasks with deadlines and responsible people (приказ, распоряжение). */
export const DOCUMENT_KINDS_WITH_TASKS: readonly DocumentKind[] = [DocumentKind.ORDER, DocumentKind.DIRECTIVE];

/** Validity on a day: not yet in force, in force, expired (its «действует до» passed or replaced by another). */
export enum DocumentValidity {
  IN_FORCE = 'IN_FORCE',
  NOT_YET = 'NOT_YET',
  EXPIRED = 'EXPIRED',
}
export const DOCUMENT_VALIDITY_LABELS: Labels<DocumentValidity> = {
  IN_FORCE: 'Действует',
  NOT_YET: 'Не вступил в силу',
  EXPIRED: 'Утратил силу',
};

export enum DocumentTaskStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
}
/** What a task shows: PLANNED past its deadline is OVERDUE (derived, never stored). */
export enum DocumentTaskState {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  OVERDUE = 'OVERDUE',
}
export const DOCUMENT_TASK_STATE_LABELS: Labels<DocumentTaskState> = {
  PLANNED: 'Запланировано',
  DONE: 'Выполнено',
  OVERDUE: 'Просрочено',
};

/** Files of the bank: documents as officials keep them. */
export const DOCUMENT_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
};
export const DOCUMENT_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** Tags of a document (topics: «наставничество», «стажировочные площадки», …): at most this many, each this long. */
export const DOCUMENT_MAX_TAGS = 20;
export const DOCUMENT_TAG_MAX_LENGTH = 60;

/** The state of a task on a day (`today` as YYYY-MM-DD). */
export function documentTaskState(status: DocumentTaskStatus, dueOn: string | null, today: string): DocumentTaskState {
  if (status === DocumentTaskStatus.DONE) return DocumentTaskState.DONE;
  return dueOn && dueOn < today ? DocumentTaskState.OVERDUE : DocumentTaskState.PLANNED;
}

/** Validity of a document on a day. */
export function documentValidity(d: { validFrom: string | null; validUntil: string | null; replacedById: string | null }, today: string): DocumentValidity {
  if (d.replacedById || (d.validUntil && d.validUntil < today)) return DocumentValidity.EXPIRED;
  if (d.validFrom && d.validFrom > today) return DocumentValidity.NOT_YET;
  return DocumentValidity.IN_FORCE;
}
