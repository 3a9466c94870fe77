import { IndicatorDirection, IndicatorKind, IndicatorUnit, IndicatorValueSource } from '@metodset/shared';

/** The owner of a demo indicator, by the external id of a seeded record (or a municipality's name). */
export type DemoIndicatorOwner = { networkKey: string } | { municipality: string } | { planKey: string };

export interface DemoIndicatorValue {
  periodStart: string;
  periodEnd: string;
  /** A school's value: its external id; none — the whole owner. */
  organizationKey?: string;
  value: number;
  source: IndicatorValueSource;
  sourceText: string;
}

export interface DemoIndicator {
  key: string;
  owner: DemoIndicatorOwner;
  name: string;
  section: string;
  position: number;
  description?: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  kind: IndicatorKind;
  /** COMPUTED: the key the computed-indicator registry (indicator/computed/) implements. */
  computedKey?: string;
  measuresChange?: boolean;
  baseline?: { year: number; value: number; text: string };
  targets: { year: number; value: number; text: string }[];
  /** Invented values (always illustrative); only for the fictional schools of seed 000. */
  values?: DemoIndicatorValue[];
  sourceNote: string;
  illustrative?: boolean;
}

const H = IndicatorDirection.HIGHER_IS_BETTER;
const L = IndicatorDirection.LOWER_IS_BETTER;
const { PERCENT, COUNT, SCORE } = IndicatorUnit;
const { MANUAL, COMPUTED } = IndicatorKind;

// ---- 000 «Будем дружить школами»: «Показатели результативности», baseline 2025, targets 2026 and 2027 ----------
const FRIENDS = { networkKey: 'demo:network:budem-druzhit-shkolami' };
const FRIENDS_SOURCE = 'Мастерская педагогического диалога «Будем дружить школами», таблица «Показатели результативности» (seed 000)';
const ILLUSTRATIVE = 'Демонстрационное значение (иллюстративное): школы мастерской вымышлены';
const SCHOOL = {
  a: 'demo:org:53-borovichi-sosh-9',
  b: 'demo:org:53-borovichi-gymnasium',
  c: 'demo:org:53-borovichi-sosh-11',
};
const SY_2025_26 = { periodStart: '2025-09-01', periodEnd: '2026-05-31' };
const H_2026 = { periodStart: '2026-09-01', periodEnd: '2026-12-31' };

