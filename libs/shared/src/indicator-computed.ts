/** Computed indicators: recalculated from the data, each with its formula in words. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum ComputedIndicatorKey {
  TEACHERS_WITH_APPROVED_ROUTE_SHARE = 'TEACHERS_WITH_APPROVED_ROUTE_SHARE',
  TEACHERS_IN_MENTORING_SHARE = 'TEACHERS_IN_MENTORING_SHARE',
  TEACHERS_INTERNSHIP_COMPLETED_SHARE = 'TEACHERS_INTERNSHIP_COMPLETED_SHARE',
  TEACHERS_TRAINED_SHARE = 'TEACHERS_TRAINED_SHARE',
  TEACHERS_WITH_DEFICITS_SHARE = 'TEACHERS_WITH_DEFICITS_SHARE',
  TEACHERS_RAISED_COMPETENCE_SHARE = 'TEACHERS_RAISED_COMPETENCE_SHARE',
  METHODOLOGICAL_PRODUCTS_COUNT = 'METHODOLOGICAL_PRODUCTS_COUNT',
  LOW_RESULTS_SCHOOLS_SHARE = 'LOW_RESULTS_SCHOOLS_SHARE',
  YOUNG_TEACHERS_RETAINED_SHARE = 'YOUNG_TEACHERS_RETAINED_SHARE',
  TEACHERS_WITH_CATEGORY_SHARE = 'TEACHERS_WITH_CATEGORY_SHARE',
  TEACHERS_WITH_HIGHEST_CATEGORY_SHARE = 'TEACHERS_WITH_HIGHEST_CATEGORY_SHARE',
}

export const COMPUTED_INDICATOR_LABELS: Labels<ComputedIndicatorKey> = {
  TEACHERS_WITH_APPROVED_ROUTE_SHARE: 'Доля педагогов, реализующих утверждённый индивидуальный образовательный маршрут',
  TEACHERS_IN_MENTORING_SHARE: 'Доля педагогов, задействованных в наставничестве (наставники и наставляемые)',
  TEACHERS_INTERNSHIP_COMPLETED_SHARE: 'Доля педагогов, завершивших стажировку',
  TEACHERS_TRAINED_SHARE: 'Доля педагогов, прошедших обучение за период',
  TEACHERS_WITH_DEFICITS_SHARE: 'Доля педагогов с профессиональными дефицитами',
  TEACHERS_RAISED_COMPETENCE_SHARE: 'Доля педагогов, повысивших уровень целевой компетенции',
  METHODOLOGICAL_PRODUCTS_COUNT: 'Количество методических продуктов',
  LOW_RESULTS_SCHOOLS_SHARE: 'Доля школ с низкими результатами (НОР) и в неблагоприятных условиях (НСУ)',
  YOUNG_TEACHERS_RETAINED_SHARE: 'Доля молодых педагогов, оставшихся в профессии',
  TEACHERS_WITH_CATEGORY_SHARE: 'Доля педагогов с первой или высшей квалификационной категорией',
  TEACHERS_WITH_HIGHEST_CATEGORY_SHARE: 'Доля педагогов с высшей категорией, «педагог-наставник» или «педагог-методист»',
};

/** The formula in words, as the indicator page shows it. «Педагоги» are the people working in the scope during the period. */
export const COMPUTED_INDICATOR_FORMULAS: Labels<ComputedIndicatorKey> = {
  TEACHERS_WITH_APPROVED_ROUTE_SHARE:
    'Педагоги, у которых есть утверждённый (выполняемый или завершённый) ИОМ, действующий в периоде, ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  TEACHERS_IN_MENTORING_SHARE:
    'Педагоги — наставники или наставляемые в парах и группах, шедших в периоде (идёт или завершено), ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  TEACHERS_INTERNSHIP_COMPLETED_SHARE:
    'Педагоги, завершившие модуль или программу стажировки в периоде (запись о завершении), ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  TEACHERS_TRAINED_SHARE:
    'Педагоги, у которых в периоде есть часы повышения квалификации (завершённые стажировки, посещённые мероприятия с часами), ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  TEACHERS_WITH_DEFICITS_SHARE:
    'Педагоги, у которых на конец периода есть хотя бы один дефицит по текущим результатам диагностики, ÷ педагоги охвата, прошедшие диагностику к концу периода × 100 %; изменение между кампаниями — разница долей на концах двух периодов',
  TEACHERS_RAISED_COMPETENCE_SHARE:
    'Педагоги с утверждённым ИОМ в периоде, у которых результат хотя бы по одной компетенции маршрута на конец периода выше, чем на его начало, ÷ педагоги с таким ИОМ и результатом на начало периода × 100 %',
  METHODOLOGICAL_PRODUCTS_COUNT: 'Число методических продуктов и публикаций авторов из организаций охвата, вышедших в периоде',
  LOW_RESULTS_SCHOOLS_SHARE:
    'Школы охвата со статусом НОР или НСУ в году периода ÷ все школы охвата (СОШ, гимназии, лицеи, центры образования, школы-интернаты) × 100 %',
  YOUNG_TEACHERS_RETAINED_SHARE:
    'Молодые педагоги (работают не больше 3 лет на начало периода), работавшие в организациях охвата на начало периода и работающие в них на его конец, ÷ молодые педагоги, работавшие на начало периода × 100 %',
  TEACHERS_WITH_CATEGORY_SHARE:
    'Педагоги, у которых на конец периода действует первая, высшая категория, «педагог-наставник» или «педагог-методист», ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  TEACHERS_WITH_HIGHEST_CATEGORY_SHARE:
    'Педагоги, у которых на конец периода действует высшая категория, «педагог-наставник» или «педагог-методист», ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
};

