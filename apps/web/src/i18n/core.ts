import { LAYOUT_MESSAGES } from '@/layout/layout.i18n';

/**
 * The Russian messages the app needs before any page behind the sign-in: the sign-in page, the session-expired and
 * network toasts, a page that failed to load (its code could not be fetched: these texts cannot be fetched either).
 * The entry chunk carries only these; everything else (`ru.ts`, every module's texts) is loaded with the first page
 * behind the sign-in (main.ts, i18n/setup.ts).
 */
export const core = {
  layout: LAYOUT_MESSAGES,
  app: {
    name: 'Методсеть',
    tagline: 'Сетевой профессиональный рост педагогов',
  },
  common: {
    save: 'Сохранить',
    cancel: 'Отмена',
    edit: 'Редактировать',
    create: 'Создать',
    add: 'Добавить',
    remove: 'Удалить',
    back: 'Назад',
    yes: 'Да',
    no: 'Нет',
    all: 'Все',
    notSet: '—',
    loading: 'Загрузка…',
    retry: 'Повторить',
    archive: 'В архив',
    restore: 'Восстановить',
    undo: 'Отменить',
    archived: 'В архиве',
    search: 'Поиск',
    reset: 'Сбросить',
    total: 'Всего: {count}',
    shown: 'Показано {from}–{to} из {total}',
    loadFailed: 'Не удалось загрузить данные',
    saved: 'Изменения сохранены',
    created: 'Запись создана',
    networkError: 'Нет связи с сервером. Проверьте подключение и повторите попытку',
    errorTitle: 'Ошибка',
    doneTitle: 'Готово',
    required: 'Обязательное поле',
    invalidYear: 'Год — от {min} до {max}',
    invalidEmail: 'Неверный адрес электронной почты',
    period: {
      range: '{from} – {to}',
      open: 'с {from}',
    },
    endBeforeStart: 'Окончание не может быть раньше начала',
    openEndHint: 'Пусто — без срока окончания',
    archiveState: 'Состояние',
  },
  auth: {
    title: 'Вход в систему',
    /** The button when the installation has an identity provider (ЕСИА through a gateway). */
    signInWith: 'Войти через {name}',
    login: 'Логин',
    password: 'Пароль',
    /** The eye button beside the password (a toggle: pressed shows the password as text). */
    showPassword: 'Показать пароль',
    submit: 'Войти',
    logout: 'Выйти',
    required: 'Введите логин и пароль',
    sessionExpired: 'Сеанс завершён. Войдите снова',
  },};
