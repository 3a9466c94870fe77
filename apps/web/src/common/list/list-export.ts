/** One column of a list as the shell shows and exports it. */
export interface ListColumn<Row> {
  /** Slot `cell-<key>` renders the cell when the plain value is not enough. */
  key: string;
  header: string;
  /** The API's order field; a column without one cannot be sorted. */
  sortField?: string;
  /** The cell's value: shown when there is no slot, written to the XLSX file. */
  value: (row: Row) => string | number | null | undefined;
  /** `date`: the value is an ISO date (shown дд.мм.гггг, exported as a date); `number`: right-aligned. */
  type?: 'text' | 'number' | 'date';
  /** Left out of the XLSX file (buttons, links without a value). */
  noExport?: boolean;
}

function cellValue<Row>(column: ListColumn<Row>, row: Row): string | number | Date | null {
  const v = column.value(row);
  if (v === null || v === undefined || v === '') return null;
  if (column.type === 'date' && typeof v === 'string') {
    const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
    return Number.isNaN(d.getTime()) ? v : d;
  }
  return v;
}

/**
 * An XLSX workbook of these rows: one sheet, the visible columns with their Russian headers, real dates and
 * numbers. exceljs is loaded only here (a chunk of its own, not in the entry).
 */
export async function buildWorkbook<Row>(sheetName: string, columns: ListColumn<Row>[], rows: Row[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  const exported = columns.filter((c) => !c.noExport);
  sheet.columns = exported.map((c) => ({ header: c.header, key: c.key, width: c.type === 'date' ? 12 : c.type === 'number' ? 10 : 32, style: c.type === 'date' ? { numFmt: 'dd.mm.yyyy' } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(Object.fromEntries(exported.map((c) => [c.key, cellValue(c, row)])));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** «Организации 03.12.2026.xlsx» */
export function exportFileName(title: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${title} ${p(now.getDate())}.${p(now.getMonth() + 1)}.${now.getFullYear()}.xlsx`;
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
