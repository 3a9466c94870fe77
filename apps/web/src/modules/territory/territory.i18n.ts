import { MUNICIPALITY_KIND_LABELS } from '@metodset/shared';

/** Russian messages of territories (municipalities), under `territory.*`. */
export const territoryMessages = {
  menu: 'Муниципалитеты',
  kind: MUNICIPALITY_KIND_LABELS,
  list: {
    title: 'Муниципалитеты',
    empty: 'Муниципалитетов не найдено',
    create: 'Новый муниципалитет',
    search: 'Название или ОКТМО',
  },
  fields: {
    name: 'Название',
    kind: 'Вид',
    oktmo: 'ОКТМО',
    region: 'Регион',
    state: 'Состояние',
  },
  state: {
    active: 'Действует',
    archived: 'В архиве',
    merged: 'Объединён с «{name}»',
  },
  form: {
    newTitle: 'Новый муниципалитет',
    editTitle: 'Муниципалитет',
    notFound: 'Муниципалитет не найден или недоступен',
    oktmoHint: '8 цифр (район, округ) или 11 (поселение)',
    oktmoError: 'Код ОКТМО — 8 или 11 цифр',
  },
  actions: {
    edit: 'Изменить',
    archive: 'В архив',
    restore: 'Восстановить',
    merge: 'Объединить…',
    archived: '«{name}» в архиве',
    restored: '«{name}» восстановлен',
  },
  merge: {
    title: 'Объединить муниципалитеты',
    intro: 'Все организации, кампании, мероприятия, планы, показатели, документы и права доступа «{name}» перейдут в выбранный муниципалитет. «{name}» уйдёт в архив со ссылкой на него; у организаций сохранится прежний муниципалитет с датами.',
    target: 'В какой муниципалитет',
    submit: 'Объединить',
    cancel: 'Отмена',
    done: 'Объединено: перенесено организаций — {organizations}, других записей — {other}',
  },
  history: {
    title: 'Прежние муниципалитеты',
    row: '{name}: {from} — {until} (объединён с «{to}»)',
  },
};
