/** Russian strings of a person's histories (employment and qualification categories), under `personHistory.*`. */
export const PERSON_HISTORY_MESSAGES = {
  startedOn: 'Работает с',
  endedOn: 'Работал(а) по',
  now: 'по настоящее время',
  unknownStart: 'дата начала не указана',
  period: 'Период работы',
  dateOrder: 'Дата окончания должна быть позже даты начала',
  categories: {
    title: 'Квалификационные категории',
    none: 'Записей о категориях нет',
    category: 'Категория',
    assignedOn: 'Присвоена',
    orderRef: 'Приказ',
    validUntil: 'Действует до',
    noLimit: 'без срока',
    expired: 'истекла',
    add: 'Добавить категорию',
  },
};
