import { NetworkModel, OrganizationStatusKind } from '@metodset/shared';
import { TIM_PROGRAM_TITLES } from './staging/timashevsk.data';
import { DOCUMENT_FACTS } from './documents/documents.facts';
import { KALEIDOSCOPE_TITLE, YAR_CARD_KEY, YAR_CARD_TITLE, YAR_PRODUCTS, YAR_RESULT, YAR_SOLUTION } from './practices/practices.data';
import { INDICATOR_FACTS } from './indicators/facts';

/**
 * Facts of the demo data quoted verbatim from the five programmes in docs/seeds/ (whitespace aside: the quotes are
 * compared with runs of spaces and line breaks collapsed). Each fact names the seeded record it maps to and what that
 * record must hold. Every demo organisation, person and agreement that is NOT marked illustrative is backed by at
 * least one `field` fact here; everything else the demo invents is marked illustrative («демонстрационные данные»).
 * Checked on a seeded database by apps/api/test/seed-facts.int-spec.ts.
 */

/** The seed files, by their number. */
export const SEED_FILES = {
  '000': '000_460c3fe9a7de9de8.txt', // «Будем дружить школами»
  '001': '001_78940dfc2fa19b3d.txt', // Ярославль, МИП
  '002': '002_be24f99301e95f44.txt', // Подпорожье, «Школа – школе»
  '003': '003_b46023ea3a3012fd.txt', // Воркута, СОШ №12 и №35
  '004': '004_1be3f6edebba6eb0.txt', // Тимашевск, КРЦ
} as const;
export type SeedFile = keyof typeof SEED_FILES;

/** Tables a `field` fact may point at (by external id); `full_name` of a person is «Фамилия Имя Отчество» as stored. */
export type FactTable = 'organization' | 'person' | 'network' | 'agreement' | 'diagnostic_campaign' | 'staging_site' | 'internship_program' | 'event' | 'plan' | 'plan_item' | 'document' | 'document_task' | 'practice' | 'methodological_product';

export type SeedFactTarget =
  /** A column of the record with this external id holds `expected`. */
  | { kind: 'field'; table: FactTable; key: string; column: string; expected: string | number | boolean | null }
  /** The organisation holds (or, with `held: false`, does not hold) the status in that year. */
  | { kind: 'status'; organizationKey: string; status: OrganizationStatusKind; year: number; held: boolean }
  /** No record with this external id: the programme says it does not exist (yet). */
  | { kind: 'absent'; table: FactTable; key: string }
  /** A check that spans records: the query returns one row with `ok` true. */
  | { kind: 'query'; description: string; sql: string };

export interface SeedFact {
  seed: SeedFile;
  quote: string;
  target: SeedFactTarget;
}

const field = (table: FactTable, key: string, column: string, expected: string | number | boolean | null): SeedFactTarget => ({
  kind: 'field',
  table,
  key,
  column,
  expected,
});
const org = (key: string, name: string) => field('organization', `demo:org:${key}`, 'name', name);
const person = (key: string, fullName: string) => field('person', `demo:person:${key}`, 'full_name', fullName);
const status = (organizationKey: string, s: OrganizationStatusKind, year: number, held = true): SeedFactTarget => ({
  kind: 'status',
  organizationKey: `demo:org:${organizationKey}`,
  status: s,
  year,
  held,
});

const PODP_LIST = '«Подпорожская СОШ №1 им. А.С. Пушкина»; 2. МБОУ «Подпорожская СОШ №4 им. М. Горького»; 3. МБОУ «Подпорожская СОШ №8»; 4. МБОУ «Никольская ООШ №9»; 5. МБОУ «Важинский образовательный центр»; 6. МБОУ «Винницкая школа – интернат»; 7. МБОУ «Вознесенский образовательный центр»';
const TIM_SITES_PERIOD = 'В течение трех лет (2015-2018г.г.) в Тимашевском районе был разработан и реализовался инновационный проект';
const TIM_SITES_AIM = 'функционируют муниципальные стажировочные площадки, цель которых – развитие профессиональных компетенций педагогов, непрерывное повышение квалификации в межкурсовой период';
/** The site with this external id stands on the organisation `demo:org:<orgKey>`. */
const siteHost = (siteKey: string, orgKey: string): SeedFactTarget => ({
  kind: 'query',
  description: `site ${siteKey} is hosted by ${orgKey}`,
  sql: `SELECT count(*) = 1 AS ok FROM staging_site s JOIN organization o ON o.id = s.organization_id WHERE s.external_id = '${siteKey}' AND o.external_id = 'demo:org:${orgKey}'`,
});
const TIM_SITES = 'Стажировки возникли на базах школ, имеющих передовой педагогический опыт или опыт инновационной деятельности – МБОУ СОШ № 1, 2, 4, 5, 11, 13';
const TIM_TMS = 'территориальные методические службы: Калининский район, Брюховецкий, Приморско- Ахтарский, Каневской, Ейский, Ленинградский районы, г-к Анапа, г. Горячий Ключ';
const TIM_PARTNERS = 'Соглашения о сотрудничестве подписаны с ГБОУ ДО Институтом развития образования Краснодарского края, Кубанским государственным университетом, ЧОУ «Персонал-Ресурс», готовятся документы о подписании взаимодействия с филиалом КубГУ в г. Славянске-на-Кубани';
const tms = (slug: string, territory: string): SeedFact => ({
  seed: '004',
  quote: TIM_TMS,
  target: org(`23-${slug}-tms`, `Территориальная методическая служба муниципального образования ${territory}`),
});

