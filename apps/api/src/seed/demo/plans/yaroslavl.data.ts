import { PlanKind, PlanStageKind, PlanStatus } from '@metodset/shared';
import { DemoPlan, DemoPlanItem, months } from '../plans.types';

/**
 * Seed 001: the road map of the Yaroslavl МИП «Наставничество: ресурсы взаимного развития в профессиональных
 * обучающихся сообществах педагогов города» (2023–2025): five stages with their periods as written, the content of
 * each as its items, «Формы реализации» as the stage's description. The seed dates stages, not items.
 */

const bullet = (title: string, i: number): DemoPlanItem => ({ number: `${i + 1}.`, title, period: '', startsOn: null, endsOn: null });

export const YAROSLAVL_PLANS: DemoPlan[] = [
  {
    key: 'demo:plan:yaroslavl-mip-roadmap',
    kind: PlanKind.ROADMAP,
    title: 'Дорожная карта проекта «Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города»',
    owner: { networkKey: 'demo:network:yaroslavl-mip-nastavnichestvo' },
    period: '2023 – 2025',
    startsOn: '2023-06-01',
    endsOn: '2025-05-31',
    status: PlanStatus.COMPLETED,
    sourceNote: 'Инновационный проект на соискание статуса МИП, г. Ярославль, 2023–2025: раздел «Дорожная карта проекта».',
    stages: [
      {
        title: 'Организационно-аналитический',
        kind: PlanStageKind.ORGANIZATIONAL,
        period: 'июнь – октябрь 2023 гг.',
        ...months(2023, 6, 2023, 10),
        description: 'Формы реализации: мониторинг, нетворкинг, семинары',
        items: ['Изучение профессиональных потребностей наставников ПОС,', 'Открытие в МСО Мастерской «Профиль наставника ПОС»', 'Разработка программы мастер-классов для наставников.'].map(bullet),
      },
      {
        title: 'Методический',
        kind: PlanStageKind.MAIN,
        period: 'ноябрь 2023 - май 2024 гг.',
        ...months(2023, 11, 2024, 5),
        description: 'Формы реализации: мастер-класс, мастер-группа, ПОС',
        items: ['Создание новых практик эффективного наставничества', 'Взаимообмен практиками наставничества'].map(bullet),
      },
      {
        title: 'Коммуникативный',
        kind: PlanStageKind.MAIN,
        period: 'февраль – апрель 2024 гг.',
        ...months(2024, 2, 2024, 4),
        description: 'Формы реализации: Мастерская, ПОС, онлайн-вебинары, конференции',
        items: ['Организация мастер-классов для педагогов МСО по теме «Профиль наставника ПОС»', 'Организация онлайн взаимодействия на межрегиональном уровне'].map(bullet),
      },
      {
        title: 'Практический',
        kind: PlanStageKind.MAIN,
        period: 'июнь - декабрь 2024 гг.',
        ...months(2024, 6, 2024, 12),
        description: 'Формы реализации: семинар, Мастерская наставничества, мастер-класс',
        items: ['Презентация модели эффективного наставничества для профессионального сообщества МСО', 'Работа Мастерской наставничества, обмен практиками'].map(bullet),
      },
      {
        title: 'Аналитико-результативный',
        kind: PlanStageKind.ANALYTICAL,
        period: 'январь – май 2025 гг.',
        ...months(2025, 1, 2025, 5),
        description: 'Формы реализации: публикации',
        items: ['Подготовка методических продуктов МИП к публикации и диссеминации'].map(bullet),
      },
    ],
  },
];
