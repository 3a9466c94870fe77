import { InternshipTrackKind, ModuleFormat, StagingSiteKind, StagingSiteLevel } from '@metodset/shared';
import { DemoCompetenceRef, DemoInternshipProgram, DemoStagingSite } from './staging.types';

/**
 * Seed 004, Тимашевский район: the staging sites and the modular programmes.
 *
 * STATED by the seed (kept as written, checked in seed-facts.ts):
 * - «В течение трех лет (2015-2018г.г.) … организованы и функционируют муниципальные стажировочные площадки, цель
 *   которых – развитие профессиональных компетенций педагогов, непрерывное повышение квалификации в межкурсовой
 *   период» … «Стажировки возникли на базах школ … – МБОУ СОШ № 1, 2, 4, 5, 11, 13»; «Каждая стажировочная площадка
 *   способствовала развитию ключевых компетенций … ИКТ-компетенции, проектно-исследовательские, здоровьесберегающие,
 *   оценочные, психолого-педагогические компетенции педагогов, применение системно-деятельностного подхода»;
 *   «рабочие группы педагогов-мастеров».
 * - The 2020–2023 project names one staging site, МБОУ СОШ № 2 («Деловая игра «Педагогическое проектирование» (на базе
 *   стажировочной площадки МБОУ СОШ № 2)», январь 2022) and one support site, МБДОУ д/с № 7 (методическая мастерская,
 *   май 2021); «стажировочные и опорные площадки – участники проекта» (2020–2023).
 * - «Разработка модульных программ стажировочных площадок по темам: …» — the eight titles below, «рассчитанные на 1-1,5
 *   года обучения по индивидуальным и групповым образовательным маршрутам», for «молодых педагогов с опытом работы до
 *   3-х лет».
 *
 * NOT STATED, so ILLUSTRATIVE: which site runs which programme (the seed does not say; the programmes are placed on the
 * two sites it names for 2020–2023 and flagged illustrative), every module, hour, format and track, and the heads and
 * masters (the seed names nobody: they are the invented people of the registry). The seed gives no number or date of an
 * order setting up any site, so none is recorded.
 */

const PROF = (code: string): DemoCompetenceRef => ({ framework: 'PROF', code });

export const TIM_SITE_AIM = 'Развитие профессиональных компетенций педагогов, непрерывное повышение квалификации в межкурсовой период';
export const TIM_KIP_2015 = 'КИП «Организация сети муниципальных стажировочных площадок как средство непрерывного повышения квалификации педагогических работников» (2015–2018)';
export const TIM_PROJECT_2020 = 'Научно-методическое сопровождение профессионального роста педагогов в условиях деятельности стажировочных площадок';
export const TIM_AUDIENCE = 'Молодые и начинающие педагоги с опытом работы до 3-х лет';

/** «Разработка модульных программ стажировочных площадок по темам: …» — as written. */
export const TIM_PROGRAM_TITLES = [
  'Формирование методических компетенций педагогов',
  'Развитие проектно-исследовательских компетенций',
  'Развитие компетенций педагогов в оценке качества образования',
  'Ступеньки успеха: психолого-педагогические компетенции',
  'Системно-деятельностный метод обучения: методология, методика, практика',
  'ИКТ-компетенции',
  'Формирование здоровьесберегающих компетенций педагогов',
  'Компетенции в области проектирования предметно-развивающей среды',
] as const;

/** The key competences every site of 2015–2018 developed (one PROF competence per area the seed lists). */
const KEY_COMPETENCES = [PROF('IT1'), PROF('PR1'), PROF('HS1'), PROF('AS1'), PROF('PP1'), PROF('ME1')];

const ILLUSTRATIVE_PLACEMENT =
  'Тема и срок (1–1,5 года, индивидуальные и групповые маршруты) — из программы КРЦ (2020–2023). На какой площадке идёт программа, ' +
  'в программе не сказано: размещение, модули, часы и маршруты — демонстрационные данные.';

const { IN_PERSON, ONLINE, MIXED } = ModuleFormat;

/** A programme from the seed's list; modules and tracks only where given (all of them illustrative). */
function program(key: string, title: (typeof TIM_PROGRAM_TITLES)[number], extra: Pick<DemoInternshipProgram, 'modules' | 'tracks'> = { modules: [], tracks: [] }): DemoInternshipProgram {
  return { key: `demo:internship:timashevsk-${key}`, title, description: ILLUSTRATIVE_PLACEMENT, minMonths: 12, maxMonths: 18, audience: TIM_AUDIENCE, maxExperienceYears: 3, illustrative: true, ...extra };
}

