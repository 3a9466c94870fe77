import { InternshipTrackKind, ModuleFormat, StagingSiteKind, StagingSiteLevel } from '@metodset/shared';
import { DemoStagingSite } from './staging.types';

/**
 * NOT FROM THE SEEDS: one working site on an invented school, so the catalogue shows a site in its period and the
 * organisation card the status derived from it. Every field is illustrative; no named person is attached.
 */
export const ILLUSTRATIVE_SITES: DemoStagingSite[] = [
  {
    key: 'demo:staging:illustrative-borovichi-school-a',
    kind: StagingSiteKind.STAGING_SITE,
    level: StagingSiteLevel.MUNICIPAL,
    organizationKey: 'demo:org:53-borovichi-sosh-9',
    theme: 'Формирующее оценивание на уроке (иллюстративные данные)',
    description: 'Демонстрационные данные: такой площадки нет.',
    startsOn: '2026-09-01',
    endsOn: '2027-08-31',
    orderNumber: '00-демо',
    orderDate: '01.09.2026 (иллюстративно)',
    headKey: 'demo:person:53-borovichi-sosh9-math',
    masterKeys: [],
    competences: [{ framework: 'PROF', code: 'AS1' }],
    illustrative: true,
    programs: [
      {
        key: 'demo:internship:illustrative-borovichi-assessment',
        title: 'Формирующее оценивание: модульная программа (иллюстративные данные)',
        description: 'Демонстрационные данные.',
        minMonths: 6,
        maxMonths: 9,
        audience: 'Молодые педагоги со стажем до 3 лет',
        maxExperienceYears: 3,
        illustrative: true,
        modules: [
          { title: 'Критерии оценивания и самооценка', description: '', hours: 6, format: ModuleFormat.IN_PERSON, audience: '', competences: [{ framework: 'PROF', code: 'AS1' }] },
          { title: 'Обратная связь на уроке', description: '', hours: 6, format: ModuleFormat.MIXED, audience: '', competences: [{ framework: 'PROF', code: 'AS1' }] },
        ],
        tracks: [{ kind: InternshipTrackKind.INDIVIDUAL, name: 'Индивидуальный маршрут', description: '', modules: [1, 2] }],
      },
    ],
  },
];
