/** Russian messages of the app's frame (`layout.*`): the menu button, the skip link, a page that failed to load. */
export const LAYOUT_MESSAGES = {
  skipToContent: 'Перейти к содержанию',
  openMenu: 'Открыть меню',
  closeMenu: 'Закрыть меню',
  menu: 'Главное меню',
  userMenu: 'Пользователь',
  pageLoadFailed: 'Не удалось загрузить страницу — обновите',
  pageLoadFailedHint: 'Нет связи с сервером, или Методсеть обновилась, пока страница была открыта.',
  reload: 'Обновить страницу',
};