/** Plans (seed-facts of the plan domain): the items as the seeds write them, their counts and dates. */
const planItem = (plan: string, n: string, column: string, expected: string) => field('plan_item', `demo:plan:${plan}:${n}`, column, expected);
const itemCount = (plan: string, n: number, description: string): SeedFactTarget => ({
  kind: 'query',
  description,
  sql: `SELECT count(*) = ${n} AS ok FROM plan_item i JOIN plan p ON p.id = i.plan_id WHERE p.external_id = 'demo:plan:${plan}' AND i.archived_at IS NULL`,
});
const riskOf = (plan: string, title: string): SeedFactTarget => ({
  kind: 'query',
  description: `the plan ${plan} keeps the risk «${title}» as written (not illustrative)`,
  sql: `SELECT count(*) = 1 AS ok FROM plan_risk r JOIN plan p ON p.id = r.plan_id WHERE p.external_id = 'demo:plan:${plan}' AND r.title = '${title.replace(/'/g, "''")}' AND NOT r.illustrative AND r.archived_at IS NULL`,
});
const PLAN_FACTS: SeedFact[] = [
  { seed: '003', quote: 'Недостаточная активность и заинтересованность педагогов в профессиональном и личностном росте.', target: riskOf('vorkuta-roadmap-2022', 'Недостаточная активность и заинтересованность педагогов в профессиональном и личностном росте.') },
  { seed: '003', quote: 'Дефицит времени, связанный с высокой интенсивностью работы.', target: riskOf('vorkuta-roadmap-2022', 'Дефицит времени, связанный с высокой интенсивностью работы.') },
  { seed: '003', quote: 'Дефицит педагогических кадров.', target: riskOf('vorkuta-roadmap-2022', 'Дефицит педагогических кадров.') },
  { seed: '003', quote: 'ДОРОЖНАЯ КАРТА** (план реализации проекта)', target: itemCount('vorkuta-roadmap-2022', 19, 'the Vorkuta road map has its 19 items (8 + 9 + 2)') },
  {
    seed: '003',
    quote: '<b>Организационный этап</b>',
    target: {
      kind: 'query',
      description: 'the Vorkuta road map has three stages of 8, 9 and 2 items',
      sql: `SELECT array_agg(n ORDER BY position) = ARRAY[8, 9, 2]::bigint[] AS ok FROM (SELECT s.position, count(i.id) AS n FROM plan_stage s JOIN plan p ON p.id = s.plan_id
              LEFT JOIN plan_item i ON i.stage_id = s.id WHERE p.external_id = 'demo:plan:vorkuta-roadmap-2022' GROUP BY s.position) x`,
    },
  },
  { seed: '003', quote: 'общеобразовательных организаций, имеющих низкие образовательные результаты обучающихся 10.01.2022', target: planItem('vorkuta-roadmap-2022', '1.1', 'starts_on', '2022-01-10') },
  { seed: '003', quote: 'Проведение оценки базовых компетенций педагогов. 24.03.2022 - 04.04.2022', target: planItem('vorkuta-roadmap-2022', '1.3', 'ends_on', '2022-04-04') },
  { seed: '003', quote: 'Проведение оценки базовых компетенций педагогов. 24.03.2022 - 04.04.2022', target: planItem('vorkuta-roadmap-2022', '1.3', 'period_text', '24.03.2022 - 04.04.2022') },
  { seed: '003', quote: 'Реализация ИОМ педагогов. 01.10.2022- 31.05.2023', target: planItem('vorkuta-roadmap-2022', '2.1', 'ends_on', '2023-05-31') },
  {
    seed: '003',
    quote: 'Организация перекрестных проверок диагностических работ учащихся 9-х и 11-х классов в ходе подготовки к ГИА. 9 класс- 23.01.2023- 28.01.2023 11 класс- 13.02.2023- 18.02.2023',
    target: planItem('vorkuta-roadmap-2022', '2.4', 'starts_on', '2023-01-23'),
  },
  { seed: '003', quote: 'Проведение мониторинга эффективности сетевого взаимодействия. 15.05.2023- 22.05.2023', target: planItem('vorkuta-roadmap-2022', '3.2', 'ends_on', '2023-05-22') },
  { seed: '003', quote: 'Круглый стол «Технологии, методы и средства подготовки учащихся к ГИА» 07.10.2022', target: planItem('vorkuta-roadmap-2022', '2.2', 'expected_result', 'Обмен опытом по подготовке учащихся к ГИА') },
  {
    seed: '003',
    quote: 'Осипову Е.В., заместителя директора',
    target: {
      kind: 'query',
      description: 'the Vorkuta road map names roles, not people: no item of it names a person',
      sql: `SELECT NOT EXISTS (SELECT 1 FROM plan_item_party y JOIN plan_item i ON i.id = y.item_id JOIN plan p ON p.id = i.plan_id
              WHERE p.external_id = 'demo:plan:vorkuta-roadmap-2022' AND y.person_id IS NOT NULL) AS ok`,
    },
  },
  { seed: '002', quote: 'на 2020- 2021 учебный год.', target: itemCount('podporozhye-2020-2021', 15, 'the 2020–2021 plan has its 15 items (1.1.–1.5., 2.1.–2.10)') },
  { seed: '002', quote: 'на 2021- 2022 учебный год.', target: itemCount('podporozhye-2021-2022', 10, 'the 2021–2022 plan has its 10 items') },
  { seed: '002', quote: 'на 2022 - 2023 учебный год.', target: itemCount('podporozhye-2022-2023', 10, 'the 2022–2023 plan has its 10 items') },
  {
    seed: '002',
    quote: 'Семинар – практикум «Учебный план как основа повышения качества образования» Январь 2021 года',
    target: planItem('podporozhye-2020-2021', '2.3', 'period_text', 'Январь 2021 года'),
  },
  {
    seed: '002',
    quote: 'Администрация МБОУ «Подпорожская СОШ №3», МБОУ «Важинский ОЦ», МБОУ «Подпорожская СОШ №4 им. М.Горького» Повышение профессиональных компетенций заместителей директоров по УВР школ ШНОР',
    target: planItem('podporozhye-2020-2021', '2.3', 'expected_result', 'Повышение профессиональных компетенций заместителей директоров по УВР школ ШНОР'),
  },
  { seed: '002', quote: 'Муниципальный конкурс методических материалов по актуальным вопросам обучения и воспитания. Апрель 2022 года', target: planItem('podporozhye-2022-2023', '1.8', 'period_text', 'Апрель 2022 года') },
  {
    seed: '002',
    quote: '(Шахова М.Ю.- Ключина Г.Г.)',
    target: {
      kind: 'query',
      description: 'the «500+» pair item of 2020–2021 takes its status from the pair’s mentorship, not from an invented hand-set status',
      sql: `SELECT count(*) = 1 AS ok FROM plan_item_link l JOIN plan_item i ON i.id = l.item_id JOIN mentorship m ON m.id = l.target_id
             WHERE i.external_id = 'demo:plan:podporozhye-2020-2021:2.4' AND m.external_id = 'demo:mentorship:podporozhye-500-shakhova-klyuchina' AND i.status = 'PLANNED' AND NOT i.illustrative`,
    },
  },
  { seed: '001', quote: 'Организационно-аналитический (июнь – октябрь 2023 гг.)', target: field('plan', 'demo:plan:yaroslavl-mip-roadmap', 'title', 'Дорожная карта проекта «Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города»') },
  {
    seed: '001',
    quote: 'Аналитико-результативный (январь – май 2025 гг.)',
    target: {
      kind: 'query',
      description: 'the Yaroslavl road map has its five stages with their periods, the last January – May 2025',
      sql: `SELECT count(*) = 5 AND max(s.ends_on) = DATE '2025-05-31' AND bool_or(s.period_text = 'январь – май 2025 гг.') AS ok
              FROM plan_stage s JOIN plan p ON p.id = s.plan_id WHERE p.external_id = 'demo:plan:yaroslavl-mip-roadmap'`,
    },
  },
  { seed: '004', quote: 'Педагогический флешмоб «Активные и интерактивные формы методического сопровождения педагогических кадров» Апрель 2021', target: planItem('timashevsk-krc-plan-schedule', '2.8', 'starts_on', '2021-04-01') },
  { seed: '004', quote: 'Деловая игра «Педагогическое проектирование» (на базе стажировочной площадки МБОУ СОШ № 2) Январь 2022', target: planItem('timashevsk-krc-plan-schedule', '3.3', 'period_text', 'Январь 2022') },
  {
    seed: '004',
    quote: 'Проведение мониторинга эффективности педагогической деятельности работников ОО 2 раза в год',
    target: planItem('timashevsk-krc-plan-schedule', '2.1', 'period_text', '2 раза в год'),
  },
  { seed: '004', quote: 'Проведение заседаний Координационного совета 4 раза в год', target: planItem('timashevsk-krc-plan-schedule', '1.2', 'title', 'Проведение заседаний Координационного совета') },
  { seed: '004', quote: '6. План-график выполнения работ.', target: itemCount('timashevsk-krc-plan-schedule', 54, 'the plan-schedule 2020–2023 has its 54 items (15 + 15 + 16 + 8)') },
  {
    seed: '004',
    quote: '6. План-график выполнения работ.',
    target: {
      kind: 'query',
      description: 'nothing is set by hand or invented on the seeds’ plans: only the illustrative plan has illustrative items',
      sql: `SELECT bool_and(p.illustrative OR (NOT i.illustrative AND i.status = 'PLANNED' AND i.actual_result = '')) AS ok FROM plan_item i JOIN plan p ON p.id = i.plan_id WHERE p.external_id LIKE 'demo:plan:%'`,
    },
  },  // Plan items linked to the events that carry them out (planlinks): exactly as the events' sources name them.
  {
    seed: '002',
    quote: 'на 2021- 2022 учебный год.',
    target: {
      kind: 'query',
      description: 'each of the 17 Podporozhye events is linked to the one item its source names (the year-plan by its years, the item by its number), and to nothing else',
      sql: `SELECT (SELECT count(*) FROM plan_item_link l JOIN event e ON e.id = l.target_id WHERE l.kind = 'EVENT' AND e.external_id LIKE 'demo:event:podp-%') = 17
                AND (SELECT count(DISTINCT e.id) FROM plan_item_link l JOIN event e ON e.id = l.target_id JOIN plan_item i ON i.id = l.item_id JOIN plan p ON p.id = i.plan_id
                      WHERE l.kind = 'EVENT' AND e.external_id LIKE 'demo:event:podp-%' AND p.external_id LIKE 'demo:plan:podporozhye-%'
                        AND e.source = 'План мероприятий проекта «Школа – школе» на ' || replace(p.period_text, ' учебный год', '') || ' учебный год, п. ' || rtrim(i.number, '.') || ' (seed 002)'
                        AND i.starts_on = e.starts_on) = 17
                AND NOT EXISTS (SELECT 1 FROM event e WHERE e.external_id LIKE 'demo:event:podp-%' AND e.status <> 'PLANNED') AS ok`,
    },
  },
  {
    seed: '004',
    quote: 'Проведение заседаний Координационного совета 4 раза в год',
    target: {
      kind: 'query',
      description: 'the plan-schedule’s 2020 row «Проведение заседаний Координационного совета» is linked to the council series, and only to it',
      sql: `SELECT array_agg(e.external_id) = ARRAY['demo:event:timashevsk-coordination-council']::varchar[] AS ok
              FROM plan_item_link l JOIN plan_item i ON i.id = l.item_id JOIN event e ON e.id = l.target_id
             WHERE i.external_id = 'demo:plan:timashevsk-krc-plan-schedule:1.2' AND i.title = 'Проведение заседаний Координационного совета'`,
    },
  },
  {
    seed: '003',
    quote: 'Организация перекрестных проверок диагностических работ учащихся 9-х и 11-х классов в ходе подготовки к ГИА',
    target: {
      kind: 'query',
      description: 'the road map’s item 4 is linked to the two cross-checks (9th and 11th grades) and to nothing else',
      sql: `SELECT array_agg(e.external_id ORDER BY e.external_id) = ARRAY['demo:event:vorkuta-cross-check-11', 'demo:event:vorkuta-cross-check-9']::varchar[] AS ok
              FROM plan_item_link l JOIN plan_item i ON i.id = l.item_id JOIN event e ON e.id = l.target_id
             WHERE i.external_id = 'demo:plan:vorkuta-roadmap-2022:2.4' AND i.number = '4.'`,
    },
  },
];

