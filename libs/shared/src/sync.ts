/** Bulk sync by external ids, the change feed and webhooks (regional systems' contract): enums with Russian labels. */
type Labels<E extends string> = Readonly<Record<E, string>>;

/** Rows per sync request, at most. */
export const SYNC_BATCH_LIMIT = 1000;
/** Changes per page of the change feed, at most. */
export const CHANGES_PAGE_LIMIT = 100;

export enum SyncStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}
export const SYNC_STATUS_LABELS: Labels<SyncStatus> = {
  CREATED: 'Создана',
  UPDATED: 'Обновлена',
  UNCHANGED: 'Без изменений',
  REFUSED: 'Отклонена',
};

/** Why a row was refused (stable codes for machines; the reason in Russian is beside it). */
export enum SyncRefusal {
  INVALID = 'INVALID',
  DUPLICATE = 'DUPLICATE',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
}

export enum SyncEntityType {
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
}
export const SYNC_ENTITY_TYPE_LABELS: Labels<SyncEntityType> = {
  ORGANIZATION: 'Организация',
  PERSON: 'Педагог',
};

export enum ChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  ARCHIVED = 'ARCHIVED',
}
export const CHANGE_KIND_LABELS: Labels<ChangeKind> = {
  CREATED: 'Создана',
  UPDATED: 'Изменена',
  ARCHIVED: 'В архиве',
};

export enum WebhookEvent {
  ROUTE_APPROVED = 'ROUTE_APPROVED',
  MENTORSHIP_STARTED = 'MENTORSHIP_STARTED',
  MENTORSHIP_ENDED = 'MENTORSHIP_ENDED',
  INTERNSHIP_COMPLETED = 'INTERNSHIP_COMPLETED',
  CAMPAIGN_RESULTS_READY = 'CAMPAIGN_RESULTS_READY',
}
export const WEBHOOK_EVENT_LABELS: Labels<WebhookEvent> = {
  ROUTE_APPROVED: 'Маршрут (ИОМ) утверждён',
  MENTORSHIP_STARTED: 'Наставничество началось',
  MENTORSHIP_ENDED: 'Наставничество завершено',
  INTERNSHIP_COMPLETED: 'Стажировка пройдена',
  CAMPAIGN_RESULTS_READY: 'Результаты диагностики готовы',
};

export enum DeliveryState {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
export const DELIVERY_STATE_LABELS: Labels<DeliveryState> = {
  PENDING: 'Доставляется',
  DELIVERED: 'Доставлено',
  FAILED: 'Не доставлено',
};
