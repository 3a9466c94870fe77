import { SESSION_FORMAT_LABELS } from '@metodset/shared';

/** Russian messages of the landing pages (`home.*`): «Моя страница» and the school page. */
export const homeMessages = {
  menu: 'Главная',
  sessionFormat: SESSION_FORMAT_LABELS,
  my: {
    title: 'Моя страница',
    subtitle: 'Что ждёт вас на {date}',
    loadError: 'Не удалось загрузить этот раздел',
  },
  blocks: {
    diagnostics: { title: 'Диагностика', empty: 'Открытых диагностик для вас нет' },
    routeSteps: { title: 'Шаги маршрута', empty: 'Срочных шагов маршрута нет' },
    approvals: { title: 'Маршруты на согласовании', empty: 'Маршрутов, ждущих вашего согласования, нет' },
    events: { title: 'Мероприятия', empty: 'Вы не записаны на мероприятия в ближайшие 60 дней' },
    internshipSessions: { title: 'Занятия стажировок', empty: 'Занятий ваших групп стажировки в ближайшие 60 дней нет' },
    meetings: { title: 'Встречи наставничества', empty: 'Запланированных встреч нет' },
    surveys: { title: 'Анкеты', empty: 'Анкет, ждущих ответа, нет' },
    schoolEvents: { title: 'Мероприятия школы', empty: 'Мероприятий школы в ближайшие 60 дней нет' },
    deficits: { title: 'Дефициты педагогов', empty: 'Результатов диагностики педагогов школы пока нет' },
  },
  item: {
    closesOn: 'до {date}',
    notStarted: 'не начата',
    draft: 'начата, не отправлена',
    overdue: 'просрочен',
    soon: 'скоро',
    endsOn: 'срок {date}',
    route: 'маршрут «{title}»',
    withMentee: 'с наставляемыми: {names}',
    withMentor: 'с наставником: {names}',
    program: 'программа «{name}»',
    teacher: 'педагог: {name}',
    groupRoute: 'групповой маршрут',
    period: '{from} — {to}',
    deficitShare: 'дефицит у {share} ({deficits} из {assessed})',
    framework: 'Рамка: {name}',
    heatmap: 'Тепловая карта',
  },
  school: {
    title: 'Страница школы',
    notFound: 'Организация не найдена или вне вашей зоны ответственности',
    card: 'Карточка организации',
    indicatorsLater: 'Показатели школы появятся здесь, когда будут заведены показатели',
  },
};
