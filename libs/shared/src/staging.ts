/** Staging sites (стажировочные площадки) and their modular internship programmes. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum StagingSiteKind {
  STAGING_SITE = 'STAGING_SITE',
  SUPPORT_SITE = 'SUPPORT_SITE',
  INNOVATION_SITE = 'INNOVATION_SITE',
}

export const STAGING_SITE_KIND_LABELS: Labels<StagingSiteKind> = {
  STAGING_SITE: 'Стажировочная площадка',
  SUPPORT_SITE: 'Опорная площадка',
  INNOVATION_SITE: 'Инновационная площадка',
};

export enum StagingSiteLevel {
  MUNICIPAL = 'MUNICIPAL',
  REGIONAL = 'REGIONAL',
}

export const STAGING_SITE_LEVEL_LABELS: Labels<StagingSiteLevel> = {
  MUNICIPAL: 'Муниципальная',
  REGIONAL: 'Региональная',
};

/** Whether a site works today: not yet started, active, past its end date (expired). Archived sites are apart. */
export enum StagingSiteState {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
}

export const STAGING_SITE_STATE_LABELS: Labels<StagingSiteState> = {
  PLANNED: 'Ещё не начала работу',
  ACTIVE: 'Действует',
  EXPIRED: 'Срок истёк',
};

export enum ModuleFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  MIXED = 'MIXED',
}

export const MODULE_FORMAT_LABELS: Labels<ModuleFormat> = {
  IN_PERSON: 'Очно',
  ONLINE: 'Дистанционно',
  MIXED: 'Смешанный формат',
};

export enum InternshipTrackKind {
  INDIVIDUAL = 'INDIVIDUAL',
  GROUP = 'GROUP',
}

export const INTERNSHIP_TRACK_KIND_LABELS: Labels<InternshipTrackKind> = {
  INDIVIDUAL: 'Индивидуальный маршрут',
  GROUP: 'Групповой маршрут',
};

/** Limits the API checks and the forms show. */
export const STAGING_LIMITS = {
  themeLength: 500,
  titleLength: 500,
  textLength: 5000,
  orderNumberLength: 100,
  orderDateLength: 100,
  maxMasters: 50,
  maxCompetences: 30,
  maxModules: 50,
  moduleHoursMax: 500,
  programMonthsMax: 60,
} as const;
