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

/** A row above the table: «Период», «Территория», a filter of the list. */
export interface ExportHeaderRow {
  label: string;
  value: string;
}

/** A text a spreadsheet program could take for a formula (`=`, `+`, `-`, `@`, or a tab/CR DDE trick). */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * An XLSX workbook of these rows: one sheet; when `header` rows are given, the list's title and those rows (period,
 * territory, filters) come first, then a blank row, then the table; the visible columns with their Russian headers,
 * real dates and numbers. Every text is a text cell (a value starting with `=`, `+`, `-`, `@` gets the text format
 * too: never a formula). exceljs is loaded only here (a chunk of its own, not in the entry).
 */
export async function buildWorkbook<Row>(sheetName: string, columns: ListColumn<Row>[], rows: Row[], header?: ExportHeaderRow[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  const exported = columns.filter((c) => !c.noExport);
  const text = (cell: { value: unknown; numFmt: string }, value: string) => {
    cell.value = value;
    if (isFormulaLike(value)) cell.numFmt = '@';
  };
  let r = 1;
  if (header) {
    const title = sheet.getCell(r++, 1);
    text(title, sheetName);
    title.font = { bold: true, size: 14 };
    for (const h of header) {
      text(sheet.getCell(r, 1), h.label);
      sheet.getCell(r, 1).font = { bold: true };
      text(sheet.getCell(r, 2), h.value);
      r++;
    }
    r++;
  }
  const headerRow = r;
  exported.forEach((c, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    text(cell, c.header);
    cell.font = { bold: true };
    sheet.getColumn(i + 1).width = c.type === 'date' ? 12 : c.type === 'number' ? 10 : 32;
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  for (const row of rows) {
    r++;
    exported.forEach((c, i) => {
      const v = cellValue(c, row);
      const cell = sheet.getCell(r, i + 1);
      if (v === null) return;
      if (typeof v === 'string') text(cell, v);
      else {
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      }
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** The cells of the rows as the list shows them (dates дд.мм.гггг, numbers «1 234,5»): a PDF prints them so. */
export function displayRows<Row>(columns: ListColumn<Row>[], rows: Row[], format: { date: (v: string) => string; number: (v: number) => string }): string[][] {
  const exported = columns.filter((c) => !c.noExport);
  return rows.map((row) =>
    exported.map((c) => {
      const v = c.value(row);
      if (v === null || v === undefined) return '';
      if (typeof v === 'number') return format.number(v);
      return c.type === 'date' ? format.date(v) : v;
    }),
  );
}

const PERIOD = /период|год|дат|месяц|срок|начал|оконч|^с$|^по$|квартал|полугод/i;
const TERRITORY = /муницип|район|регион|территор|округ|город|субъект/i;

/**
 * The list's filters as a person reads them, from its filter bar: each select with a chosen option, each text or
 * date input with a value, each toggle (label: the control's aria-label or placeholder). The period and the
 * territory are told apart by their labels; the rest stay filters.
 */
export function describeFilters(root: Element | null): { period: string | null; territory: string | null; others: ExportHeaderRow[] } {
  const found: ExportHeaderRow[] = [];
  if (root) {
    const labelOf = (el: Element) => (el.getAttribute('aria-label') ?? el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? '').trim();
    root.querySelectorAll('.p-select, .p-multiselect').forEach((el) => {
      const shown = el.querySelector('.p-select-label, .p-multiselect-label');
      if (!shown || shown.classList.contains('p-placeholder') || shown.classList.contains('p-multiselect-label-empty')) return;
      const value = shown.textContent?.trim() ?? '';
      if (value) found.push({ label: labelOf(el) || labelOf(shown), value });
    });
    root.querySelectorAll('input').forEach((input) => {
      if (input.type === 'hidden' || input.closest('.p-select, .p-multiselect') || !input.value.trim()) return;
      if (input.type === 'checkbox' || input.type === 'radio') return;
      found.push({ label: labelOf(input), value: input.value.trim() });
    });
    root.querySelectorAll('.p-selectbutton').forEach((el) => {
      const checked = el.querySelector('.p-togglebutton-checked');
      if (checked?.textContent?.trim()) found.push({ label: labelOf(el), value: checked.textContent.trim() });
    });
  }
  const period = found.filter((f) => PERIOD.test(f.label));
  const territory = found.filter((f) => TERRITORY.test(f.label) && !PERIOD.test(f.label));
  const join = (xs: ExportHeaderRow[]) => (xs.length ? xs.map((x) => (xs.length > 1 ? `${x.label}: ${x.value}` : x.value)).join('; ') : null);
  return { period: join(period), territory: join(territory), others: found.filter((f) => !period.includes(f) && !territory.includes(f)) };
}

/** «Организации 03.12.2026.xlsx» */
export function exportFileName(title: string, now = new Date(), ext = 'xlsx'): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${title} ${p(now.getDate())}.${p(now.getMonth() + 1)}.${now.getFullYear()}.${ext}`;
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