/** 001: the Yaroslavl МИП as a practice card of the bank, its innovation products; 003: Vorkuta's collection. */
const PRACTICE_FACTS: SeedFact[] = [
  { seed: '001', quote: 'Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города', target: field('practice', YAR_CARD_KEY, 'title', YAR_CARD_TITLE) },
  {
    seed: '001',
    quote: 'Практики наставничества (проблема → способы решения → механизмы взаимодействия → продукты → результат)',
    target: {
      kind: 'query',
      description: 'the card holds the seed\'s problem, way of solving, forms of mentoring and expected result, names no authors, and is published in the МИП network',
      sql: `SELECT p.problem LIKE '%Повышение профессиональных компетенций педагогов%' AND p.problem LIKE '%Повышение образовательных результатов%'
                AND p.solutions LIKE '%${YAR_SOLUTION}%' AND p.mechanisms LIKE '%Флэш-наставничество%' AND p.mechanisms LIKE '%Позитивный профессиональный дуэт%'
                AND p.result LIKE '%${YAR_RESULT}%' AND p.state = 'PUBLISHED' AND NOT p.illustrative
                AND n.external_id = 'demo:network:yaroslavl-mip-nastavnichestvo'
                AND NOT EXISTS (SELECT 1 FROM practice_author a WHERE a.practice_id = p.id) AS ok
              FROM practice p JOIN network n ON n.id = p.network_id WHERE p.external_id = '${YAR_CARD_KEY}'`,
    },
  },
  { seed: '001', quote: 'Внедрение инструмента эффективного наставничества в деятельность ОО', target: { kind: 'query', description: 'the way of solving, verbatim', sql: `SELECT solutions LIKE '%${YAR_SOLUTION}%' AS ok FROM practice WHERE external_id = '${YAR_CARD_KEY}'` } },
  { seed: '001', quote: 'повышение проф.компетенций педагогов, образовательных результатов благополучателей', target: { kind: 'query', description: 'the expected result, verbatim', sql: `SELECT result LIKE '%${YAR_RESULT}%' AS ok FROM practice WHERE external_id = '${YAR_CARD_KEY}'` } },
  { seed: '001', quote: 'Программа Мастерской «Профиль наставников ПОС»', target: field('methodological_product', 'demo:product:yaroslavl-mip-1', 'title', YAR_PRODUCTS[0].title) },
  { seed: '001', quote: 'Успешные педагогические практики, реализованные с помощью механизма наставничества', target: field('methodological_product', 'demo:product:yaroslavl-mip-2', 'title', YAR_PRODUCTS[1].title) },
  { seed: '001', quote: '«Дневник ПОС» наставников как результат социорефлексии практик наставничества', target: field('methodological_product', 'demo:product:yaroslavl-mip-3', 'title', YAR_PRODUCTS[2].title) },
  { seed: '001', quote: 'Пакет НПА для обеспечения деятельности наставников ПОС образовательной организации', target: field('methodological_product', 'demo:product:yaroslavl-mip-4', 'title', YAR_PRODUCTS[3].title) },
  {
    seed: '001',
    quote: 'Инновационные продукты проекта',
    target: {
      kind: 'query',
      description: 'the four products belong to the card, are issued by the МИП\'s coordinating school and name no authors',
      sql: `SELECT count(*) = 4 AND bool_and(p.external_id = '${YAR_CARD_KEY}') AND bool_and(o.external_id = 'demo:org:76-yar-sh-3')
                AND NOT EXISTS (SELECT 1 FROM methodological_product_author a JOIN methodological_product x ON x.id = a.product_id WHERE x.external_id LIKE 'demo:product:%') AS ok
              FROM methodological_product mp JOIN practice p ON p.id = mp.practice_id JOIN organization o ON o.id = mp.organization_id
             WHERE mp.external_id LIKE 'demo:product:yaroslavl-mip-%'`,
    },
  },
  { seed: '003', quote: 'Методический сборник «Калейдоскоп методических идей» ИЛИ «Методический калейдоскоп»', target: field('methodological_product', 'demo:product:vorkuta-kaleidoscope', 'title', KALEIDOSCOPE_TITLE) },
];

