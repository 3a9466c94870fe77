/** The list shell's messages (`list.*`). */
export const LIST_MESSAGES = {
  export: 'Экспорт в Excel',
  exportPdf: 'PDF',
  exportPdfLabel: 'Экспорт в PDF',
  exportTooMany: 'В PDF — не больше {max} строк: уточните фильтры или выгрузите в Excel',
  period: 'Период',
  periodNow: 'по состоянию на {date}',
  territory: 'Территория',
  territoryScope: 'в пределах ваших прав доступа',
  exportedAt: 'Сформирован',
  exporting: 'Выгрузка: {done} из {total}',
  exportFailed: 'Не удалось выгрузить список: {reason}',
  exportEmpty: 'Нечего выгружать: список пуст',
  pageReport: 'Показано {first}–{last} из {totalRecords}',
  pageSize: 'Строк на странице',
  goToPage: 'Перейти на страницу',
};
