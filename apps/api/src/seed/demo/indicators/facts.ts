import type { SeedFact } from '../seed-facts';

/**
 * An indicator with this name, baseline and targets (year: value «text»), and only illustrative values entered — the
 * values its recalculation stored (source «Расчёт») are counted from the demo facts, not numbers claimed from a seed.
 */
const indicatorSql = (key: string, name: string, baseline: [number, number, string] | null, targets: [number, number, string][]) => {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const want = targets.map(([y, v, t]) => `(${y}, ${v}::numeric, ${q(t)})`).join(', ');
  return `SELECT i.name = ${q(name)}
     AND ${baseline ? `i.baseline_year = ${baseline[0]} AND i.baseline_value = ${baseline[1]} AND i.baseline_text = ${q(baseline[2])}` : 'i.baseline_year IS NULL'}
     AND (SELECT count(*) FROM indicator_target t WHERE t.indicator_id = i.id) = ${targets.length}
     ${targets.length ? `AND NOT EXISTS (SELECT 1 FROM (VALUES ${want}) AS w(y, v, t) WHERE NOT EXISTS (
           SELECT 1 FROM indicator_target t WHERE t.indicator_id = i.id AND t.year = w.y AND t.value = w.v AND t.value_text = w.t))` : ''}
     AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND NOT v.illustrative AND v.source <> 'CALCULATION') AS ok
     FROM indicator i WHERE i.external_id = ${q(key)}`;
};

const fact = (seed: SeedFact['seed'], quote: string, key: string, name: string, baseline: [number, number, string] | null, targets: [number, number, string][]): SeedFact => ({
  seed,
  quote,
  target: { kind: 'query', description: `indicator ${key}: name, baseline and targets as the seed states`, sql: indicatorSql(key, name, baseline, targets) },
});

const CATEGORY_ROW = 'Увеличение количества педагогов, получивших высшую категорию, категории «педагог-наставник», «педагог-методист» 57% - в 32% - 1 к 63% - в 34% - 1 к 67% - в 38% - 1 к';
const CATEGORY = 'Увеличение количества педагогов, получивших высшую категорию, категории «педагог-наставник», «педагог-методист»';

