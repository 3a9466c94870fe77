/** Plans (проект, дорожная карта, план-график, план мероприятий на учебный год): stages, items, their status. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum PlanKind {
  PROJECT = 'PROJECT',
  ROADMAP = 'ROADMAP',
  PLAN_SCHEDULE = 'PLAN_SCHEDULE',
  YEARLY_EVENT_PLAN = 'YEARLY_EVENT_PLAN',
}
export const PLAN_KIND_LABELS: Labels<PlanKind> = {
  PROJECT: 'Проект',
  ROADMAP: 'Дорожная карта',
  PLAN_SCHEDULE: 'План-график',
  YEARLY_EVENT_PLAN: 'План мероприятий на учебный год',
};

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}
export const PLAN_STATUS_LABELS: Labels<PlanStatus> = {
  DRAFT: 'Проект плана',
  ACTIVE: 'Выполняется',
  COMPLETED: 'Завершён',
};

export enum PlanStageKind {
  ORGANIZATIONAL = 'ORGANIZATIONAL',
  MAIN = 'MAIN',
  ANALYTICAL = 'ANALYTICAL',
  OTHER = 'OTHER',
}
export const PLAN_STAGE_KIND_LABELS: Labels<PlanStageKind> = {
  ORGANIZATIONAL: 'Организационный (подготовительный)',
  MAIN: 'Основной',
  ANALYTICAL: 'Аналитический (рефлексивный, обобщающий)',
  OTHER: 'Другой',
};

export enum PlanItemStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  NOT_DONE = 'NOT_DONE',
  CANCELLED = 'CANCELLED',
}
export const PLAN_ITEM_STATUS_LABELS: Labels<PlanItemStatus> = {
  PLANNED: 'Запланировано',
  IN_PROGRESS: 'Выполняется',
  DONE: 'Выполнено',
  NOT_DONE: 'Не выполнено',
  CANCELLED: 'Отменено',
};

/**
 * What carries out a plan item. MENTORSHIP and CAMPAIGN now; EVENT and COHORT join with the events and internships
 * (one place to add a kind: this enum and the plan-item-status reader).
 */
export enum PlanLinkKind {
  MENTORSHIP = 'MENTORSHIP',
  CAMPAIGN = 'CAMPAIGN',
  EVENT = 'EVENT',
  INTERNSHIP_COHORT = 'INTERNSHIP_COHORT',
}
export const PLAN_LINK_KIND_LABELS: Labels<PlanLinkKind> = {
  MENTORSHIP: 'Наставничество',
  CAMPAIGN: 'Диагностика',
  EVENT: 'Мероприятие',
  INTERNSHIP_COHORT: 'Стажировка',
};
/** «по данным …» on a derived status. */
export const PLAN_LINK_SOURCE_LABELS: Labels<PlanLinkKind> = {
  MENTORSHIP: 'по данным наставничества',
  CAMPAIGN: 'по данным диагностики',
  EVENT: 'по данным мероприятия',
  INTERNSHIP_COHORT: 'по данным стажировки',
};

export enum PlanPartyRole {
  RESPONSIBLE = 'RESPONSIBLE',
  PARTICIPANT = 'PARTICIPANT',
}
export const PLAN_PARTY_ROLE_LABELS: Labels<PlanPartyRole> = {
  RESPONSIBLE: 'Ответственный',
  PARTICIPANT: 'Участник',
};

export const PLAN_OWNER_KINDS = ['organization', 'municipality', 'network'] as const;
export type PlanOwnerKind = (typeof PLAN_OWNER_KINDS)[number];