export const FRIENDS_INDICATORS: DemoIndicator[] = [
  {
    key: 'demo:indicator:friends-external-assessment',
    owner: FRIENDS,
    name: 'Повышение результативности внешних оценочных процедур (ВПР, ГИА, РСОКО)',
    section: 'Основные',
    position: 1,
    description: 'Цели заданы приростом к 2025 году; значение 2025 года в таблице не указано.',
    unit: PERCENT,
    direction: H,
    kind: MANUAL,
    measuresChange: true,
    baseline: { year: 2025, value: 0, text: '' },
    targets: [
      { year: 2026, value: 7, text: '+7%' },
      { year: 2027, value: 10, text: '+10%' },
    ],
    values: [
      { ...SY_2025_26, value: 8, source: IndicatorValueSource.VPR, sourceText: ILLUSTRATIVE },
      { ...SY_2025_26, organizationKey: SCHOOL.a, value: 9, source: IndicatorValueSource.VPR, sourceText: ILLUSTRATIVE },
      { ...SY_2025_26, organizationKey: SCHOOL.b, value: 6, source: IndicatorValueSource.VPR, sourceText: ILLUSTRATIVE },
      { ...SY_2025_26, organizationKey: SCHOOL.c, value: 9, source: IndicatorValueSource.VPR, sourceText: ILLUSTRATIVE },
    ],
    sourceNote: FRIENDS_SOURCE,
  },
  {
    key: 'demo:indicator:friends-contest-winners',
    owner: FRIENDS,
    name: 'Увеличение количества призёров и победителей профессиональных конкурсов',
    section: 'Основные',
    position: 2,
    description: 'Цели заданы приростом к 2025 году; значение 2025 года в таблице не указано.',
    unit: COUNT,
    direction: H,
    kind: MANUAL,
    measuresChange: true,
    baseline: { year: 2025, value: 0, text: '' },
    targets: [
      { year: 2026, value: 3, text: '+3' },
      { year: 2027, value: 6, text: '+6' },
    ],
    values: [{ ...SY_2025_26, value: 2, source: IndicatorValueSource.CONTEST, sourceText: ILLUSTRATIVE }],
    sourceNote: FRIENDS_SOURCE,
  },
  {
    key: 'demo:indicator:friends-competence-level',
    owner: FRIENDS,
    name: 'Повышение уровня профессиональных компетенций педагогов',
    section: 'Основные',
    position: 3,
    unit: PERCENT,
    direction: H,
    kind: MANUAL,
    baseline: { year: 2025, value: 60, text: '60%' },
    targets: [
      { year: 2026, value: 70, text: '70%' },
      { year: 2027, value: 80, text: '80%' },
    ],
    values: [
      { ...SY_2025_26, value: 64, source: IndicatorValueSource.MONITORING, sourceText: ILLUSTRATIVE },
      { ...H_2026, value: 71, source: IndicatorValueSource.MONITORING, sourceText: ILLUSTRATIVE },
    ],
    sourceNote: FRIENDS_SOURCE,
  },
  {
    key: 'demo:indicator:friends-young-teachers',
    owner: FRIENDS,
    name: 'Количество молодых педагогов, оставшихся в школе',
    section: 'Основные',
    position: 4,
    unit: COUNT,
    direction: H,
    kind: MANUAL,
    baseline: { year: 2025, value: 10, text: '10' },
    targets: [
      { year: 2026, value: 10, text: '10 (с учётом перспективы)' },
      { year: 2027, value: 10, text: '10 (с учётом перспективы)' },
    ],
    sourceNote: FRIENDS_SOURCE,
  },
  {
    key: 'demo:indicator:friends-highest-category',
    owner: FRIENDS,
    name: 'Увеличение количества педагогов, получивших высшую категорию, категории «педагог-наставник», «педагог-методист» (высшая категория)',
    section: 'Дополнительные',
    position: 5,
    description: 'В таблице: «57% - в 32% - 1 к» (2025), «63% - в 34% - 1 к» (2026), «67% - в 38% - 1 к» (2027); здесь — доля с высшей категорией («в»).',
    unit: PERCENT,
    direction: H,
    kind: MANUAL,
    baseline: { year: 2025, value: 57, text: '57% - в' },
    targets: [
      { year: 2026, value: 63, text: '63% - в' },
      { year: 2027, value: 67, text: '67% - в' },
    ],
    sourceNote: FRIENDS_SOURCE,
  },
  {
    key: 'demo:indicator:friends-first-category',
    owner: FRIENDS,
    name: 'Увеличение количества педагогов, получивших высшую категорию, категории «педагог-наставник», «педагог-методист» (первая категория)',
    section: 'Дополнительные',
    position: 6,
    description: 'В таблице: «57% - в 32% - 1 к» (2025), «63% - в 34% - 1 к» (2026), «67% - в 38% - 1 к» (2027); здесь — доля с первой категорией («1 к»).',
    unit: PERCENT,
    direction: H,
    kind: MANUAL,
    baseline: { year: 2025, value: 32, text: '32% - 1 к' },
    targets: [
      { year: 2026, value: 34, text: '34% - 1 к' },
      { year: 2027, value: 38, text: '38% - 1 к' },
    ],
    sourceNote: FRIENDS_SOURCE,
  },
  {
    key: 'demo:indicator:friends-motivation',
    owner: FRIENDS,
    name: 'Повышение мотивации педагогов к профессиональному росту',
    section: 'Дополнительные',
    position: 7,
    description: 'Значения и единица измерения в таблице не указаны.',
    unit: SCORE,
    direction: H,
    kind: MANUAL,
    targets: [],
    sourceNote: FRIENDS_SOURCE,
  },
];

// Computed over the illustrative histories of the fictional schools (seed/demo/histories.data.ts): the seed gives
// these rows as targets (the manual indicators above); these show what the histories compute to. Illustrative.
const FRIENDS_COMPUTED_NOTE =
  'Рассчитывается по иллюстративным историям мест работы и квалификационных категорий педагогов вымышленных школ мастерской (демонстрационные данные)';
