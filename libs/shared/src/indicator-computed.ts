/** Computed indicators: recalculated from the data, each with its formula in words. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum ComputedIndicatorKey {
  ROUTE_APPROVED = 'ROUTE_APPROVED',
  IN_MENTORING = 'IN_MENTORING',
  INTERNSHIP_COMPLETED = 'INTERNSHIP_COMPLETED',
  TRAINED = 'TRAINED',
  WITH_DEFICITS = 'WITH_DEFICITS',
  COMPETENCE_RAISED = 'COMPETENCE_RAISED',
  PRODUCTS = 'PRODUCTS',
  LOW_RESULT_SCHOOLS = 'LOW_RESULT_SCHOOLS',
  YOUNG_RETAINED = 'YOUNG_RETAINED',
  CATEGORY_ANY = 'CATEGORY_ANY',
  CATEGORY_HIGHEST = 'CATEGORY_HIGHEST',
}

export const COMPUTED_INDICATOR_LABELS: Labels<ComputedIndicatorKey> = {
  ROUTE_APPROVED: 'Доля педагогов, реализующих утверждённый индивидуальный образовательный маршрут',
  IN_MENTORING: 'Доля педагогов, задействованных в наставничестве (наставники и наставляемые)',
  INTERNSHIP_COMPLETED: 'Доля педагогов, завершивших стажировку',
  TRAINED: 'Доля педагогов, прошедших обучение за период',
  WITH_DEFICITS: 'Доля педагогов с профессиональными дефицитами',
  COMPETENCE_RAISED: 'Доля педагогов, повысивших уровень целевой компетенции',
  PRODUCTS: 'Количество методических продуктов',
  LOW_RESULT_SCHOOLS: 'Доля школ с низкими результатами (НОР) и в неблагоприятных условиях (НСУ)',
  YOUNG_RETAINED: 'Доля молодых педагогов, оставшихся в профессии',
  CATEGORY_ANY: 'Доля педагогов с первой или высшей квалификационной категорией',
  CATEGORY_HIGHEST: 'Доля педагогов с высшей категорией, «педагог-наставник» или «педагог-методист»',
};

/** The formula in words, as the indicator page shows it. «Педагоги» are the people working in the scope during the period. */
export const COMPUTED_INDICATOR_FORMULAS: Labels<ComputedIndicatorKey> = {
  ROUTE_APPROVED:
    'Педагоги, у которых есть утверждённый (выполняемый или завершённый) ИОМ, действующий в периоде, ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  IN_MENTORING:
    'Педагоги — наставники или наставляемые в парах и группах, шедших в периоде (идёт или завершено), ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  INTERNSHIP_COMPLETED:
    'Педагоги, завершившие модуль или программу стажировки в периоде (запись о завершении), ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  TRAINED:
    'Педагоги, у которых в периоде есть часы повышения квалификации (завершённые стажировки, посещённые мероприятия с часами), ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  WITH_DEFICITS:
    'Педагоги, у которых на конец периода есть хотя бы один дефицит по текущим результатам диагностики, ÷ педагоги охвата, прошедшие диагностику к концу периода × 100 %; изменение между кампаниями — разница долей на концах двух периодов',
  COMPETENCE_RAISED:
    'Педагоги с утверждённым ИОМ в периоде, у которых результат хотя бы по одной компетенции маршрута на конец периода выше, чем на его начало, ÷ педагоги с таким ИОМ и результатом на начало периода × 100 %',
  PRODUCTS: 'Число методических продуктов и публикаций авторов из организаций охвата, вышедших в периоде',
  LOW_RESULT_SCHOOLS:
    'Школы охвата со статусом НОР или НСУ в году периода ÷ все школы охвата (СОШ, гимназии, лицеи, центры образования, школы-интернаты) × 100 %',
  YOUNG_RETAINED:
    'Молодые педагоги (работают не больше 3 лет на начало периода), работавшие в организациях охвата на начало периода и работающие в них на его конец, ÷ молодые педагоги, работавшие на начало периода × 100 %',
  CATEGORY_ANY:
    'Педагоги, у которых на конец периода действует первая, высшая категория, «педагог-наставник» или «педагог-методист», ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
  CATEGORY_HIGHEST:
    'Педагоги, у которых на конец периода действует высшая категория, «педагог-наставник» или «педагог-методист», ÷ все педагоги организаций охвата, работавшие в периоде × 100 %',
};

/** What the rows behind a number are. */
export enum ComputedRowKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  PRODUCT = 'PRODUCT',
}

export const COMPUTED_INDICATOR_ROWS: Readonly<Record<ComputedIndicatorKey, ComputedRowKind>> = {
  ROUTE_APPROVED: ComputedRowKind.PERSON,
  IN_MENTORING: ComputedRowKind.PERSON,
  INTERNSHIP_COMPLETED: ComputedRowKind.PERSON,
  TRAINED: ComputedRowKind.PERSON,
  WITH_DEFICITS: ComputedRowKind.PERSON,
  COMPETENCE_RAISED: ComputedRowKind.PERSON,
  PRODUCTS: ComputedRowKind.PRODUCT,
  LOW_RESULT_SCHOOLS: ComputedRowKind.ORGANIZATION,
  YOUNG_RETAINED: ComputedRowKind.PERSON,
  CATEGORY_ANY: ComputedRowKind.PERSON,
  CATEGORY_HIGHEST: ComputedRowKind.PERSON,
};

/** A share (%) or a count. */
export const COMPUTED_INDICATOR_IS_COUNT: Readonly<Record<ComputedIndicatorKey, boolean>> = {
  ROUTE_APPROVED: false,
  IN_MENTORING: false,
  INTERNSHIP_COMPLETED: false,
  TRAINED: false,
  WITH_DEFICITS: false,
  COMPETENCE_RAISED: false,
  PRODUCTS: true,
  LOW_RESULT_SCHOOLS: false,
  YOUNG_RETAINED: false,
  CATEGORY_ANY: false,
  CATEGORY_HIGHEST: false,
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
