/** Individual learning routes (ИОМ, индивидуальный образовательный маршрут). */
type Labels<E extends string> = Readonly<Record<E, string>>;

/** draft → on approval → approved → in progress → completed; on approval → returned (with comments) → on approval. */
export enum RouteStatus {
  DRAFT = 'DRAFT',
  ON_APPROVAL = 'ON_APPROVAL',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
export const ROUTE_STATUS_LABELS: Labels<RouteStatus> = {
  DRAFT: 'Черновик',
  ON_APPROVAL: 'На согласовании',
  RETURNED: 'Возвращён на доработку',
  APPROVED: 'Утверждён',
  IN_PROGRESS: 'Выполняется',
  COMPLETED: 'Завершён',
};

export enum RouteStepKind {
  INTERNSHIP_MODULE = 'INTERNSHIP_MODULE',
  MENTORING = 'MENTORING',
  EVENT = 'EVENT',
  COURSE = 'COURSE',
  SELF_EDUCATION = 'SELF_EDUCATION',
  OPEN_LESSON = 'OPEN_LESSON',
  METHODOLOGICAL_PRODUCT = 'METHODOLOGICAL_PRODUCT',
}
export const ROUTE_STEP_KIND_LABELS: Labels<RouteStepKind> = {
  INTERNSHIP_MODULE: 'Модуль стажировки на стажировочной площадке',
  MENTORING: 'Наставничество',
  EVENT: 'Мероприятие',
  COURSE: 'Курсы повышения квалификации',
  SELF_EDUCATION: 'Самообразование',
  OPEN_LESSON: 'Открытый урок',
  METHODOLOGICAL_PRODUCT: 'Методический продукт',
};

/** What completed a linked step by itself: attendance at its event, or the completion of its internship module. */
export enum RouteEvidenceSource {
  ATTENDANCE = 'ATTENDANCE',
  COMPLETION = 'COMPLETION',
}
export const ROUTE_EVIDENCE_SOURCE_LABELS: Labels<RouteEvidenceSource> = {
  ATTENDANCE: 'Посещено',
  COMPLETION: 'Модуль завершён',
};

export enum RouteStepStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
export const ROUTE_STEP_STATUS_LABELS: Labels<RouteStepStatus> = {
  PLANNED: 'Запланирован',
  IN_PROGRESS: 'Выполняется',
  DONE: 'Выполнен',
  CANCELLED: 'Отменён',
};

/** A line of the growth journal («Журнал непрерывного профессионального роста»). */
export enum JournalEntryKind {
  NOTE = 'NOTE',
  STATUS = 'STATUS',
  STEP = 'STEP',
  EVIDENCE = 'EVIDENCE',
}
export const JOURNAL_ENTRY_KIND_LABELS: Labels<JournalEntryKind> = {
  NOTE: 'Запись',
  STATUS: 'Статус маршрута',
  STEP: 'Шаг маршрута',
  EVIDENCE: 'Подтверждение',
};

/** Who may move a route where: the flow draft → on approval → approved → in progress → completed, or back for rework. */
export const ROUTE_TRANSITIONS: Readonly<Record<RouteStatus, readonly RouteStatus[]>> = {
  DRAFT: [RouteStatus.ON_APPROVAL],
  ON_APPROVAL: [RouteStatus.APPROVED, RouteStatus.RETURNED],
  RETURNED: [RouteStatus.ON_APPROVAL],
  APPROVED: [RouteStatus.IN_PROGRESS],
  IN_PROGRESS: [RouteStatus.COMPLETED],
  COMPLETED: [],
};
/** Statuses in which the route's content (period, competences, steps) may be edited. */
export const ROUTE_EDITABLE_STATUSES: readonly RouteStatus[] = [RouteStatus.DRAFT, RouteStatus.RETURNED];

/** Evidence of a step: the same kinds of documents as agreements, up to 5 MB. */
export const ROUTE_EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const ROUTE_EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
