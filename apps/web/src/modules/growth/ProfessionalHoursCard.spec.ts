import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountWithApp, type FakeApi } from '@/test/mount-app';
import { buildWorkbook } from '@/common/list/list-export';
import { createAppI18n } from '@/i18n';
import ProfessionalHoursCard from './ProfessionalHoursCard.vue';
import { exportRows, hoursColumns } from './hours-export';
import { waitFor } from '../../test/wait';

enableAutoUnmount(afterEach);

const row = (date: string, kind: string, title: string | null, hours: number | null, more: { eventId?: string; certificateNumber?: string } = {}) => ({
  __typename: 'ProfessionalHoursRow',
  personId: 'p1',
  date,
  kind,
  title,
  hours,
  eventId: more.eventId ?? null,
  certificateNumber: more.certificateNumber ?? null,
});
const years = [
  {
    __typename: 'ProfessionalHoursYear',
    personId: 'p1',
    schoolYear: 2025,
    label: '2025/2026',
    totalHours: 40.5,
    rows: [
      row('2026-03-01', 'EVENT', 'Семинар «Проектный урок»', 4.5, { eventId: 'e1' }),
      row('2026-02-10', 'INTERNSHIP_MODULE', 'Проектирование урока', 36, { certificateNumber: 'МС-2026-000001' }),
      row('2026-01-20', 'EVENT', 'Педсовет', null, { eventId: 'e2' }),
      row('2025-11-05', 'EVENT', null, 2),
    ],
  },
];
const answer = (professionalHours: unknown): FakeApi => (op) =>
  op === 'PersonProfessionalHours' ? { data: { person: { __typename: 'Person', id: 'p1', fullName: 'Петров Иван Сергеевич', professionalHours } } } : { data: null };

const bytesOf = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

describe('ProfessionalHoursCard', () => {
  it('shows the total per school year and each row with its link, an event without hours «без учёта часов»', async () => {
    const { wrapper } = await mountWithApp(ProfessionalHoursCard, { props: { personId: 'p1' }, api: answer(years) });
    await waitFor(() => expect(wrapper.findAll('[data-testid="professional-hours-row"]')).toHaveLength(4));
    expect(wrapper.get('[data-testid="professional-hours-year"]').text()).toContain('Учебный год 2025/2026');
    expect(wrapper.get('[data-testid="professional-hours-total"]').text()).toBe('Всего: 40,5 ак. ч');
    const [event, module, none, hidden] = wrapper.findAll('[data-testid="professional-hours-row"]');
    expect(event!.get('[data-testid="professional-hours-event"]').attributes('href')).toBe('/events/e1');
    expect(event!.text()).toContain('01.03.2026');
    expect(event!.text()).toContain('мероприятие');
    expect(event!.get('[data-testid="professional-hours-hours"]').text()).toBe('4,5 ак. ч');
    expect(module!.text()).toContain('модуль стажировки');
    expect(module!.get('[data-testid="professional-hours-certificate"]').attributes('href')).toBe(`/verify/${encodeURIComponent('МС-2026-000001')}`);
    expect(none!.get('[data-testid="professional-hours-hours"]').text()).toBe('без учёта часов');
    expect(hidden!.text()).toContain('Мероприятие вне вашей зоны видимости');
    expect(hidden!.find('a').exists()).toBe(false);
    expect(wrapper.text()).toContain('с 1 сентября по 31 августа');
    expect(wrapper.find('[data-testid="professional-hours-export"]').exists()).toBe(true);
  });

  it('says so when there is nothing yet, without an export', async () => {
    const { wrapper } = await mountWithApp(ProfessionalHoursCard, { props: { personId: 'p1' }, api: answer([]) });
    await waitFor(() => expect(wrapper.find('[data-testid="professional-hours-empty"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="professional-hours-empty"]').text()).toBe('Завершённых модулей стажировок и посещённых мероприятий пока нет');
    expect(wrapper.find('[data-testid="professional-hours-export"]').exists()).toBe(false);
  });

  it('shows an error with a retry, and nothing at all for a person out of reach', async () => {
    const failing = await mountWithApp(ProfessionalHoursCard, {
      props: { personId: 'p1' },
      api: () => ({ data: null, errors: [{ message: 'Сбой', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    });
    await waitFor(() => expect(failing.wrapper.find('[data-testid="professional-hours-error"]').exists()).toBe(true));
    expect(failing.wrapper.get('[data-testid="professional-hours-error"]').text()).toContain('Повторить');
    const hidden = await mountWithApp(ProfessionalHoursCard, { props: { personId: 'p1' }, api: answer(null) });
    await waitFor(() => expect(hidden.wrapper.find('[data-testid="professional-hours-loading"]').exists()).toBe(false));
    expect(hidden.wrapper.find('[data-testid="professional-hours"]').exists()).toBe(false);
  });

  it('exports every row with its school year, real dates and hours (an event without hours: an empty cell)', async () => {
    const i18n = createAppI18n();
    const t = (key: string) => i18n.global.t(key);
    const blob = await buildWorkbook('Часы', hoursColumns(t, (k) => t(`growth.kind.${k}`), t('growth.hours.hiddenEvent')), exportRows(years));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytesOf(blob));
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Учебный год', 'Дата', 'Вид', 'Название', 'Часы', 'Сертификат']);
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).values).toEqual([undefined, '2025/2026', new Date('2026-03-01T00:00:00Z'), 'мероприятие', 'Семинар «Проектный урок»', 4.5]);
    expect(sheet.getCell('F3').value).toBe('МС-2026-000001');
    expect(sheet.getCell('E4').value).toBeNull();
    expect(sheet.getCell('D5').value).toBe('Мероприятие вне вашей зоны видимости');
  });
});