const friendsComputed = (n: number, key: string, name: string, computedKey: string, description: string): DemoIndicator => ({
  key,
  owner: FRIENDS,
  name,
  section: 'Расчётные (демонстрационные)',
  position: 7 + n,
  description,
  unit: PERCENT,
  direction: H,
  kind: COMPUTED,
  computedKey,
  targets: [],
  sourceNote: FRIENDS_COMPUTED_NOTE,
  illustrative: true,
});
FRIENDS_INDICATORS.push(
  friendsComputed(1, 'demo:indicator:friends-young-retained-computed', 'Доля молодых педагогов, оставшихся в школе (расчёт)', 'YOUNG_TEACHERS_RETAINED_SHARE',
    'Из педагогов со стажем до 3 лет, работавших в школах мастерской в начале года, — доля работающих там же в конце года. В таблице мастерской — количество («10»).'),
  friendsComputed(2, 'demo:indicator:friends-category-computed', 'Доля педагогов с квалификационной категорией (расчёт)', 'TEACHERS_WITH_CATEGORY_SHARE',
    'Доля педагогов школ мастерской, имеющих на конец периода первую, высшую категорию, категорию «педагог-наставник» или «педагог-методист».'),
  friendsComputed(3, 'demo:indicator:friends-highest-category-computed', 'Доля педагогов с высшей категорией, «педагог-наставник», «педагог-методист» (расчёт)', 'TEACHERS_WITH_HIGHEST_CATEGORY_SHARE',
    'Доля педагогов школ мастерской, имеющих на конец периода высшую категорию, категорию «педагог-наставник» или «педагог-методист».'),
);

// ---- 004 Тимашевск: «Ожидаемые результаты. Минимальные требования» (the project ends with the plan-schedule in 2023) ----
const KRC = { networkKey: 'demo:network:timashevsk-krc' };
const KRC_SOURCE = 'Проект КРЦ «Научно-методическое сопровождение профессионального роста педагогов в условиях деятельности стажировочных площадок», раздел «5. Ожидаемые результаты», столбец «Минимальные требования» (seed 004); год цели — последний год плана-графика';
const MIN = 'Минимальные обязательные результаты';
export const TIMASHEVSK_MINIMUM_TRAINED =
  'Организация повышения квалификации (не менее 41% педагогов образовательных организаций (не менее 20% для специалистов УО/ТМС), прошедших курсы повышения квалификации по теме инновационной деятельности)';

export const TIMASHEVSK_INDICATORS: DemoIndicator[] = [
  {
    key: 'demo:indicator:timashevsk-products',
    owner: KRC,
    name: 'Формирование комплекта продуктов инновационной деятельности в рамках выбранного проекта, в том числе методических разработок, программ, диагностических инструментов, методических комплектов, моделей, результатов апробаций и пр. в форме типовых документов, пособий, технологических карт и пр.',
    section: MIN,
    position: 1,
    unit: COUNT,
    direction: H,
    kind: MANUAL,
    targets: [{ year: 2023, value: 3, text: 'не менее 3-х продуктов' }],
    sourceNote: KRC_SOURCE,
  },
  {
    key: 'demo:indicator:timashevsk-seminars',
    owner: KRC,
    name: 'Проведение зональных и краевых семинаров (вебинаров), посвященных практике инновационной деятельности в рамках проекта',
    section: MIN,
    position: 2,
    unit: COUNT,
    direction: H,
    kind: MANUAL,
    targets: [{ year: 2023, value: 3, text: 'не менее 3-х' }],
    sourceNote: KRC_SOURCE,
  },
  {
    key: 'demo:indicator:timashevsk-reports',
    owner: KRC,
    name: 'Отчет о реализации плана-графика',
    section: MIN,
    position: 3,
    unit: COUNT,
    direction: H,
    kind: MANUAL,
    targets: [{ year: 2023, value: 3, text: 'не менее 3-х' }],
    sourceNote: KRC_SOURCE,
  },
  {
    key: 'demo:indicator:timashevsk-network',
    owner: KRC,
    name: 'Создание авторской методической сети',
    section: MIN,
    position: 4,
    unit: COUNT,
    direction: H,
    kind: MANUAL,
    targets: [{ year: 2023, value: 1, text: 'не менее 1; не менее 5 участников' }],
    sourceNote: KRC_SOURCE,
  },
  {
    key: 'demo:indicator:timashevsk-trained-teachers',
    owner: KRC,
    name: 'Доля педагогов образовательных организаций, прошедших курсы повышения квалификации по теме инновационной деятельности',
    section: MIN,
    position: 5,
    description: TIMASHEVSK_MINIMUM_TRAINED,
    unit: PERCENT,
    direction: H,
    kind: MANUAL,
    targets: [{ year: 2023, value: 41, text: 'не менее 41%' }],
    sourceNote: KRC_SOURCE,
  },
  {
    key: 'demo:indicator:timashevsk-trained-specialists',
    owner: KRC,
    name: 'Доля специалистов УО/ТМС, прошедших курсы повышения квалификации по теме инновационной деятельности',
    section: MIN,
    position: 6,
    description: TIMASHEVSK_MINIMUM_TRAINED,
    unit: PERCENT,
    direction: H,
    kind: MANUAL,
    targets: [{ year: 2023, value: 20, text: 'не менее 20% для специалистов УО/ТМС' }],
    sourceNote: KRC_SOURCE,
  },
];

