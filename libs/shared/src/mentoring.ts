/** Mentoring (наставничество): programmes, the mentor base, mentorships. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum MentoringModel {
  LEADER_TO_LEADER = 'LEADER_TO_LEADER',
  TEACHER_TO_TEACHER = 'TEACHER_TO_TEACHER',
  SCHOOL_TO_SCHOOL = 'SCHOOL_TO_SCHOOL',
}
export const MENTORING_MODEL_LABELS: Labels<MentoringModel> = {
  LEADER_TO_LEADER: '«Руководитель – руководителю»',
  TEACHER_TO_TEACHER: '«Учитель – учителю»',
  SCHOOL_TO_SCHOOL: '«Школа – школе»',
};

export enum MentoringForm {
  TRADITIONAL = 'TRADITIONAL',
  PEER = 'PEER',
  GROUP = 'GROUP',
  FLASH = 'FLASH',
  VIRTUAL = 'VIRTUAL',
  PROFESSIONAL_DUO = 'PROFESSIONAL_DUO',
  ONE_TIME_IMMERSION = 'ONE_TIME_IMMERSION',
  LEARNING_COMMUNITY = 'LEARNING_COMMUNITY',
  SUPERVISION = 'SUPERVISION',
}
export const MENTORING_FORM_LABELS: Labels<MentoringForm> = {
  TRADITIONAL: 'Традиционное',
  PEER: 'Партнёрское «равный – равному»',
  GROUP: 'Групповое «круги наставничества»',
  FLASH: 'Флеш-наставничество',
  VIRTUAL: 'Виртуальное',
  PROFESSIONAL_DUO: 'Позитивный профессиональный дуэт',
  ONE_TIME_IMMERSION: 'Разовое погружение',
  LEARNING_COMMUNITY: 'ПОС',
  SUPERVISION: 'Супервизия',
};

export enum MentorType {
  METHODIST = 'METHODIST',
  LEADER = 'LEADER',
  TUTOR = 'TUTOR',
  DEVELOPER = 'DEVELOPER',
  CLASSIC = 'CLASSIC',
  COACH = 'COACH',
  MENTOR = 'MENTOR',
  CURATOR = 'CURATOR',
}
export const MENTOR_TYPE_LABELS: Labels<MentorType> = {
  METHODIST: 'Наставник-методист',
  LEADER: 'Наставник-лидер',
  TUTOR: 'Наставник-тьютор',
  DEVELOPER: 'Наставник-разработчик',
  CLASSIC: 'Классический наставник',
  COACH: 'Коуч',
  MENTOR: 'Ментор',
  CURATOR: 'Куратор',
};

export enum MentorDirection {
  STATE_EXAMS = 'STATE_EXAMS',
  VPR = 'VPR',
  OLYMPIADS = 'OLYMPIADS',
  FUNCTIONAL_LITERACY = 'FUNCTIONAL_LITERACY',
  SPECIAL_NEEDS = 'SPECIAL_NEEDS',
}
export const MENTOR_DIRECTION_LABELS: Labels<MentorDirection> = {
  STATE_EXAMS: 'Подготовка к ОГЭ/ЕГЭ',
  VPR: 'ВПР',
  OLYMPIADS: 'Олимпиадное движение',
  FUNCTIONAL_LITERACY: 'Функциональная грамотность',
  SPECIAL_NEEDS: 'Обучающиеся с ОВЗ',
};

export enum MentorshipStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}
export const MENTORSHIP_STATUS_LABELS: Labels<MentorshipStatus> = {
  PLANNED: 'Запланировано',
  ACTIVE: 'Идёт',
  COMPLETED: 'Завершено',
  STOPPED: 'Прекращено',
};
/** Legal moves: planned → active → completed; planned or active → stopped (with a reason). */
export const MENTORSHIP_TRANSITIONS: Readonly<Record<MentorshipStatus, readonly MentorshipStatus[]>> = {
  PLANNED: [MentorshipStatus.ACTIVE, MentorshipStatus.STOPPED],
  ACTIVE: [MentorshipStatus.COMPLETED, MentorshipStatus.STOPPED],
  COMPLETED: [],
  STOPPED: [],
};
/** Mentorships that take a mentor's places. */
export const LOAD_STATUSES: readonly MentorshipStatus[] = [MentorshipStatus.PLANNED, MentorshipStatus.ACTIVE];
export const MENTOR_CAPACITY_MAX = 20;

export enum MentorshipSide {
  MENTOR = 'MENTOR',
  MENTEE = 'MENTEE',
}

export enum SessionFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  OPEN_LESSON = 'OPEN_LESSON',
  CONSULTATION = 'CONSULTATION',
}
export const SESSION_FORMAT_LABELS: Labels<SessionFormat> = {
  IN_PERSON: 'Очная встреча',
  ONLINE: 'Онлайн-встреча',
  OPEN_LESSON: 'Посещение урока',
  CONSULTATION: 'Консультация',
};

/** «Дневник ПОС»: who may read an entry besides the pair or the community. */
export enum DiaryVisibility {
  /** The pair (or group, or community) only. */
  PARTICIPANTS = 'PARTICIPANTS',
  /** Also the programme's or the association's coordinators. */
  SHARED = 'SHARED',
}
export const DIARY_VISIBILITY_LABELS: Readonly<Record<DiaryVisibility, string>> = {
  PARTICIPANTS: 'Видят только участники',
  SHARED: 'Видят участники и координатор',
};

/** Reflection prompts of the diary (социорефлексия практик наставничества). */
export const DIARY_PROMPTS: readonly { key: string; text: string }[] = [
  { key: 'done', text: 'Что удалось сделать?' },
  { key: 'hard', text: 'Что было трудным?' },
  { key: 'learned', text: 'Чему я научился (научилась)?' },
  { key: 'next', text: 'Что сделаю иначе / следующий шаг?' },
];

export enum SurveyQuestionType {
  /** 1 to 5. */
  SCALE = 'SCALE',
  TEXT = 'TEXT',
}
export const SURVEY_SCALE_MAX = 5;
