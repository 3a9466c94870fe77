/** Indicators (показатель результативности, целевой индикатор): owner, unit, direction, targets, actual values. */
type Labels<E extends string> = Readonly<Record<E, string>>;

/** What an indicator belongs to (exactly one). */
export enum IndicatorOwnerKind {
  MENTORING_PROGRAM = 'MENTORING_PROGRAM',
  INTERNSHIP_PROGRAM = 'INTERNSHIP_PROGRAM',
  NETWORK = 'NETWORK',
  PLAN = 'PLAN',
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  ORGANIZATION = 'ORGANIZATION',
}
export const INDICATOR_OWNER_KIND_LABELS: Labels<IndicatorOwnerKind> = {
  MENTORING_PROGRAM: 'Программа наставничества',
  INTERNSHIP_PROGRAM: 'Программа стажировки',
  NETWORK: 'Сеть',
  PLAN: 'План, проект',
  MUNICIPALITY: 'Муниципалитет',
  REGION: 'Регион',
  ORGANIZATION: 'Организация',
};

export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  SCORE = 'SCORE',
}
export const INDICATOR_UNIT_LABELS: Labels<IndicatorUnit> = {
  PERCENT: '%',
  COUNT: 'количество',
  SCORE: 'балл',
};

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
export const INDICATOR_DIRECTION_LABELS: Labels<IndicatorDirection> = {
  HIGHER_IS_BETTER: 'Чем больше, тем лучше',
  LOWER_IS_BETTER: 'Чем меньше, тем лучше',
};

/** MANUAL: values entered by hand (or imported); COMPUTED: values come from the data (`computedKey`). */
export enum IndicatorKind {
  MANUAL = 'MANUAL',
  COMPUTED = 'COMPUTED',
}
export const INDICATOR_KIND_LABELS: Labels<IndicatorKind> = {
  MANUAL: 'Вводится вручную',
  COMPUTED: 'Рассчитывается по данным',
};

/** Status of an indicator against the target of its latest actual's year (see `indicator-status.ts` on the API). */
export enum IndicatorStatus {
  MET = 'MET',
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
  NO_DATA = 'NO_DATA',
}
export const INDICATOR_STATUS_LABELS: Labels<IndicatorStatus> = {
  MET: 'Цель достигнута',
  ON_TRACK: 'Идёт по плану',
  BEHIND: 'Отстаёт',
  NO_DATA: 'Нет данных',
};
/** The rule in words (the UI shows it beside the status). */
export const INDICATOR_STATUS_RULE =
  'Цель достигнута — последнее фактическое значение достигло цели своего года (с учётом того, что лучше: больше или меньше). ' +
  'Идёт по плану — продвижение от базового значения не меньше доли прошедшего времени до года цели. ' +
  'Отстаёт — иначе. Нет данных — нет фактических значений или целей.';

/** Trend of the two latest actual values, relative to the direction: UP is better, DOWN is worse. */
export enum IndicatorTrend {
  UP = 'UP',
  DOWN = 'DOWN',
  FLAT = 'FLAT',
}
export const INDICATOR_TREND_LABELS: Labels<IndicatorTrend> = {
  UP: 'Улучшается',
  DOWN: 'Ухудшается',
  FLAT: 'Без изменений',
};

/** Where a manual value comes from. */
export enum IndicatorValueSource {
  VPR = 'VPR',
  GIA = 'GIA',
  RSOKO = 'RSOKO',
  OLYMPIAD = 'OLYMPIAD',
  CONTEST = 'CONTEST',
  MONITORING = 'MONITORING',
  OTHER = 'OTHER',
  /** Stored by the recalculation of a computed indicator (the job `indicator.recalculate`), never entered by hand. */
  CALCULATION = 'CALCULATION',
}
export const INDICATOR_VALUE_SOURCE_LABELS: Labels<IndicatorValueSource> = {
  VPR: 'ВПР',
  GIA: 'ГИА (ОГЭ, ЕГЭ)',
  RSOKO: 'РСОКО',
  OLYMPIAD: 'Олимпиады (победители и призёры)',
  CONTEST: 'Конкурсы профессионального мастерства',
  MONITORING: 'Мониторинг',
  OTHER: 'Другой источник',
  CALCULATION: 'Расчёт',
};

/** Upper bound of a PERCENT value. */
export const INDICATOR_PERCENT_MAX = 100;
