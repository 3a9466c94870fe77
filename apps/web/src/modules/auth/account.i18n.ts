/** Russian messages of the account page («Учётная запись»), under `account.*`. */
export const accountMessages = {
  menu: 'Учётная запись',
  /** The sign-in page's button when the installation has an identity provider (ЕСИА through a gateway). */
  signInWith: 'Войти через {name}',
  title: 'Учётная запись',
  password: {
    title: 'Смена пароля',
    old: 'Текущий пароль',
    new: 'Новый пароль',
    repeat: 'Новый пароль ещё раз',
    hint: 'Не короче {min} символов. Остальные сеансы завершатся, этот останется.',
    submit: 'Сменить пароль',
    mismatch: 'Пароли не совпадают',
    required: 'Заполните поле',
    done: 'Пароль изменён, другие сеансы завершены',
  },
  sessions: {
    title: 'Сеансы',
    hint: 'Устройства и браузеры, где выполнен вход. Завершите те, которые вам не знакомы.',
    current: 'Этот сеанс',
    device: 'Браузер',
    address: 'Адрес',
    created: 'Вход',
    lastSeen: 'Активность',
    unknown: 'не известно',
    end: 'Завершить',
    endOthers: 'Завершить все остальные',
    ended: 'Сеанс завершён',
    endedOthers: 'Остальные сеансы завершены',
    empty: 'Других сеансов нет',
    loadError: 'Не удалось загрузить сеансы',
  },
};