export const SEED_FACTS: SeedFact[] = [
  ...PRACTICE_FACTS,
  // 000 «Будем дружить школами»: only the two authors; no schools (they are fictional and illustrative).
  { seed: '000', quote: 'Авторы: Первухина Е.В., старший методист', target: person('53-borovichi-sosh9-pervukhina', 'Первухина Е. В.') },
  { seed: '000', quote: 'Савельева Н.В., руководитель ШМО учителей предметов социально-гуманитарного цикла', target: person('53-borovichi-sosh9-savelyeva', 'Савельева Н. В.') },

  // 001 Ярославль: the six executors of the МИП with their heads, the inter-regional partners; the МИП is applied for.
  { seed: '001', quote: 'МОУ «Средняя школа №3 имени Олега Васильевича Изотова» *Директор: Истратий Елена Константиновна*', target: org('76-yar-sh-3', 'МОУ «Средняя школа №3 имени Олега Васильевича Изотова»') },
  { seed: '001', quote: 'Директор: Истратий Елена Константиновна', target: person('76-yar-sh3-istratiy', 'Истратий Елена Константиновна') },
  { seed: '001', quote: 'МОУ «Средняя школа №26» *Директор: Дмитриева Любовь Валентиновна*', target: org('76-yar-sh-26', 'МОУ «Средняя школа №26»') },
  { seed: '001', quote: 'Директор: Дмитриева Любовь Валентиновна', target: person('76-yar-sh26-dmitrieva', 'Дмитриева Любовь Валентиновна') },
  { seed: '001', quote: 'МДОУ «Детский сад №55» *Заведующий : Румянцева Ольга Владимировна*', target: org('76-yar-ds-55', 'МДОУ «Детский сад №55»') },
  { seed: '001', quote: 'Заведующий : Румянцева Ольга Владимировна', target: person('76-yar-ds55-rumyantseva', 'Румянцева Ольга Владимировна') },
  { seed: '001', quote: 'МДОУ «Детский сад №8» *Заведующий: Нагибина Любовь Николаевна*', target: org('76-yar-ds-8', 'МДОУ «Детский сад №8»') },
  { seed: '001', quote: 'Заведующий: Нагибина Любовь Николаевна', target: person('76-yar-ds8-nagibina', 'Нагибина Любовь Николаевна') },
  { seed: '001', quote: 'МДОУ «Детский сад №182» *Заведующий: Горшкова Ольга Анатольевна*', target: org('76-yar-ds-182', 'МДОУ «Детский сад №182»') },
  { seed: '001', quote: 'Заведующий: Горшкова Ольга Анатольевна', target: person('76-yar-ds182-gorshkova', 'Горшкова Ольга Анатольевна') },
  { seed: '001', quote: 'МДОУ «Детский сад №57» *Заведующий: Соловьёва Ирина Викторовна*', target: org('76-yar-ds-57', 'МДОУ «Детский сад №57»') },
  { seed: '001', quote: 'Заведующий: Соловьёва Ирина Викторовна', target: person('76-yar-ds57-solovyova', 'Соловьёва Ирина Викторовна') },
  { seed: '001', quote: 'МОУ СШ№4 «Центр образования» г.Тутаев', target: org('76-tutaev-sh-4', 'МОУ СШ № 4 «Центр образования» г. Тутаева') },
  { seed: '001', quote: 'МБОУ «СШ №25» г.Калуга', target: org('40-kaluga-sh-25', 'МБОУ «СШ № 25» г. Калуги') },
  { seed: '001', quote: 'МБДОУ «Колосок» г.Калуга', target: org('40-kaluga-kolosok', 'МБДОУ «Колосок» г. Калуги') },
  { seed: '001', quote: 'МБОУ СОШ «Школа будущего» Калининградской области', target: org('39-gurievsk-shkola-budushchego', 'МБОУ СОШ «Школа будущего»') },
  { seed: '001', quote: '«Храбровская СОШ» Калининградской области', target: org('39-gurievsk-khrabrovo', 'Храбровская средняя общеобразовательная школа') },
  { seed: '001', quote: 'МОУ СШ №101 Дзержинского района г.Волгограда', target: org('34-volgograd-sh-101', 'МОУ СШ № 101 Дзержинского района г. Волгограда') },
  { seed: '001', quote: 'Инновационный проект на соискание статуса МИП', target: status('76-yar-sh-3', OrganizationStatusKind.MUNICIPAL_INNOVATION_SITE, 2023, false) },
  { seed: '001', quote: 'Успешный опыт работы на МИП (СШ №26, ДОУ №8, 55, 57, 182)', target: status('76-yar-sh-26', OrganizationStatusKind.MUNICIPAL_INNOVATION_SITE, 2023) },
  { seed: '001', quote: 'Успешный опыт работы на ФИП, ЦРЛП', target: status('76-yar-sh-3', OrganizationStatusKind.FEDERAL_INNOVATION_SITE, 2023) },
  {
    seed: '001',
    quote: 'Соглашение всех участников МИП о взаимодействии в ПОС наставников МСО (2023, май)',
    target: field('agreement', 'demo:agreement:yaroslavl-mip-pos-2023', 'illustrative', true), // the day and the number are invented
  },

  // 002 Подпорожье: the schools of the ШНОР list, the one leader, the «500+» pairs (by initials), the mixed model.
  { seed: '002', quote: 'является только одна образовательная организация – МБОУ «Подпорожская СОШ №3»', target: org('47-podp-sosh-3', 'МБОУ «Подпорожская СОШ №3»') },
  { seed: '002', quote: 'является только одна образовательная организация – МБОУ «Подпорожская СОШ №3»', target: status('47-podp-sosh-3', OrganizationStatusKind.HIGH_RESULTS, 2020) },
  { seed: '002', quote: PODP_LIST, target: org('47-podp-sosh-1', 'МБОУ «Подпорожская СОШ №1 им. А.С. Пушкина»') },
  { seed: '002', quote: PODP_LIST, target: status('47-podp-sosh-1', OrganizationStatusKind.LOW_RESULTS, 2020) },
  { seed: '002', quote: PODP_LIST, target: org('47-podp-sosh-4', 'МБОУ «Подпорожская СОШ №4 им. М. Горького»') },
  { seed: '002', quote: PODP_LIST, target: org('47-podp-sosh-8', 'МБОУ «Подпорожская СОШ №8»') },
  { seed: '002', quote: PODP_LIST, target: org('47-podp-oosh-9', 'МБОУ «Никольская ООШ №9»') },
  { seed: '002', quote: PODP_LIST, target: org('47-podp-vazhiny-oc', 'МБОУ «Важинский образовательный центр»') },
  { seed: '002', quote: PODP_LIST, target: org('47-podp-vinnitsy-internat', 'МБОУ «Винницкая школа-интернат»') },
  { seed: '002', quote: PODP_LIST, target: org('47-podp-voznesenye-oc', 'МБОУ «Вознесенский образовательный центр»') },
  { seed: '002', quote: PODP_LIST, target: status('47-podp-voznesenye-oc', OrganizationStatusKind.LOW_RESULTS, 2020) },
  { seed: '002', quote: 'Комитета образования', target: org('47-podp-komitet', 'Комитет образования Администрации МО «Подпорожский муниципальный район Ленинградской области»') },
  { seed: '002', quote: 'Информационно – методическая служба', target: org('47-podp-ims', 'Информационно-методическая служба Комитета образования Администрации МО «Подпорожский муниципальный район Ленинградской области»') },
  { seed: '002', quote: '(Шахова М.Ю.- Ключина Г.Г.)', target: person('47-podp-sosh3-shakhova', 'Шахова М. Ю.') },
  { seed: '002', quote: '(Шахова М.Ю.- Ключина Г.Г.)', target: person('47-podp-voznesenye-klyuchina', 'Ключина Г. Г.') },
  { seed: '002', quote: '(Куновская Е.А.- Брякжиева А.С.)', target: person('47-podp-sosh4-kunovskaya', 'Куновская Е. А.') },
  { seed: '002', quote: '(Куновская Е.А.- Брякжиева А.С.)', target: person('47-podp-sosh8-bryakzhieva', 'Брякжиева А. С.') },
  { seed: '002', quote: 'следует считать смешанную модель, включающую в себя элементы концентрической и распределенной моделей', target: field('network', 'demo:network:podporozhye-shkola-shkole', 'model', NetworkModel.MIXED) },
  { seed: '002', quote: 'Мониторинг реализации проекта Корректировка плана мероприятий Август 2023 года', target: field('network', 'demo:network:podporozhye-shkola-shkole', 'ends_on', '2023-08-31') },
  {
    seed: '002',
    quote: 'Мониторинг реализации проекта Корректировка плана мероприятий Август 2023 года',
    target: {
      kind: 'query',
      description: 'the Podporozhye monitoring is held within the project, not after it',
      sql: `SELECT closes_on <= DATE '2023-08-31' AS ok FROM diagnostic_campaign WHERE external_id = 'demo:campaign:podporozhye-deficits-2023'`,
    },
  },

  // 003 Воркута: the two schools and the Дом Учителя, the agreement of 10.01.2022, the order's people by initials,
  // the 2022 assessment of №12's teachers, routes for teachers with low results.
  { seed: '003', quote: '«Средняя общеобразовательная школа №12» г. Воркуты (далее – МОУ «СОШ №12» г. Воркуты)', target: org('11-vorkuta-sosh-12', 'Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 12» г. Воркуты') },
  { seed: '003', quote: 'МОУ «СОШ №35 с УИОП» г. Воркуты', target: org('11-vorkuta-sosh-35', 'Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 35 с углублённым изучением отдельных предметов» г. Воркуты') },
  { seed: '003', quote: 'МКУ «Воркутинский Дом Учителя»', target: org('11-vorkuta-dom-uchitelya', 'Муниципальное казённое учреждение «Воркутинский Дом Учителя»') },
  { seed: '003', quote: 'Директор М.С.Балашова', target: person('11-vorkuta-sosh12-balashova', 'Балашова М. С.') },
  { seed: '003', quote: 'Осипова Е.В., заместитель директора', target: person('11-vorkuta-sosh12-osipova', 'Осипова Е. В.') },
  { seed: '003', quote: 'Игнатюк С.В., учитель математики', target: person('11-vorkuta-sosh12-ignatyuk', 'Игнатюк С. В.') },
  { seed: '003', quote: 'Голубева Н.Н., учитель иностранного языка', target: person('11-vorkuta-sosh12-golubeva', 'Голубева Н. Н.') },
  { seed: '003', quote: 'Пакшина Л.А., учитель начальных классов', target: person('11-vorkuta-sosh12-pakshina', 'Пакшина Л. А.') },
  { seed: '003', quote: 'Петров А.А., преподаватель-организатор ОБЖ', target: person('11-vorkuta-sosh12-petrov', 'Петров А. А.') },
  { seed: '003', quote: 'Степанову Н.В., технику', target: person('11-vorkuta-sosh12-stepanov', 'Степанов Н. В.') },
  { seed: '003', quote: 'на территории Республики Коми («500+») от 10.01.2022', target: field('agreement', 'demo:agreement:vorkuta-sosh12-sosh35-2022', 'signed_on', '2022-01-10') },
  { seed: '003', quote: 'Проведение оценки базовых компетенций педагогов. 24.03.2022 - 04.04.2022', target: field('diagnostic_campaign', 'demo:campaign:vorkuta-base-2022', 'opens_on', '2022-03-24') },
  { seed: '003', quote: 'Проведение оценки базовых компетенций педагогов. 24.03.2022 - 04.04.2022', target: field('diagnostic_campaign', 'demo:campaign:vorkuta-base-2022', 'closes_on', '2022-04-04') },
  {
    seed: '003',
    quote: 'Заместитель директора МОУ МОУ «СОШ №12» г. Воркуты Педагоги-МОУ «СОШ №12» г. Воркуты',
    target: {
      kind: 'query',
      description: 'the 2022 assessment takes the teachers of СОШ №12 only',
      sql: `SELECT count(*) > 0 AND bool_and(o.external_id = 'demo:org:11-vorkuta-sosh-12') AS ok
              FROM diagnostic_participant dp JOIN diagnostic_campaign c ON c.id = dp.campaign_id JOIN organization o ON o.id = dp.organization_id
             WHERE c.external_id = 'demo:campaign:vorkuta-base-2022'`,
    },
  },
  {
    seed: '003',
    quote: 'Разработка индивидуальных образовательных маршрутов (ИОМ) педагогов, показывающих низкие образовательные результаты',
    target: {
      kind: 'query',
      description: 'the 2022 routes go to (invented) teachers with low results, none to the creative group the order names',
      sql: `SELECT count(*) > 0 AND bool_and(p.illustrative) AND bool_and(r.goal LIKE '%показывающего низкие образовательные результаты%') AS ok
              FROM learning_route r JOIN person p ON p.id = r.person_id WHERE r.external_id LIKE 'demo:route:vorkuta-2022:%'`,
    },
  },

  // 004 Тимашевск: the КРЦ, its staging sites (only СОШ № 2 named in the 2020–2023 plan), the network of 13, the agreements.
  {
    seed: '004',
    quote: 'Предполагается, что в ходе реализации проекта будет вовлечено в сеть 13 организаций',
    target: {
      kind: 'query',
      description: 'the КРЦ network holds the 13 organisations 004 lists (the КРЦ, 8 ТМС, ИРО, КубГУ, its Slavyansk branch, «Персонал-Ресурс»), all accepted',
      sql: `SELECT count(*) = 13 AND bool_and(nm.status = 'ACCEPTED') AND count(*) FILTER (WHERE o.external_id IN ('demo:org:23-tim-cro', 'demo:org:23-krd-iro', 'demo:org:23-krd-kubsu',
                   'demo:org:23-slav-kubsu-filial', 'demo:org:23-krd-personal-resurs') OR o.external_id LIKE 'demo:org:23-%-tms') = 13 AS ok
              FROM network_member nm JOIN network n ON n.id = nm.network_id JOIN organization o ON o.id = nm.organization_id
             WHERE n.external_id = 'demo:network:timashevsk-krc'`,
    },
  },
  { seed: '004', quote: 'методической службе Тимашевского района МБУ «Центру развития образования» присвоен статус Краевой ресурсный центр', target: org('23-tim-cro', 'Муниципальное бюджетное учреждение «Центр развития образования» муниципального образования Тимашевский район') },
  { seed: '004', quote: TIM_SITES, target: org('23-tim-sosh-1', 'МБОУ СОШ № 1 муниципального образования Тимашевский район') },
  { seed: '004', quote: TIM_SITES, target: org('23-tim-sosh-2', 'МБОУ СОШ № 2 муниципального образования Тимашевский район') },
  { seed: '004', quote: TIM_SITES, target: org('23-tim-sosh-4', 'МБОУ СОШ № 4 муниципального образования Тимашевский район') },
  { seed: '004', quote: TIM_SITES, target: org('23-tim-sosh-5', 'МБОУ СОШ № 5 муниципального образования Тимашевский район') },
  { seed: '004', quote: TIM_SITES, target: org('23-tim-sosh-11', 'МБОУ СОШ № 11 муниципального образования Тимашевский район') },
  { seed: '004', quote: TIM_SITES, target: org('23-tim-sosh-13', 'МБОУ СОШ № 13 муниципального образования Тимашевский район') },
  // The staging sites are sites (staging_site), and the status «стажировочная/опорная площадка» is derived from them.
  ...['sosh-1', 'sosh-2', 'sosh-4', 'sosh-5', 'sosh-11', 'sosh-13'].flatMap((s): SeedFact[] => [
    { seed: '004', quote: TIM_SITES, target: field('staging_site', `demo:staging:timashevsk-2015-${s}`, 'kind', 'STAGING_SITE') },
    { seed: '004', quote: TIM_SITES, target: siteHost(`demo:staging:timashevsk-2015-${s}`, `23-tim-${s}`) },
    { seed: '004', quote: TIM_SITES_PERIOD, target: field('staging_site', `demo:staging:timashevsk-2015-${s}`, 'starts_on', '2015-01-01') },
    { seed: '004', quote: TIM_SITES_PERIOD, target: field('staging_site', `demo:staging:timashevsk-2015-${s}`, 'ends_on', '2018-12-31') },
    { seed: '004', quote: TIM_SITES_AIM, target: field('staging_site', `demo:staging:timashevsk-2015-${s}`, 'theme', 'Развитие профессиональных компетенций педагогов, непрерывное повышение квалификации в межкурсовой период') },
  ]),
  { seed: '004', quote: 'Деловая игра «Педагогическое проектирование» (на базе стажировочной площадки МБОУ СОШ № 2)', target: field('staging_site', 'demo:staging:timashevsk-2020-sosh-2', 'kind', 'STAGING_SITE') },
  { seed: '004', quote: 'Деловая игра «Педагогическое проектирование» (на базе стажировочной площадки МБОУ СОШ № 2)', target: siteHost('demo:staging:timashevsk-2020-sosh-2', '23-tim-sosh-2') },
  {
    seed: '004',
    quote: 'Деловая игра «Педагогическое проектирование» (на базе стажировочной площадки МБОУ СОШ № 2)',
    target: {
      kind: 'query',
      description: 'of the six schools only СОШ № 2 has a staging site in the 2020–2023 project',
      sql: `SELECT array_agg(o.external_id ORDER BY o.external_id) = ARRAY['demo:org:23-tim-sosh-2']::varchar[] AS ok
              FROM staging_site s JOIN organization o ON o.id = s.organization_id
             WHERE s.kind = 'STAGING_SITE' AND s.ends_on >= DATE '2020-01-01' AND o.external_id LIKE 'demo:org:23-tim-%'`,
    },
  },
  { seed: '004', quote: '(на базе опорной площадки МБДОУ д/с № 7)', target: org('23-tim-dou-7', 'МБДОУ д/с № 7 муниципального образования Тимашевский район') },
  { seed: '004', quote: '(на базе опорной площадки МБДОУ д/с № 7)', target: field('staging_site', 'demo:staging:timashevsk-2020-dou-7', 'kind', 'SUPPORT_SITE') },
  { seed: '004', quote: '(на базе опорной площадки МБДОУ д/с № 7)', target: siteHost('demo:staging:timashevsk-2020-dou-7', '23-tim-dou-7') },
  ...TIM_PROGRAM_TITLES.map((title): SeedFact => ({
    seed: '004',
    quote: `«${title}»`,
    target: {
      kind: 'query',
      description: `a modular programme «${title}» of 1–1,5 years for young teachers (up to 3 years), placement marked illustrative`,
      sql: `SELECT count(*) = 1 AND bool_and(p.min_months = 12 AND p.max_months = 18 AND p.max_experience_years = 3 AND p.illustrative) AS ok
              FROM internship_program p WHERE p.external_id LIKE 'demo:internship:timashevsk-%' AND p.title = '${title.replace(/'/g, "''")}'`,
    },
  })),
  {
    seed: '004',
    quote: 'разработаны программы, рассчитанные на 1-1,5 года обучения по индивидуальным и групповым образовательным маршрутам',
    target: {
      kind: 'query',
      description: 'the demo programmes have individual and group tracks',
      sql: `SELECT count(DISTINCT t.kind) = 2 AS ok FROM internship_track t JOIN internship_program p ON p.id = t.program_id
             WHERE p.external_id LIKE 'demo:internship:timashevsk-%'`,
    },
  },
  {
    seed: '004',
    quote: TIM_SITES_AIM,
    target: {
      kind: 'query',
      description: 'the statuses «стажировочная/опорная площадка» are never entered by hand (derived from the sites)',
      sql: `SELECT NOT EXISTS (SELECT 1 FROM organization_status WHERE kind IN ('STAGING_SITE', 'SUPPORT_SITE')) AS ok`,
    },
  },
  { seed: '004', quote: 'на примере опыта работы краевой инновационной площадки МБОУ СОШ № 1 Январь 2021', target: status('23-tim-sosh-1', OrganizationStatusKind.REGIONAL_INNOVATION_SITE, 2021) },
  tms('kalininsky', 'Калининский район'),
  tms('bryukhovetsky', 'Брюховецкий район'),
  tms('primorsko-akhtarsky', 'Приморско-Ахтарский район'),
  tms('kanevskoy', 'Каневской район'),
  tms('yeysky', 'Ейский район'),
  tms('leningradsky', 'Ленинградский район'),
  tms('anapa', 'город-курорт Анапа'),
  tms('goryachy-klyuch', 'город Горячий Ключ'),
  { seed: '004', quote: TIM_PARTNERS, target: org('23-krd-iro', 'ГБОУ ДО Институт развития образования Краснодарского края') },
  { seed: '004', quote: TIM_PARTNERS, target: org('23-krd-kubsu', 'Кубанский государственный университет') },
  { seed: '004', quote: TIM_PARTNERS, target: org('23-krd-personal-resurs', 'ЧОУ «Персонал-Ресурс»') },
  { seed: '004', quote: TIM_PARTNERS, target: org('23-slav-kubsu-filial', 'Филиал Кубанского государственного университета в г. Славянске-на-Кубани') },
  { seed: '004', quote: TIM_PARTNERS, target: { kind: 'absent', table: 'agreement', key: 'demo:agreement:timashevsk-krc-kubsu-slavyansk' } },
  {
    seed: '004',
    quote: TIM_PARTNERS,
    target: {
      kind: 'query',
      description: 'the seed gives no number or date of any Timashevsk agreement: every one is illustrative',
      sql: `SELECT count(*) > 0 AND bool_and(a.illustrative) AS ok FROM agreement a JOIN network n ON n.id = a.network_id WHERE n.external_id = 'demo:network:timashevsk-krc'`,
    },
  },
  {
    seed: '004',
    quote: 'Организация работы стажировочных площадок Январь – ноябрь 2021',
    target: {
      kind: 'query',
      description: 'the internships of the staging sites run within the 2020–2023 project',
      sql: `SELECT count(*) > 0 AND bool_and(ms.starts_on >= DATE '2020-01-01' AND ms.ends_on <= DATE '2023-12-31') AS ok
              FROM mentorship ms JOIN mentoring_program p ON p.id = ms.program_id WHERE p.external_id LIKE 'demo:mentoring:timashevsk-%'`,
    },
  },
  {
    seed: '004',
    quote: 'В течение трех лет (2015-2018г.г.)',
    target: {
      kind: 'query',
      description: 'the ~80 young teachers trained are the result of 2015–2018, not of 2020–2023',
      sql: `SELECT count(*) > 0 AND bool_and(agenda LIKE '%2015–2018%') AS ok FROM association_meeting WHERE agenda LIKE '%80 молодых педагогов%'`,
    },
  },
  // Events (issue 10). 000: the workshop's calendar 2026–2027, titles and kinds as the seed lists them.
  ...(
    [
      ['friends-budem-znakomy', 'Стартовая методическая сессия «Будем знакомы» на территории туристической базы «Боровлянская»', 'METHODOLOGICAL_SESSION', '2026-08-01'],
      ['friends-telebridge-teachers-day', 'Телемост, посвящённый Дню учителя «Учитель – профессия дальнего действия» (октябрь)', 'TELEBRIDGE', '2026-10-01'],
      ['friends-emd', 'ЕМД «Непрерывное повышение профессионального мастерства педагога, или Как превратить трудности в возможности?» (декабрь)', 'UNIFIED_METHODOLOGICAL_DAY', '2026-12-01'],
      ['friends-festival-klassnaya-rabota', 'Фестиваль открытых уроков «Классная работа» (январь)', 'FESTIVAL', '2027-01-01'],
      ['friends-marathon-preobrazovanie', 'Марафон мастер-классов «ПРЕобразование» (март)', 'MARATHON', '2027-03-01'],
      ['friends-final-session', 'Май 2027 г. Финальная методическая сессия «Будем дружить школами»', 'METHODOLOGICAL_SESSION', '2027-05-01'],
    ] as const
  ).flatMap(([key, quote, kind, startsOn]): SeedFact[] => [
    { seed: '000', quote, target: field('event', `demo:event:${key}`, 'kind', kind) },
    { seed: '000', quote, target: field('event', `demo:event:${key}`, 'starts_on', startsOn) },
  ]),
  { seed: '000', quote: 'Стартовая методическая сессия «Будем знакомы» на территории туристической базы «Боровлянская»', target: field('event', 'demo:event:friends-budem-znakomy', 'place', 'Туристическая база «Боровлянская»') },
  // 002: the yearly plans' seminars, round tables and joint teachers' councils (the demo spec checks every row's cells).
  { seed: '002', quote: 'Семинар для специалистов ИМС и руководителей ОО «Сетевое наставничество: научные подходы и лучшие практики» Октябрь 2020 года', target: field('event', 'demo:event:podp-2020-1-1', 'period_label', 'Октябрь 2020 года') },
  { seed: '002', quote: 'Круглый стол «Эффективные методики мониторинга профессиональных затруднений педагогических работников» Март 2021 года Администрация МБОУ «Подпорожская СОШ №3»', target: field('event', 'demo:event:podp-2020-2-6', 'responsible_note', 'Администрация МБОУ «Подпорожская СОШ №3»') },
  { seed: '002', quote: 'Совместный педсовет «Эффективные методики повышения учебной мотивации обучающихся» Январь 2021 года', target: field('event', 'demo:event:podp-2020-2-8', 'kind', 'JOINT_TEACHERS_COUNCIL') },
  { seed: '002', quote: 'Совместный педсовет «Пути формирования учебной мотивации обучающихся» (по согласованию между ОО) Март 2022 года', target: field('event', 'demo:event:podp-2021-2-7', 'starts_on', '2022-03-01') },
  { seed: '002', quote: 'Совместные педсоветы (по согласованию между ОО) «Эффективные приемы работы со слабоуспевающими и низкомотивированными детьми» Март 2023 года', target: field('event', 'demo:event:podp-2022-1-7', 'kind', 'JOINT_TEACHERS_COUNCIL') },
  {
    seed: '002',
    quote: 'План мероприятий по реализации проекта «Разработка и внедрение модели сетевого наставничества «Школа – школе» на 2020- 2021 учебный год.',
    target: {
      kind: 'query',
      description: 'Podporozhye’s events come from the three yearly plans and say which one',
      sql: `SELECT count(*) = 17 AND bool_and(source LIKE 'План мероприятий проекта «Школа – школе» на %') AS ok FROM event WHERE external_id LIKE 'demo:event:podp-%'`,
    },
  },
  // 004: the coordination council four times a year, one series over the project 2020–2023.
  {
    seed: '004',
    quote: 'Проведение заседаний Координационного совета 4 раза в год',
    target: {
      kind: 'query',
      description: 'the coordination council is one quarterly series to the end of the project',
      sql: `SELECT recurrence = 'QUARTERLY' AND recurrence_interval = 1 AND recurrence_until = DATE '2023-12-31' AND kind = 'COORDINATION_COUNCIL' AS ok
              FROM event WHERE external_id = 'demo:event:timashevsk-coordination-council'`,
    },
  },
  {
    seed: '000',
    quote: 'Авторы: Первухина Е.В., старший методист',
    target: {
      kind: 'query',
      description: 'no registration, attendance or feedback is invented for a person a programme names; invented ones are illustrative',
      sql: `SELECT NOT EXISTS (SELECT 1 FROM (SELECT person_id, illustrative FROM event_registration UNION ALL SELECT person_id, illustrative FROM event_attendance
                                             UNION ALL SELECT person_id, illustrative FROM event_feedback) x JOIN person p ON p.id = x.person_id
                              WHERE p.illustrative = false OR x.illustrative = false) AS ok`,
    },
  },
  ...PLAN_FACTS,
  // 003: the cross-check of pupils' diagnostic papers between the two Vorkuta schools (roadmap item 4), as stated; nothing invented on it.
  ...(['9', '11'] as const).map((grade) => ({
    seed: '003' as const,
    quote: 'Организация перекрестных проверок диагностических работ учащихся 9-х и 11-х классов в ходе подготовки к ГИА',
    target: field('event', `demo:event:vorkuta-cross-check-${grade}`, 'kind', 'PAPER_CROSS_CHECK'),
  })),
  { seed: '003', quote: '9 класс- 23.01.2023- 28.01.2023', target: field('event', 'demo:event:vorkuta-cross-check-9', 'ends_on', '2023-01-28') },
  { seed: '003', quote: '9 класс- 23.01.2023- 28.01.2023', target: field('event', 'demo:event:vorkuta-cross-check-9', 'starts_on', '2023-01-23') },
  { seed: '003', quote: '11 класс- 13.02.2023- 18.02.2023', target: field('event', 'demo:event:vorkuta-cross-check-11', 'starts_on', '2023-02-13') },
  { seed: '003', quote: '11 класс- 13.02.2023- 18.02.2023', target: field('event', 'demo:event:vorkuta-cross-check-11', 'ends_on', '2023-02-18') },
  {
    seed: '003',
    quote: 'Заместители директора МОУ «СОШ №35 с УИОП» г. Воркуты и МОУ «СОШ №12» г. Воркуты',
    target: field('event', 'demo:event:vorkuta-cross-check-9', 'responsible_note', 'Заместители директора МОУ «СОШ №35 с УИОП» г. Воркуты и МОУ «СОШ №12» г. Воркуты'),
  },
  { seed: '003', quote: 'Повышение объективности результатов проверки', target: field('event', 'demo:event:vorkuta-cross-check-11', 'planned_result', 'Повышение объективности результатов проверки') },
  {
    seed: '003',
    quote: 'Организация перекрестных проверок диагностических работ учащихся 9-х и 11-х классов в ходе подготовки к ГИА',
    target: {
      kind: 'query',
      description: 'the two Vorkuta schools check each other’s papers; the seed names no experts and gives no protocol, so none is invented',
      sql: `SELECT (SELECT count(*) FROM cross_check_school_pair p JOIN event e ON e.id = p.event_id WHERE e.external_id LIKE 'demo:event:vorkuta-cross-check-%') = 4
                AND NOT EXISTS (SELECT 1 FROM cross_check_expert_pair x JOIN event e ON e.id = x.event_id WHERE e.external_id LIKE 'demo:event:vorkuta-cross-check-%')
                AND NOT EXISTS (SELECT 1 FROM cross_check_protocol_row r JOIN event e ON e.id = r.event_id WHERE e.external_id LIKE 'demo:event:vorkuta-cross-check-%')
                AND NOT EXISTS (SELECT 1 FROM cross_check_protocol_row r JOIN event e ON e.id = r.event_id WHERE NOT (r.illustrative AND e.illustrative)) AS ok`,
    },
  },
  ...DOCUMENT_FACTS,
  ...INDICATOR_FACTS,
];
