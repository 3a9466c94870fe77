/** The list shell's messages (`list.*`). */
export const LIST_MESSAGES = {
  export: 'Экспорт в Excel',
  exporting: 'Выгрузка: {done} из {total}',
  exportFailed: 'Не удалось выгрузить список: {reason}',
  exportEmpty: 'Нечего выгружать: список пуст',
  pageReport: 'Показано {first}–{last} из {totalRecords}',
  pageSize: 'Строк на странице',
  goToPage: 'Перейти на страницу',
};
