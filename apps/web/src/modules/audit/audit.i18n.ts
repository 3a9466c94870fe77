import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@metodset/shared';

/** Russian strings of the audit log page («Журнал аудита», 152-ФЗ ст. 19). */
export const AUDIT_MESSAGES = {
  menu: 'Журнал аудита',
  title: 'Журнал аудита',
  empty: 'За выбранный период записей нет',
  hint: 'Кто и когда смотрел и менял персональные данные. Все записи о человеке в файл XLSX выгружает команда «audit export-person» (см. README).',
  filters: {
    person: 'Чьи данные',
    personPlaceholder: 'Начните вводить фамилию',
    from: 'С',
    to: 'По',
    action: 'Действие',
    anyAction: 'Любое действие',
    actor: 'Только записи этого пользователя',
    clearActor: 'Все пользователи',
  },
  fields: { at: 'Когда', actor: 'Кто', action: 'Действие', entity: 'Объект', people: 'Чьи данные' },
  system: 'система',
  personHidden: 'карточка недоступна',
  entities: { ...AUDIT_ENTITY_LABELS },
  peopleCount: 'нет | {n} человек | {n} человека | {n} человек',
  actions: { ...AUDIT_ACTION_LABELS },
};
