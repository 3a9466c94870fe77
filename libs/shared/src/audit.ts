/**
 * The audit log's actions and objects in words: the SPA shows them, the API sorts the log by them (what the user
 * sees, not the codes).
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  read: 'открыл карточку',
  'read-list': 'просмотр',
  create: 'создание',
  update: 'изменение',
  archive: 'в архив',
  restore: 'из архива',
  import: 'импорт',
  login: 'вход',
  logout: 'выход',
  grant: 'выдача роли',
  'set-password': 'смена пароля',
  download: 'скачивание файла',
};

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  account: 'учётная запись',
  agreement: 'соглашение',
  'assignment-plan': 'проект распределения наставников',
  association: 'объединение',
  job: 'фоновое задание',
  'diagnostic-campaign': 'диагностика',
  'diagnostic-response': 'ответы диагностики',
  'diary-entry': 'запись дневника',
  'learning-route': 'маршрут (ИОМ)',
  'mentor-profile': 'профиль наставника',
  'mentoring-program': 'программа наставничества',
  mentorship: 'наставническая пара',
  network: 'сеть',
  organization: 'организация',
  organization_self_diagnosis: 'самодиагностика организации',
  person: 'педагог',
  plan: 'план',
  registry: 'реестр',
  session: 'сеанс входа',
  survey: 'анкета',
};