// ---- 003 Воркута: «Целевые индикаторы» of the project (no numbers in the seed) -------------------------------------
// computedKey names agreed with COMPUTED (indicator/computed/ implements them):
//   TEACHERS_RAISED_COMPETENCE_SHARE   — share of teachers who raised a targeted competence (re-diagnostics)
//   TEACHERS_WITH_APPROVED_ROUTE_SHARE — share of teachers with an approved individual route (ИОМ)
//   TEACHERS_IN_MENTORING_SHARE        — share of teachers in mentoring (as mentor or mentee)
//   TEACHERS_TRAINED_SHARE             — share of teachers trained in the period (internships, courses, events with hours)
//   METHODOLOGICAL_PRODUCTS_COUNT      — number of methodological products
//   LOW_RESULTS_SCHOOLS_SHARE          — share of НОР/НСУ schools in a territory (002 below)
const VORKUTA = { networkKey: 'demo:network:vorkuta-sosh12-sosh35' };
const VORKUTA_SOURCE = 'Проект «ШМО — драйвер профессионального развития», раздел «Целевые индикаторы» (seed 003); целевые значения в проекте не указаны';
const TARGET = 'Целевые индикаторы';
const vorkuta = (n: number, name: string, unit: IndicatorUnit, computedKey?: string): DemoIndicator => ({
  key: `demo:indicator:vorkuta-${n}`,
  owner: VORKUTA,
  name,
  section: TARGET,
  position: n,
  unit,
  direction: H,
  kind: computedKey ? COMPUTED : MANUAL,
  computedKey,
  targets: [],
  sourceNote: VORKUTA_SOURCE,
});
export const VORKUTA_INDICATORS: DemoIndicator[] = [
  vorkuta(1, 'Доля педагогов, участвующих в реализации проекта', PERCENT),
  vorkuta(2, 'Доля педагогов, повысивших уровень сформированности предметной и методической компетентности', PERCENT, 'TEACHERS_RAISED_COMPETENCE_SHARE'),
  vorkuta(3, 'Доля педагогических работников, реализующих индивидуальный образовательный маршрут', PERCENT, 'TEACHERS_WITH_APPROVED_ROUTE_SHARE'),
  vorkuta(4, 'Доля ШМО, работающих по обновленным планам работы', PERCENT),
  vorkuta(5, 'Доля педагогов, задействованных в системе наставничества «Учитель-учитель»', PERCENT, 'TEACHERS_IN_MENTORING_SHARE'),
  vorkuta(6, 'Доля педагогов, прошедших корпоративное обучение в соответствии с выявленными дефицитами и практиками школы', PERCENT, 'TEACHERS_TRAINED_SHARE'),
  vorkuta(7, 'Количество уроков, посещенных педагогами в рамках внедрения технологии исследования урока', COUNT),
  vorkuta(8, 'Доля педагогов – участников методических и конкурсных мероприятий', PERCENT),
  vorkuta(9, 'Количество актуальных для практик школы методических продуктов, разработанных педагогами образовательной организации', COUNT, 'METHODOLOGICAL_PRODUCTS_COUNT'),
];

// ---- 002 Подпорожье: «уменьшение доли школ с НОР/ НСУ» (no numbers in the seed: computed from the schools' statuses) ----
export const PODPOROZHYE_INDICATORS: DemoIndicator[] = [
  {
    key: 'demo:indicator:podporozhye-low-results-share',
    owner: { municipality: 'Подпорожский муниципальный район' },
    name: 'Доля школ с НОР/ НСУ',
    section: 'Ожидаемые результаты',
    position: 1,
    description: 'Ожидаемый результат сетевого наставничества «Школа – школе» 2020–2023: «уменьшение доли школ с НОР/ НСУ». Числовых значений программа не приводит; доля рассчитывается по статусам школ по годам.',
    unit: PERCENT,
    direction: L,
    kind: COMPUTED,
    computedKey: 'LOW_RESULTS_SCHOOLS_SHARE',
    targets: [],
    sourceNote: 'Программа сетевого наставничества «Школа – школе» Подпорожского района 2020–2023 (seed 002)',
  },
];

export const DEMO_INDICATORS: DemoIndicator[] = [...FRIENDS_INDICATORS, ...TIMASHEVSK_INDICATORS, ...VORKUTA_INDICATORS, ...PODPOROZHYE_INDICATORS];