/** Indicators quoted from the seeds: 000's table, 004's minimum results, 003's target indicators, 002's expected result. */
export const INDICATOR_FACTS: SeedFact[] = [
  fact('000', 'Повышение результативности внешних оценочных процедур (ВПР, ГИА, РСОКО) +7% +10%', 'demo:indicator:friends-external-assessment', 'Повышение результативности внешних оценочных процедур (ВПР, ГИА, РСОКО)', [2025, 0, ''], [
    [2026, 7, '+7%'],
    [2027, 10, '+10%'],
  ]),
  fact('000', 'Увеличение количества призёров и победителей профессиональных конкурсов +3 +6', 'demo:indicator:friends-contest-winners', 'Увеличение количества призёров и победителей профессиональных конкурсов', [2025, 0, ''], [
    [2026, 3, '+3'],
    [2027, 6, '+6'],
  ]),
  fact('000', 'Повышение уровня профессиональных компетенций педагогов 60% 70% 80%', 'demo:indicator:friends-competence-level', 'Повышение уровня профессиональных компетенций педагогов', [2025, 60, '60%'], [
    [2026, 70, '70%'],
    [2027, 80, '80%'],
  ]),
  fact('000', 'Количество молодых педагогов, оставшихся в школе 10 10 (с учётом перспективы) 10 (с учётом перспективы)', 'demo:indicator:friends-young-teachers', 'Количество молодых педагогов, оставшихся в школе', [2025, 10, '10'], [
    [2026, 10, '10 (с учётом перспективы)'],
    [2027, 10, '10 (с учётом перспективы)'],
  ]),
  fact('000', CATEGORY_ROW, 'demo:indicator:friends-highest-category', `${CATEGORY} (высшая категория)`, [2025, 57, '57% - в'], [
    [2026, 63, '63% - в'],
    [2027, 67, '67% - в'],
  ]),
  fact('000', CATEGORY_ROW, 'demo:indicator:friends-first-category', `${CATEGORY} (первая категория)`, [2025, 32, '32% - 1 к'], [
    [2026, 34, '34% - 1 к'],
    [2027, 38, '38% - 1 к'],
  ]),
  fact('000', 'Повышение мотивации педагогов к профессиональному росту', 'demo:indicator:friends-motivation', 'Повышение мотивации педагогов к профессиональному росту', null, []),
  fact(
    '004',
    'Организация повышения квалификации (не менее 41% педагогов образовательных организаций (не менее 20% для специалистов УО/ТМС), прошедших курсы повышения квалификации по теме инновационной деятельности)',
    'demo:indicator:timashevsk-trained-teachers',
    'Доля педагогов образовательных организаций, прошедших курсы повышения квалификации по теме инновационной деятельности',
    null,
    [[2023, 41, 'не менее 41%']],
  ),
  fact(
    '004',
    'Организация повышения квалификации (не менее 41% педагогов образовательных организаций (не менее 20% для специалистов УО/ТМС), прошедших курсы повышения квалификации по теме инновационной деятельности)',
    'demo:indicator:timashevsk-trained-specialists',
    'Доля специалистов УО/ТМС, прошедших курсы повышения квалификации по теме инновационной деятельности',
    null,
    [[2023, 20, 'не менее 20% для специалистов УО/ТМС']],
  ),
  fact(
    '004',
    'Формирование комплекта продуктов инновационной деятельности в рамках выбранного проекта, в том числе методических разработок, программ, диагностических инструментов, методических комплектов, моделей, результатов апробаций и пр. в форме типовых документов, пособий, технологических карт и пр. (не менее 3-х продуктов).',
    'demo:indicator:timashevsk-products',
    'Формирование комплекта продуктов инновационной деятельности в рамках выбранного проекта, в том числе методических разработок, программ, диагностических инструментов, методических комплектов, моделей, результатов апробаций и пр. в форме типовых документов, пособий, технологических карт и пр.',
    null,
    [[2023, 3, 'не менее 3-х продуктов']],
  ),
  fact(
    '004',
    'Проведение зональных и краевых семинаров (вебинаров), посвященных практике инновационной деятельности в рамках проекта (не менее 3-х).',
    'demo:indicator:timashevsk-seminars',
    'Проведение зональных и краевых семинаров (вебинаров), посвященных практике инновационной деятельности в рамках проекта',
    null,
    [[2023, 3, 'не менее 3-х']],
  ),
  fact('004', 'Отчет о реализации плана-графика (не менее 3-х)', 'demo:indicator:timashevsk-reports', 'Отчет о реализации плана-графика', null, [[2023, 3, 'не менее 3-х']]),
  fact('004', 'Создание авторской методической сети (не менее 1; не менее 5 участников).', 'demo:indicator:timashevsk-network', 'Создание авторской методической сети', null, [[2023, 1, 'не менее 1; не менее 5 участников']]),
  ...(
    [
      [2, 'Доля педагогов, повысивших уровень сформированности предметной и методической компетентности'],
      [3, 'Доля педагогических работников, реализующих индивидуальный образовательный маршрут'],
      [5, 'Доля педагогов, задействованных в системе наставничества «Учитель-учитель»'],
      [6, 'Доля педагогов, прошедших корпоративное обучение в соответствии с выявленными дефицитами и практиками школы'],
      [9, 'Количество актуальных для практик школы методических продуктов, разработанных педагогами образовательной организации'],
    ] as const
  ).map(([n, name]) => fact('003', name, `demo:indicator:vorkuta-${n}`, name, null, [])),
  fact('002', 'уменьшение доли школ с НОР/ НСУ', 'demo:indicator:podporozhye-low-results-share', 'Доля школ с НОР/ НСУ', null, []),
];
