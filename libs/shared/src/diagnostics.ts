/** Diagnostics (диагностика профессиональных дефицитов): frameworks, instruments, campaigns, results. */
type Labels<E extends string> = Readonly<Record<E, string>>;

/** A framework or an instrument: edited while a draft; once published it is never changed in place, a new version is made. */
export enum VersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
export const VERSION_STATUS_LABELS: Labels<VersionStatus> = {
  DRAFT: 'Черновик',
  PUBLISHED: 'Действует',
  RETIRED: 'Выведена из употребления',
};

export enum DiagnosticItemKind {
  SCALE = 'SCALE',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TEXT = 'TEXT',
}
export const DIAGNOSTIC_ITEM_KIND_LABELS: Labels<DiagnosticItemKind> = {
  SCALE: 'Шкала',
  SINGLE_CHOICE: 'Один вариант',
  MULTIPLE_CHOICE: 'Несколько вариантов',
  TEXT: 'Свободный ответ',
};

/** How the items of one competence make its score (each item first scaled to 0–100 %). */
export enum ScoreAggregation {
  MEAN = 'MEAN',
  MIN = 'MIN',
}
export const SCORE_AGGREGATION_LABELS: Labels<ScoreAggregation> = {
  MEAN: 'Среднее (с весами)',
  MIN: 'Наименьший балл',
};

export enum CampaignMode {
  SELF = 'SELF',
  EXPERT = 'EXPERT',
  COMBINED = 'COMBINED',
  /** Results come from outside (a region's external diagnostics) by import. */
  EXTERNAL = 'EXTERNAL',
}
export const CAMPAIGN_MODE_LABELS: Labels<CampaignMode> = {
  SELF: 'Самооценка',
  EXPERT: 'Экспертная оценка',
  COMBINED: 'Самооценка и экспертная оценка',
  EXTERNAL: 'Внешняя диагностика (импорт результатов)',
};

/** How self and expert scores combine in a COMBINED campaign. */
export enum CombineRule {
  WEIGHTED = 'WEIGHTED',
  MIN = 'MIN',
  EXPERT_FIRST = 'EXPERT_FIRST',
}
export const COMBINE_RULE_LABELS: Labels<CombineRule> = {
  WEIGHTED: 'Взвешенное среднее',
  MIN: 'Меньшая из оценок',
  EXPERT_FIRST: 'Экспертная, при её отсутствии — самооценка',
};

export enum CampaignScopeKind {
  NETWORK = 'NETWORK',
  MUNICIPALITY = 'MUNICIPALITY',
  ORGANIZATIONS = 'ORGANIZATIONS',
}
export const CAMPAIGN_SCOPE_KIND_LABELS: Labels<CampaignScopeKind> = {
  NETWORK: 'Сеть',
  MUNICIPALITY: 'Муниципалитет',
  ORGANIZATIONS: 'Организации',
};

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export const CAMPAIGN_STATUS_LABELS: Labels<CampaignStatus> = {
  DRAFT: 'Подготовка',
  OPEN: 'Идёт',
  CLOSED: 'Завершена',
};

export enum ResponseRole {
  SELF = 'SELF',
  EXPERT = 'EXPERT',
}
export const RESPONSE_ROLE_LABELS: Labels<ResponseRole> = {
  SELF: 'Самооценка',
  EXPERT: 'Экспертная оценка',
};

export enum ResponseStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
export const RESPONSE_STATUS_LABELS: Labels<ResponseStatus> = {
  DRAFT: 'Черновик',
  SUBMITTED: 'Отправлено',
};

export enum ResultSource {
  SELF = 'SELF',
  EXPERT = 'EXPERT',
  COMBINED = 'COMBINED',
  IMPORT = 'IMPORT',
}
export const RESULT_SOURCE_LABELS: Labels<ResultSource> = {
  SELF: 'Самооценка',
  EXPERT: 'Экспертная оценка',
  COMBINED: 'Сводная оценка',
  IMPORT: 'Импорт внешней диагностики',
};

export enum CompetenceLevel {
  DEFICIT = 'DEFICIT',
  NORM = 'NORM',
  PROFICIT = 'PROFICIT',
}
export const COMPETENCE_LEVEL_LABELS: Labels<CompetenceLevel> = {
  DEFICIT: 'Дефицит',
  NORM: 'Норма',
  PROFICIT: 'Профицит',
};

/** A school's self-diagnostics: entered by the school or aggregated from its people's results. */
export enum SelfDiagnosisSource {
  ENTERED = 'ENTERED',
  AGGREGATED = 'AGGREGATED',
}
export const SELF_DIAGNOSIS_SOURCE_LABELS: Labels<SelfDiagnosisSource> = {
  ENTERED: 'Заполнена школой',
  AGGREGATED: 'Сведена из результатов педагогов',
};

/** Whole-cohort assignment plan of a mentoring programme. */
export enum AssignmentPlanStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  DISCARDED = 'DISCARDED',
}
export const ASSIGNMENT_PLAN_STATUS_LABELS: Labels<AssignmentPlanStatus> = {
  DRAFT: 'Проект',
  PUBLISHED: 'Опубликован',
  DISCARDED: 'Отклонён',
};
/** The background job that computes a programme's assignment plan (progress shown in the SPA). */
export const ASSIGNMENT_PLAN_JOB_KIND = 'matching.assignment-plan';

/** Score bounds: every competence score is a percentage. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
