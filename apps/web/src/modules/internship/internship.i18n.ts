import { CERTIFICATE_STATUS_LABELS, FINAL_PRODUCT_STATUS_LABELS, INTERNSHIP_APPLICATION_SOURCE_LABELS, INTERNSHIP_APPLICATION_STATUS_LABELS } from '@metodset/shared';

/** Russian messages of the internship domain (cohorts, applications, attendance, certificates), under `internship.*`. */
export const internshipMessages = {
  menu: { my: 'Мои стажировки' },
  status: INTERNSHIP_APPLICATION_STATUS_LABELS,
  source: INTERNSHIP_APPLICATION_SOURCE_LABELS,
  product: FINAL_PRODUCT_STATUS_LABELS,
  certificateStatus: CERTIFICATE_STATUS_LABELS,
  attendance: {
    title: 'Посещаемость',
    present: 'Был',
    absent: 'Не был',
    unmarked: 'Не отмечен',
    empty: 'В группе пока нет зачисленных стажёров',
    saved: 'Отметка сохранена',
    counts: 'Присутствуют: {present} из {total}',
    markFor: '{name}: {mark}',
  },
  verify: {
    title: 'Проверка сертификата',
    lead: 'Введите номер сертификата, например МС-2026-000123',
    number: 'Номер сертификата',
    check: 'Проверить',
    badNumber: 'Номер записывается так: МС-2026-000123',
    notFound: 'Сертификат не найден',
    holder: 'Кому выдан',
    programme: 'Программа стажировки',
    hours: 'Объём, часов',
    period: 'Сроки стажировки',
    issuer: 'Кем выдан',
    issuedOn: 'Дата выдачи',
    status: 'Статус',
  },
};
