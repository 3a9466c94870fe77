import ExcelJS from 'exceljs';
import { INDICATOR_STATUS_LABELS, IndicatorKind } from '@metodset/shared';
import { officialTable, renderPdf } from '../../common/pdf/pdf';
import { DashboardObject, DashboardSubjectKind } from './dto/dashboard.object';

export const DASHBOARD_EXPORT_HEADERS = ['Раздел', 'Показатель', 'Значение'];
const SUBJECT_LABELS: Record<DashboardSubjectKind, string> = {
  PLATFORM: 'Территория',
  REGION: 'Регион',
  MUNICIPALITY: 'Муниципалитет',
  NETWORK: 'Сеть',
  PROGRAM: 'Программа наставничества',
};
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

export type ExportRow = [section: string, label: string, value: number | string];

const AS_OF = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' });
/** When a computed indicator was recalculated: «04.12.2026, 11:30 МСК». */
export const asOfText = (at: Date) => `${AS_OF.format(at)} МСК`;

/** «сентябрь 2025» from '2025-09'. */
export const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The header lines of both files: what, where, when. */
export function dashboardHeaderLines(d: DashboardObject): string[] {
  return ['Панель показателей', `${SUBJECT_LABELS[d.kind]}: ${d.title}`, `Период: ${d.periodLabel} учебный год (${d.from.split('-').reverse().join('.')}–${d.to.split('-').reverse().join('.')})`];
}

/** Every number of the dashboard as a row; numbers stay numbers. */
export function dashboardExportRows(d: DashboardObject): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const i of d.indicators) {
    const section = `Показатель: ${i.name}`;
    if (i.baseline) rows.push([section, `Базовое значение (${i.baseline.year})`, i.baseline.value]);
    if (i.latest) rows.push([section, `Факт (${i.latest.periodStart.split('-').reverse().join('.')}–${i.latest.periodEnd.split('-').reverse().join('.')})`, i.latest.value]);
    if (i.latestTarget) rows.push([section, `Цель (${i.latestTarget.year})`, i.latestTarget.value]);
    rows.push([section, 'Статус', INDICATOR_STATUS_LABELS[i.status]]);
    if (i.kind === IndicatorKind.COMPUTED) rows.push([section, 'По состоянию на', i.recalculatedAt ? asOfText(i.recalculatedAt) : 'ещё не пересчитывался']);
  }
  rows.push(
    ['Педагоги', 'Педагогов', d.teachers],
    ['Наставничество', 'В наставничестве (наставники и наставляемые)', d.mentoring.inMentoring],
    ['Наставничество', 'Наставников', d.mentoring.mentors],
    ['Наставничество', 'Наставляемых', d.mentoring.mentees],
    ['Наставничество', 'Доля педагогов в наставничестве, %', d.mentoring.coverageShare],
    ['Наставничество', 'Пар и групп за период', d.mentoring.pairs],
    ['Наставничество', 'Из них идут сейчас', d.mentoring.pairsActive],
    ['Стажировки', 'Потоков', d.internships.cohorts],
    ['Стажировки', 'Стажёров', d.internships.interns],
    ['Стажировки', 'Завершили', d.internships.completed],
    ['Мероприятия', 'Мероприятий', d.events.events],
    ['Мероприятия', 'Участников', d.events.participants],
    ['Мероприятия', 'Посещений', d.events.visits],
  );
  for (const m of d.months) rows.push(['По месяцам', `${monthLabel(m.month)}: посещений мероприятий`, m.visits], ['По месяцам', `${monthLabel(m.month)}: завершили стажировки`, m.internshipsCompleted]);
  if (d.deficits) {
    const names = new Map(d.deficits.areas.flatMap((a) => a.competences.map((c) => [c.id, c.name] as const)));
    for (const row of d.deficits.rows)
      for (const c of d.deficits.cells.filter((x) => x.rowId === row.id))
        rows.push([`Дефициты: ${row.name}`, names.get(c.competenceId) ?? '', c.deficitShare]);
  }
  return rows;
}

/** A text cell never becomes a formula: values starting with = + - @ (or a tab / CR) get the text format «@». */
function textCell(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  if (/^[=+\-@\t\r]/.test(value)) cell.numFmt = '@';
}

export async function dashboardXlsx(d: DashboardObject): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Metodset';
  const ws = wb.addWorksheet('Панель');
  const lines = dashboardHeaderLines(d);
  lines.forEach((line, i) => {
    textCell(ws.getCell(i + 1, 1), line);
    ws.getRow(i + 1).font = { bold: i === 0, size: i === 0 ? 14 : 11 };
  });
  let r = lines.length + 2;
  DASHBOARD_EXPORT_HEADERS.forEach((h, i) => (ws.getCell(r, i + 1).value = h));
  ws.getRow(r).font = { bold: true };
  for (const row of dashboardExportRows(d)) {
    r += 1;
    row.forEach((v, i) => (typeof v === 'number' ? (ws.getCell(r, i + 1).value = v) : textCell(ws.getCell(r, i + 1), v)));
  }
  [30, 60, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const number = (v: number | string) => (typeof v === 'number' ? v.toLocaleString('ru-RU').replace(/\u00a0/g, ' ') : v);

export function dashboardPdf(d: DashboardObject): Promise<Buffer> {
  const [title, ...rest] = dashboardHeaderLines(d);
  return renderPdf({
    info: { title: `${title}. ${d.title}` },
    content: [
      { text: title, fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      ...rest.map((text) => ({ text, margin: [0, 0, 0, 2] as [number, number, number, number] })),
      { text: ' ' },
      officialTable(DASHBOARD_EXPORT_HEADERS, dashboardExportRows(d).map((row) => [row[0], row[1], number(row[2])]), [120, '*', 60]),
    ],
  });
}
