import ExcelJS from 'exceljs';
import { isFormulaLike, ReportCell, ReportColumn, ReportDocument } from './report-document';

function sheetName(title: string): string {
  return title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || 'Отчёт';
}

function put(cell: ExcelJS.Cell, value: ReportCell, column: ReportColumn | undefined): void {
  if (value === null || value === undefined || value === '') return;
  const type = column?.type ?? 'text';
  if (typeof value === 'number' && type !== 'text') {
    cell.value = value;
    cell.numFmt = type === 'percent' ? '0.0%' : Number.isInteger(value) ? '0' : '0.##';
    return;
  }
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    if (!Number.isNaN(d.getTime())) {
      cell.value = d;
      cell.numFmt = 'dd.mm.yyyy';
      return;
    }
  }
  text(cell, String(value));
}

/** Always a string cell; one that looks like a formula gets the text format too (no formula, no DDE). */
function text(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  if (isFormulaLike(value)) cell.numFmt = '@';
}

/**
 * The document as an XLSX workbook: the title and the header rows (period, territory…) above the tables, numbers
 * and dates as real numbers and dates, any text as text (a value starting with `=`, `+`, `-`, `@` never becomes
 * a formula).
 */
export async function reportXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Metodset';
  workbook.title = doc.title;
  const sheet = workbook.addWorksheet(sheetName(doc.title));
  let r = 1;
  const title = sheet.getCell(r++, 1);
  text(title, doc.title);
  title.font = { bold: true, size: 14 };
  for (const h of doc.header) {
    const label = sheet.getCell(r, 1);
    text(label, h.label);
    label.font = { bold: true };
    text(sheet.getCell(r, 2), h.value);
    r++;
  }
  const widths: number[] = [];
  for (const section of doc.sections) {
    r++;
    if (section.heading) {
      const h = sheet.getCell(r++, 1);
      text(h, section.heading);
      h.font = { bold: true, size: 12 };
    }
    if (section.note) text(sheet.getCell(r++, 1), section.note);
    section.columns.forEach((c, i) => {
      const cell = sheet.getCell(r, i + 1);
      text(cell, c.header);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = { bottom: { style: 'thin' } };
      widths[i] = Math.max(widths[i] ?? 10, Math.min(50, c.header.length + 2));
    });
    r++;
    for (const row of section.rows) {
      row.forEach((value, i) => {
        put(sheet.getCell(r, i + 1), value, section.columns[i]);
        if (typeof value === 'string') widths[i] = Math.max(widths[i] ?? 10, Math.min(60, value.length + 2));
      });
      r++;
    }
  }
  for (const note of doc.footnotes ?? []) text(sheet.getCell(++r, 1), note);
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
