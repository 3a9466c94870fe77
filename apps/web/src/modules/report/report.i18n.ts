import { REPORT_FORMAT_LABELS, REPORT_KIND_LABELS } from '@metodset/shared';

/** Messages of the reports page (`report.*`). */
export const reportMessages = {
  menu: 'Отчёты',
  title: 'Отчёты',
  intro: 'Отчёты мониторинга формируются в фоне: страницу можно покинуть, готовый файл останется в списке ниже.',
  kind: REPORT_KIND_LABELS,
  format: REPORT_FORMAT_LABELS,
  kindLabel: 'Вид отчёта',
  formatLabel: 'Формат',
  territoryLabel: 'Территория',
  territoryAll: 'Вся территория в пределах прав доступа',
  periodLabel: 'Период',
  from: 'С',
  to: 'По',
  periodError: 'Конец периода раньше его начала',
  halfYear: '{half} полугодие {year}',
  order: 'Заказать отчёт',
  ordered: 'Отчёт заказан',
  past: 'Заказанные отчёты',
  none: 'Отчётов пока нет',
  created: 'Заказан {at}',
};
