import { PROFESSIONAL_HOURS_KIND_LABELS } from '@metodset/shared';

/** Russian messages of the growth domain (professional-development hours), under `growth.*`. */
export const growthMessages = {
  kind: PROFESSIONAL_HOURS_KIND_LABELS,
  hours: {
    title: 'Часы профессионального развития',
    hint: 'Учебный год — с 1 сентября по 31 августа. Учитываются завершённые модули стажировок и посещённые мероприятия (часы мероприятия — за каждое посещённое занятие).',
    empty: 'Завершённых модулей стажировок и посещённых мероприятий пока нет',
    loadError: 'Не удалось загрузить часы',
    retry: 'Повторить',
    year: 'Учебный год {label}',
    total: 'Всего: {hours} ак. ч',
    noHours: 'без учёта часов',
    hiddenEvent: 'Мероприятие вне вашей зоны видимости',
    certificate: 'Сертификат {number}',
    export: 'Экспорт в Excel',
    fileTitle: 'Часы профессионального развития',
    columns: { year: 'Учебный год', date: 'Дата', kind: 'Вид', title: 'Название', hours: 'Часы', link: 'Сертификат' },
    myTitle: 'Мои часы профессионального развития',
    myInternships: 'Мои стажировки',
    noPerson: 'Ваша учётная запись не связана с карточкой педагога',
  },
  menu: 'Мои часы развития',
  eventHours: {
    label: 'Часы профессионального развития',
    hint: 'Академические часы за каждое посещённое занятие; пусто — мероприятие без учёта часов',
    value: '{hours} ак. ч за посещение',
    none: 'без учёта часов',
  },
};