const METHODICAL = program('methodical', 'Формирование методических компетенций педагогов', {
  modules: [
    { title: 'Входная диагностика и индивидуальный образовательный маршрут стажёра', description: 'Иллюстративные данные.', hours: 6, format: IN_PERSON, audience: TIM_AUDIENCE, competences: [PROF('ME1')] },
    { title: 'Урок открытия нового знания: посещение уроков педагога-мастера', description: 'Иллюстративные данные.', hours: 12, format: IN_PERSON, audience: TIM_AUDIENCE, competences: [PROF('ME1')] },
    { title: 'Рабочая программа и технологическая карта урока', description: 'Иллюстративные данные.', hours: 10, format: MIXED, audience: TIM_AUDIENCE, competences: [PROF('ME2')] },
    { title: 'Формирующее оценивание на уроке', description: 'Иллюстративные данные.', hours: 8, format: ONLINE, audience: TIM_AUDIENCE, competences: [PROF('AS1')] },
    { title: 'Итоговая диагностика, «Карта эффективности профессиональной деятельности педагога»', description: 'Иллюстративные данные.', hours: 4, format: IN_PERSON, audience: TIM_AUDIENCE, competences: [PROF('ME3')] },
  ],
  tracks: [
    { kind: InternshipTrackKind.INDIVIDUAL, name: 'Индивидуальный маршрут: урок и оценивание', description: 'Иллюстративные данные.', modules: [1, 2, 4, 5] },
    { kind: InternshipTrackKind.GROUP, name: 'Групповой маршрут: проектирование урока', description: 'Иллюстративные данные.', modules: [1, 2, 3, 5] },
  ],
});

const ICT = program('ict', 'ИКТ-компетенции', {
  modules: [
    { title: 'Цифровые образовательные ресурсы в уроке', description: 'Иллюстративные данные.', hours: 8, format: MIXED, audience: TIM_AUDIENCE, competences: [PROF('IT1')] },
    { title: 'Дистанционные и смешанные форматы обучения', description: 'Иллюстративные данные.', hours: 8, format: ONLINE, audience: TIM_AUDIENCE, competences: [PROF('IT2')] },
    { title: 'Мастерская педагога-мастера: открытый урок с цифровыми ресурсами', description: 'Иллюстративные данные.', hours: 6, format: IN_PERSON, audience: TIM_AUDIENCE, competences: [PROF('IT1'), PROF('ME1')] },
  ],
  tracks: [{ kind: InternshipTrackKind.GROUP, name: 'Групповой маршрут', description: 'Иллюстративные данные.', modules: [1, 2, 3] }],
});

const school = (n: number) => `demo:org:23-tim-sosh-${n}`;

const site2015 = (n: number): DemoStagingSite => ({
  key: `demo:staging:timashevsk-2015-sosh-${n}`,
  kind: StagingSiteKind.STAGING_SITE,
  level: StagingSiteLevel.MUNICIPAL,
  organizationKey: school(n),
  theme: TIM_SITE_AIM,
  description:
    `Муниципальная стажировочная площадка сети ${TIM_KIP_2015}. «Стажировки возникли на базах школ, имеющих передовой педагогический опыт ` +
    'или опыт инновационной деятельности – МБОУ СОШ № 1, 2, 4, 5, 11, 13». Руководитель и педагоги-мастера — демонстрационные данные.',
  startsOn: '2015-01-01',
  endsOn: '2018-12-31',
  headKey: `demo:person:23-tim-sosh${n}-head`,
  masterKeys: [`demo:person:23-tim-sosh${n}-master`],
  competences: KEY_COMPETENCES,
  illustrative: false,
  programs: [],
});

export const TIMASHEVSK_SITES: DemoStagingSite[] = [
  ...[1, 2, 4, 5, 11, 13].map(site2015),
  {
    key: 'demo:staging:timashevsk-2020-sosh-2',
    kind: StagingSiteKind.STAGING_SITE,
    level: StagingSiteLevel.MUNICIPAL,
    organizationKey: school(2),
    theme: TIM_PROJECT_2020,
    description:
      'Площадка — участник проекта КРЦ (2020–2023): «Деловая игра «Педагогическое проектирование» (на базе стажировочной площадки МБОУ СОШ № 2)», ' +
      'январь 2022. Руководитель и педагоги-мастера — демонстрационные данные.',
    startsOn: '2020-01-01',
    endsOn: '2023-12-31',
    headKey: 'demo:person:23-tim-sosh2-head',
    masterKeys: ['demo:person:23-tim-sosh2-master'],
    competences: [PROF('PR1'), PROF('ME1')],
    illustrative: false,
    programs: [
      METHODICAL,
      program('project-research', 'Развитие проектно-исследовательских компетенций'),
      program('assessment', 'Развитие компетенций педагогов в оценке качества образования'),
      program('psychology', 'Ступеньки успеха: психолого-педагогические компетенции'),
      program('system-activity', 'Системно-деятельностный метод обучения: методология, методика, практика'),
      ICT,
      program('health', 'Формирование здоровьесберегающих компетенций педагогов'),
    ],
  },
  {
    key: 'demo:staging:timashevsk-2020-dou-7',
    kind: StagingSiteKind.SUPPORT_SITE,
    level: StagingSiteLevel.MUNICIPAL,
    organizationKey: 'demo:org:23-tim-dou-7',
    theme: TIM_PROJECT_2020,
    description:
      'Опорная площадка — участник проекта КРЦ (2020–2023): методическая мастерская «Разработка и апробация комплексной системы оценки качества ' +
      'образования в ДОО на основе шкалы развивающей оценки образовательной среды (методика ECERS-R)», май 2021. Руководитель и педагог-мастер — демонстрационные данные.',
    startsOn: '2020-01-01',
    endsOn: '2023-12-31',
    headKey: 'demo:person:23-tim-dou7-head',
    masterKeys: ['demo:person:23-tim-dou7-senior'],
    competences: [PROF('DE1')],
    illustrative: false,
    programs: [program('environment', 'Компетенции в области проектирования предметно-развивающей среды')],
  },
];
