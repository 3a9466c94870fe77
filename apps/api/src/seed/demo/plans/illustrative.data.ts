import { PlanItemStatus, PlanKind, PlanStageKind, PlanStatus } from '@metodset/shared';
import { DemoPlan, month, months } from '../plans.types';

/**
 * Not from the seeds: a yearly event plan of the made-up «Демонстрационная школа», to show statuses set by hand and
 * actual results (every item is marked illustrative). No real organisation or person is named in it.
 */
const done = (actualResult: string) => ({ status: PlanItemStatus.DONE, actualResult });

export const ILLUSTRATIVE_PLANS: DemoPlan[] = [
  {
    key: 'demo:plan:illustrative-school-2026-2027',
    kind: PlanKind.YEARLY_EVENT_PLAN,
    title: 'План мероприятий на 2026/2027 учебный год (демонстрационные данные)',
    owner: { organizationKey: 'demo:org:47-podp-illustrative-school' },
    period: '2026/2027 учебный год',
    startsOn: '2026-09-01',
    endsOn: '2027-06-30',
    status: PlanStatus.ACTIVE,
    sourceNote: 'Иллюстративные данные: плана и школы не существует.',
    illustrative: true,
    stages: [
      {
        title: 'Организационный этап',
        kind: PlanStageKind.ORGANIZATIONAL,
        period: 'сентябрь – октябрь 2026',
        ...months(2026, 9, 2026, 10),
        items: [
          {
            number: '1.1.',
            title: 'Педагогический совет «Задачи методической работы на учебный год»',
            period: 'Сентябрь 2026 года',
            ...month(2026, 9),
            responsible: 'Заместитель директора по УВР',
            expectedResult: 'Утверждён план методической работы',
            illustrative: done('План утверждён на педсовете, протокол № 1'),
          },
          {
            number: '1.2.',
            title: 'Диагностика профессиональных затруднений педагогов',
            period: 'Октябрь 2026 года',
            ...month(2026, 10),
            responsible: 'Руководители ШМО',
            expectedResult: 'Выявлены дефициты педагогов',
            illustrative: done('Анкеты заполнили 18 педагогов из 20'),
          },
        ],
      },
      {
        title: 'Основной этап',
        kind: PlanStageKind.MAIN,
        period: 'ноябрь 2026 – апрель 2027',
        ...months(2026, 11, 2027, 4),
        items: [
          {
            number: '2.1.',
            title: 'Семинар-практикум «Функциональная грамотность на уроке»',
            period: 'Ноябрь 2026 года',
            ...month(2026, 11),
            responsible: 'Руководители ШМО',
            participants: 'Учителя-предметники',
            expectedResult: 'Повышение профессиональных компетенций педагогов',
            illustrative: { status: PlanItemStatus.IN_PROGRESS, actualResult: 'Проведены два занятия из трёх' },
          },
          {
            number: '2.2.',
            title: 'Открытые уроки молодых педагогов',
            period: 'В течение учебного года',
            ...months(2026, 9, 2027, 5),
            responsible: 'Наставники молодых педагогов',
            participants: 'Молодые педагоги',
            expectedResult: 'Анализ уроков, рекомендации',
            illustrative: { status: PlanItemStatus.PLANNED, actualResult: '' },
          },
          {
            number: '2.3.',
            title: 'Выездной семинар в школе-партнёре',
            period: 'Декабрь 2026 года',
            ...month(2026, 12),
            responsible: 'Администрация школы',
            expectedResult: 'Обмен опытом',
            illustrative: { status: PlanItemStatus.CANCELLED, actualResult: 'Отменён: карантин по гриппу' },
          },
          {
            number: '2.4.',
            title: 'Школьный конкурс методических разработок',
            period: 'Октябрь 2026 года',
            ...month(2026, 10),
            responsible: 'Методический совет',
            expectedResult: 'Банк методических разработок',
            illustrative: { status: PlanItemStatus.NOT_DONE, actualResult: 'Подано две работы: конкурс перенесён на весну' },
          },
        ],
      },
      {
        title: 'Аналитический этап',
        kind: PlanStageKind.ANALYTICAL,
        period: 'май – июнь 2027',
        ...months(2027, 5, 2027, 6),
        items: [
          {
            number: '3.1.',
            title: 'Анализ выполнения плана, корректировка плана на следующий год',
            period: 'Июнь 2027 года',
            ...month(2027, 6),
            responsible: 'Заместитель директора по УВР',
            expectedResult: 'Аналитическая справка',
            illustrative: { status: PlanItemStatus.PLANNED, actualResult: '' },
          },
        ],
      },
    ],
  },
];
