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

/** An XLSX with one header row (and a sheet describing the columns). */
export async function buildTemplate(columns: readonly { header: string; description: string; required: boolean }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Реестр');
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  ws.columns.forEach((col, i) => {
    col.width = Math.max(14, columns[i].header.length + 4);
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('Описание столбцов');
  help.addRow(['Столбец', 'Обязательный', 'Что указать']).font = { bold: true };
  for (const c of columns) help.addRow([c.header, c.required ? 'да' : 'нет', c.description]);
  help.getColumn(1).width = 36;
  help.getColumn(3).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
