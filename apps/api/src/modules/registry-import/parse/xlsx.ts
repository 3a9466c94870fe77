import ExcelJS from 'exceljs';
import { cellOf } from '../../../common/files/cells';
import { Cell, Sheet, SheetRow, toSheet } from './sheet';

export { cellOf };

/** Reads the first worksheet of a small XLSX file on the calling thread (uploads go through readSheet, in a worker); lines are the sheet's row numbers. */
export async function parseXlsx(buf: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return toSheet([]);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellOf(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ line: row.number, cells });
  });
  return toSheet(rows);
}

export interface TemplateColumn {
  header: string;
  description: string;
  required: boolean;
}

/** A sheet of allowed values the template's help points at (for example, the statuses). */
export interface ReferenceSheet {
  name: string;
  headers: [string, string];
  rows: [string, string][];
}

/** Rows written under the header, with the reasons they were refused in one added last column. */
export interface RefusedRows {
  header: string;
  rows: { cells: Cell[]; reasons: string; badColumns: number[] }[];
}

const ROWS_PER_TURN = 1_000;
const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };

/**
 * An XLSX with one header row (and a sheet describing the columns). With `refused`, the rows of a file the
 * import refused follow the header, the cells at fault shaded, and their reasons sit in an added last column
 * that the import does not read: the user corrects the rows and loads the same file again.
 */
export async function buildTemplate(
  columns: readonly TemplateColumn[],
  options: { references?: readonly ReferenceSheet[]; refused?: RefusedRows } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Реестр');
  const { refused } = options;
  ws.addRow([...columns.map((c) => c.header), ...(refused ? [refused.header] : [])]).font = { bold: true };
  ws.columns.forEach((col, i) => {
    col.width = i < columns.length ? Math.max(14, columns[i].header.length + 4) : 60;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  if (refused) {
    ws.getColumn(columns.length + 1).alignment = { wrapText: true, vertical: 'top' };
    for (let i = 0; i < refused.rows.length; i++) {
      if (i && i % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      const r = refused.rows[i];
      const row = ws.addRow([...columns.map((_, c) => r.cells[c] ?? null), r.reasons]);
      for (const c of r.badColumns) row.getCell(c + 1).fill = BAD_FILL;
    }
  }
  const help = wb.addWorksheet('Описание столбцов');
  help.addRow(['Столбец', 'Обязательный', 'Что указать']).font = { bold: true };
  for (const c of columns) help.addRow([c.header, c.required ? 'да' : 'нет', c.description]);
  if (refused) help.addRow([refused.header, 'нет', 'Почему строка не загружена; при загрузке этот столбец не читается']);
  help.getColumn(1).width = 36;
  help.getColumn(3).width = 90;
  for (const ref of options.references ?? []) {
    const sheet = wb.addWorksheet(ref.name);
    sheet.addRow(ref.headers).font = { bold: true };
    ref.rows.forEach((r) => sheet.addRow(r));
    sheet.getColumn(1).width = 20;
    sheet.getColumn(2).width = 70;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
