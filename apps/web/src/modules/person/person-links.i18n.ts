/** Russian strings of the person card's links: routes, mentorships, diagnostic results. */
export const PERSON_LINKS_MESSAGES = {
  title: 'Развитие педагога',
  loadError: 'Не удалось загрузить',
  shownOf: 'показаны {shown} из {total}',
  routes: {
    title: 'Индивидуальные образовательные маршруты (ИОМ)',
    none: 'Маршрутов пока нет',
  },
  mentorships: {
    title: 'Наставничество',
    none: 'В наставнических парах не участвует',
    mentor: 'наставник',
    mentee: 'наставляемый',
  },
  results: {
    title: 'Результаты диагностики',
    none: 'Результатов диагностики пока нет',
    summary: 'Оценено компетенций: {competences}, из них с дефицитом: {deficits}; последняя диагностика {date}',
    open: 'Профиль компетенций',
  },
};
