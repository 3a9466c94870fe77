import ExcelJS from 'exceljs';
import { officialTable, renderPdf, type PdfContent } from '../../common/pdf/pdf';

/** A plan as the exports see it: plain data, in the order to print (stages by position, items by number). */
export interface ExportPlanItem {
  number: string;
  title: string;
  /** «Сроки» as officials write them: «Март 2021 года», «01.09.2022–30.09.2022», «4 раза в год». */
  period: string;
  responsible: string;
  participants: string;
  expectedResult: string;
  actualResult: string;
  /** Russian label of the status. */
  statusLabel: string;
  done: boolean;
  cancelled: boolean;
  overdue: boolean;
}

export interface ExportPlanStage {
  title: string;
  items: ExportPlanItem[];
}

export interface ExportPlan {
  title: string;
  kindLabel: string;
  owner: string;
  period: string;
  stages: ExportPlanStage[];
}

export const PLAN_HEADERS = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Участники', 'Планируемый результат'];
export const REPORT_HEADERS = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Планируемый результат', 'Фактический результат', 'Статус'];
export const REPORT_TITLE = 'Отчёт о реализации плана-графика';

export interface ReportTotals {
  total: number;
  done: number;
  cancelled: number;
  overdue: number;
  /** Share done among the items not cancelled, 0..1. */
  doneShare: number;
}

export function reportTotals(plan: ExportPlan): ReportTotals {
  const items = plan.stages.flatMap((s) => s.items);
  const done = items.filter((i) => i.done).length;
  const cancelled = items.filter((i) => i.cancelled).length;
  const counted = items.length - cancelled;
  return { total: items.length, done, cancelled, overdue: items.filter((i) => i.overdue).length, doneShare: counted ? done / counted : 0 };
}

const percent = (share: number) => `${(Math.round(share * 1000) / 10).toString().replace('.', ',')} %`;

/**
 * A text cell never becomes a formula: it is written as a string, and values starting with = + - @ (or a tab / CR)
 * also get the text number format «@», so a spreadsheet program editing the cell keeps it as text.
 */
function textCell(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  if (/^[=+\-@\t\r]/.test(value)) cell.numFmt = '@';
}

function sheetHeader(ws: ExcelJS.Worksheet, lines: string[], columns: number): number {
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    textCell(row.getCell(1), line);
    row.font = { bold: i === 0, size: i === 0 ? 14 : 11 };
    ws.mergeCells(i + 1, 1, i + 1, columns);
  });
  return lines.length + 2;
}

function writeRow(ws: ExcelJS.Worksheet, rowNo: number, values: (string | number)[]): ExcelJS.Row {
  const row = ws.getRow(rowNo);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    if (typeof v === 'number') cell.value = v;
    else if (v !== '') textCell(cell, v);
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  });
  return row;
}

function headerLines(plan: ExportPlan): string[] {
  return [plan.title, `${plan.kindLabel}. Владелец: ${plan.owner}`, `Период: ${plan.period}`];
}

/** «№» as a number when it is one («3» → 3), as text otherwise («2.10»). */
const numberCell = (n: string): string | number => (/^\d+$/.test(n) ? Number(n) : n);

/** The plan in the layout officials file: header, then per stage a bold stage row and its items. */
export async function planXlsx(plan: ExportPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Metodset';
  const ws = wb.addWorksheet('План');
  let r = sheetHeader(ws, headerLines(plan), PLAN_HEADERS.length);
  writeRow(ws, r, PLAN_HEADERS).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: r }];
  r += 1;
  for (const stage of plan.stages) {
    writeRow(ws, r, [stage.title]).font = { bold: true };
    ws.mergeCells(r, 1, r, PLAN_HEADERS.length);
    r += 1;
    for (const i of stage.items) {
      writeRow(ws, r, [numberCell(i.number), i.title, i.period, i.responsible, i.participants, i.expectedResult]);
      r += 1;
    }
  }
  [6, 50, 20, 30, 30, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** «Отчёт о реализации плана-графика»: planned and actual result, status per item, and the totals. */
export async function planReportXlsx(plan: ExportPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Metodset';
  const ws = wb.addWorksheet('Отчёт');
  let r = sheetHeader(ws, [REPORT_TITLE, ...headerLines(plan)], REPORT_HEADERS.length);
  writeRow(ws, r, REPORT_HEADERS).font = { bold: true };
  r += 1;
  for (const stage of plan.stages) {
    writeRow(ws, r, [stage.title]).font = { bold: true };
    ws.mergeCells(r, 1, r, REPORT_HEADERS.length);
    r += 1;
    for (const i of stage.items) {
      writeRow(ws, r, [numberCell(i.number), i.title, i.period, i.responsible, i.expectedResult, i.actualResult, i.statusLabel]);
      r += 1;
    }
  }
  const t = reportTotals(plan);
  r += 1;
  const totals: [string, number][] = [
    ['Всего мероприятий', t.total],
    ['Выполнено', t.done],
    ['Отменено', t.cancelled],
    ['Просрочено', t.overdue],
  ];
  for (const [label, value] of totals) {
    writeRow(ws, r, [label, value]).font = { bold: true };
    r += 1;
  }
  const share = writeRow(ws, r, ['Доля выполненных (без отменённых)', t.doneShare]);
  share.getCell(2).numFmt = '0.0%';
  share.font = { bold: true };
  [6, 50, 20, 30, 40, 40, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function pdfHeader(lines: string[]): PdfContent[] {
  return lines.map((text, i) => ({ text, bold: i === 0, fontSize: i === 0 ? 14 : 10, margin: [0, 0, 0, i === lines.length - 1 ? 10 : 2] }) as PdfContent);
}

function stagedTable(headers: string[], plan: ExportPlan, row: (i: ExportPlanItem) => string[], widths: (number | string)[]): PdfContent {
  const table = officialTable(headers, [], widths) as { table: { body: unknown[][] } };
  for (const stage of plan.stages) {
    table.table.body.push([{ text: stage.title, bold: true, colSpan: headers.length }, ...headers.slice(1).map(() => ({}))]);
    for (const i of stage.items) table.table.body.push(row(i).map((text) => ({ text })));
  }
  return table as PdfContent;
}

export async function planPdf(plan: ExportPlan): Promise<Buffer> {
  return renderPdf({
    pageOrientation: 'landscape',
    info: { title: plan.title },
    content: [...pdfHeader(headerLines(plan)), stagedTable(PLAN_HEADERS, plan, (i) => [i.number, i.title, i.period, i.responsible, i.participants, i.expectedResult], [24, '*', 80, 110, 100, '*'])],
  });
}

export async function planReportPdf(plan: ExportPlan): Promise<Buffer> {
  const t = reportTotals(plan);
  return renderPdf({
    pageOrientation: 'landscape',
    info: { title: `${REPORT_TITLE}: ${plan.title}` },
    content: [
      ...pdfHeader([REPORT_TITLE, ...headerLines(plan)]),
      stagedTable(REPORT_HEADERS, plan, (i) => [i.number, i.title, i.period, i.responsible, i.expectedResult, i.actualResult, i.statusLabel], [24, '*', 70, 90, '*', '*', 60]),
      {
        margin: [0, 10, 0, 0],
        text: `Всего мероприятий: ${t.total}. Выполнено: ${t.done}. Отменено: ${t.cancelled}. Просрочено: ${t.overdue}. Доля выполненных (без отменённых): ${percent(t.doneShare)}.`,
      },
    ],
  });
}