/** What the rows behind a number are. */
export enum ComputedRowKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  PRODUCT = 'PRODUCT',
}

export const COMPUTED_INDICATOR_ROWS: Readonly<Record<ComputedIndicatorKey, ComputedRowKind>> = {
  TEACHERS_WITH_APPROVED_ROUTE_SHARE: ComputedRowKind.PERSON,
  TEACHERS_IN_MENTORING_SHARE: ComputedRowKind.PERSON,
  TEACHERS_INTERNSHIP_COMPLETED_SHARE: ComputedRowKind.PERSON,
  TEACHERS_TRAINED_SHARE: ComputedRowKind.PERSON,
  TEACHERS_WITH_DEFICITS_SHARE: ComputedRowKind.PERSON,
  TEACHERS_RAISED_COMPETENCE_SHARE: ComputedRowKind.PERSON,
  METHODOLOGICAL_PRODUCTS_COUNT: ComputedRowKind.PRODUCT,
  LOW_RESULTS_SCHOOLS_SHARE: ComputedRowKind.ORGANIZATION,
  YOUNG_TEACHERS_RETAINED_SHARE: ComputedRowKind.PERSON,
  TEACHERS_WITH_CATEGORY_SHARE: ComputedRowKind.PERSON,
  TEACHERS_WITH_HIGHEST_CATEGORY_SHARE: ComputedRowKind.PERSON,
};

/** A share (%) or a count. */
export const COMPUTED_INDICATOR_IS_COUNT: Readonly<Record<ComputedIndicatorKey, boolean>> = {
  TEACHERS_WITH_APPROVED_ROUTE_SHARE: false,
  TEACHERS_IN_MENTORING_SHARE: false,
  TEACHERS_INTERNSHIP_COMPLETED_SHARE: false,
  TEACHERS_TRAINED_SHARE: false,
  TEACHERS_WITH_DEFICITS_SHARE: false,
  TEACHERS_RAISED_COMPETENCE_SHARE: false,
  METHODOLOGICAL_PRODUCTS_COUNT: true,
  LOW_RESULTS_SCHOOLS_SHARE: false,
  YOUNG_TEACHERS_RETAINED_SHARE: false,
  TEACHERS_WITH_CATEGORY_SHARE: false,
  TEACHERS_WITH_HIGHEST_CATEGORY_SHARE: false,
};

/** Which rows of a drill-down: those counted (the numerator), all in the denominator, or those not counted. */
export enum DrillDownRows {
  COUNTED = 'COUNTED',
  DENOMINATOR = 'DENOMINATOR',
  NOT_COUNTED = 'NOT_COUNTED',
}

/** Share in per cent with one decimal (half away from zero); null when nobody is in the denominator. */
export function computedShare(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}

/** The job kind of a computed indicator's recalculation (stores each year's value as an actual with the source «расчёт»). */
export const INDICATOR_RECALCULATION_JOB_KIND = 'indicator.recalculate';
