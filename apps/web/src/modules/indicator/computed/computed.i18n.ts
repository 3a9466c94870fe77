/** Russian messages of the computed indicators (formula, values per period, drill-down), under `indicatorComputed.*`. */
export const computedMessages = {
  formula: 'Как считается',
  recalculate: 'Пересчитать',
  stored: 'Сохранённые значения (расчёт)',
  values: 'Значения по периодам',
  noValues: 'Значений пока нет: в периодах показателя нет данных',
  period: 'Период',
  value: 'Значение',
  openRows: 'Показать строки за значением {value} ({period})',
  drill: {
    title: 'Строки за значением: {period}',
    empty: 'Строк нет (или они вне вашей зоны ответственности)',
    choose: 'Нажмите на значение, чтобы увидеть, кто за ним стоит',
    rows: { COUNTED: 'Учтённые', DENOMINATOR: 'Все в знаменателе', NOT_COUNTED: 'Не учтённые' },
    rowsLabel: 'Строки',
    close: 'Скрыть строки',
    columns: { name: 'Педагог, школа или продукт', organization: 'Место работы, организация', counted: 'Учтён' },
    yes: 'да',
    no: 'нет',
  },
};
