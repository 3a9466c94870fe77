/** The network event calendar (мероприятия): kinds, statuses, recurrence, materials. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum EventKind {
  SEMINAR = 'SEMINAR',
  PRACTICUM = 'PRACTICUM',
  MASTER_CLASS = 'MASTER_CLASS',
  THEMATIC_CONSULTATION = 'THEMATIC_CONSULTATION',
  OPEN_LESSON = 'OPEN_LESSON',
  CONFERENCE = 'CONFERENCE',
  CREATIVE_MEETING = 'CREATIVE_MEETING',
  JOINT_TEACHERS_COUNCIL = 'JOINT_TEACHERS_COUNCIL',
  ROUND_TABLE = 'ROUND_TABLE',
  WEBINAR = 'WEBINAR',
  FESTIVAL = 'FESTIVAL',
  MARATHON = 'MARATHON',
  TELEBRIDGE = 'TELEBRIDGE',
  METHODOLOGICAL_SESSION = 'METHODOLOGICAL_SESSION',
  UNIFIED_METHODOLOGICAL_DAY = 'UNIFIED_METHODOLOGICAL_DAY',
  PEDAGOGICAL_LOUNGE = 'PEDAGOGICAL_LOUNGE',
  BUSINESS_GAME = 'BUSINESS_GAME',
  FLASH_MOB = 'FLASH_MOB',
  WORKSHOP = 'WORKSHOP',
  EXHIBITION = 'EXHIBITION',
  CONTEST = 'CONTEST',
  PAPER_CROSS_CHECK = 'PAPER_CROSS_CHECK',
  COORDINATION_COUNCIL = 'COORDINATION_COUNCIL',
  OTHER = 'OTHER',
}

export const EVENT_KIND_LABELS: Labels<EventKind> = {
  SEMINAR: 'Семинар',
  PRACTICUM: 'Практикум',
  MASTER_CLASS: 'Мастер-класс',
  THEMATIC_CONSULTATION: 'Тематическая консультация',
  OPEN_LESSON: 'Открытый урок',
  CONFERENCE: 'Конференция',
  CREATIVE_MEETING: 'Творческая встреча',
  JOINT_TEACHERS_COUNCIL: 'Совместный педагогический совет',
  ROUND_TABLE: 'Круглый стол',
  WEBINAR: 'Вебинар',
  FESTIVAL: 'Фестиваль',
  MARATHON: 'Марафон',
  TELEBRIDGE: 'Телемост',
  METHODOLOGICAL_SESSION: 'Методическая сессия',
  UNIFIED_METHODOLOGICAL_DAY: 'Единый методический день (ЕМД)',
  PEDAGOGICAL_LOUNGE: 'Педагогическая гостиная',
  BUSINESS_GAME: 'Деловая игра',
  FLASH_MOB: 'Флешмоб',
  WORKSHOP: 'Мастерская',
  EXHIBITION: 'Выставка',
  CONTEST: 'Конкурс',
  PAPER_CROSS_CHECK: 'Перекрёстная проверка диагностических работ',
  COORDINATION_COUNCIL: 'Заседание координационного совета',
  OTHER: 'Другое',
};

export enum EventStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export const EVENT_STATUS_LABELS: Labels<EventStatus> = {
  PLANNED: 'Запланировано',
  HELD: 'Проведено',
  CANCELLED: 'Отменено',
};

/** How precisely the date is known: a day (or days), a day with times, or a period such as «октябрь 2026». */
export enum EventTiming {
  DATE = 'DATE',
  DATE_TIME = 'DATE_TIME',
  PERIOD = 'PERIOD',
}

export const EVENT_TIMING_LABELS: Labels<EventTiming> = {
  DATE: 'Дата',
  DATE_TIME: 'Дата и время',
  PERIOD: 'Период',
};

/** Who the event is for, beyond the audience written in words. */
export enum EventAudienceTarget {
  YOUNG_TEACHERS = 'YOUNG_TEACHERS',
  MENTORS = 'MENTORS',
  TEACHERS = 'TEACHERS',
  ADMINISTRATORS = 'ADMINISTRATORS',
  METHODISTS = 'METHODISTS',
  SUBJECT_TEACHERS = 'SUBJECT_TEACHERS',
}

export const EVENT_AUDIENCE_TARGET_LABELS: Labels<EventAudienceTarget> = {
  YOUNG_TEACHERS: 'Молодые педагоги (стаж до 3 лет)',
  MENTORS: 'Наставники',
  TEACHERS: 'Педагоги',
  ADMINISTRATORS: 'Руководители и заместители',
  METHODISTS: 'Методисты',
  SUBJECT_TEACHERS: 'Учителя-предметники',
};

export enum EventRecurrence {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}

export const EVENT_RECURRENCE_LABELS: Labels<EventRecurrence> = {
  WEEKLY: 'Еженедельно',
  MONTHLY: 'Ежемесячно',
  QUARTERLY: 'Ежеквартально',
};

/** An exception to a series: one occurrence moved to another date or cancelled. */
export enum EventExceptionKind {
  MOVED = 'MOVED',
  CANCELLED = 'CANCELLED',
}

export const EVENT_EXCEPTION_KIND_LABELS: Labels<EventExceptionKind> = {
  MOVED: 'Перенесено',
  CANCELLED: 'Отменено',
};

export enum EventRegistrationStatus {
  REGISTERED = 'REGISTERED',
  CANCELLED = 'CANCELLED',
}

export const EVENT_REGISTRATION_STATUS_LABELS: Labels<EventRegistrationStatus> = {
  REGISTERED: 'Записан',
  CANCELLED: 'Запись отменена',
};

export enum EventMaterialKind {
  SCENARIO = 'SCENARIO',
  PHOTO_REPORT = 'PHOTO_REPORT',
  PRESENTATION = 'PRESENTATION',
  OTHER = 'OTHER',
}

export const EVENT_MATERIAL_KIND_LABELS: Labels<EventMaterialKind> = {
  SCENARIO: 'Сценарий',
  PHOTO_REPORT: 'Фотоотчёт',
  PRESENTATION: 'Презентация',
  OTHER: 'Другое',
};

export const EVENT_MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
export const EVENT_MATERIAL_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** Limits of a series: at most this many occurrences are ever generated. */
export const EVENT_SERIES_MAX_OCCURRENCES = 60;
