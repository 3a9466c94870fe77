/** Russian messages of the dashboards (`dashboard.*`). */
export const dashboardMessages = {
  menu: 'Панель показателей',
  territory: { title: 'Панель показателей территории' },
  network: { title: 'Панель показателей сети' },
  programme: { title: 'Панель показателей программы' },
  subject: '{title}, {period} учебный год',
  notFound: 'Территория, сеть или программа не найдена',
  exportXlsx: 'Excel',
  exportPdf: 'PDF',
  filters: {
    region: 'Регион',
    municipality: 'Муниципалитет',
    wholeTerritory: 'Вся территория',
    year: 'Учебный год',
  },
  teachers: 'Педагогов',
  mentoring: {
    title: 'Наставничество',
    coverage: 'Доля педагогов в наставничестве',
    inMentoring: 'В наставничестве',
    pairsActive: 'Пар и групп идут сейчас',
    sides: 'Наставников: {mentors}, наставляемых: {mentees}; пар и групп за год: {pairs}',
  },
  internships: { title: 'Стажировки', cohorts: 'Потоков', interns: 'Стажёров', completed: 'Завершили' },
  events: { title: 'Мероприятия', events: 'Мероприятий', participants: 'Участников', visits: 'Посещений' },
  chart: {
    title: 'Активность по месяцам',
    events: 'Мероприятия',
    participants: 'Участники мероприятий',
    internships: 'Завершили стажировки',
    empty: 'За этот учебный год нет мероприятий и стажировок',
  },
  deficits: {
    title: 'Дефициты',
    hint: 'Доля педагогов с дефицитом по рамке «{framework}». Нажмите на ячейку организации, чтобы увидеть педагогов.',
    empty: 'Нет результатов диагностики',
  },
};
