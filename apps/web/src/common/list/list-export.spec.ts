import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, exportFileName, type ListColumn } from './list-export';

type Row = { id: string; name: string; staff: number; created: string; note: string | null };
const columns: ListColumn<Row>[] = [
  { key: 'name', header: 'Название', value: (r) => r.name },
  { key: 'staff', header: 'Педагогов', type: 'number', value: (r) => r.staff },
  { key: 'created', header: 'Создана', type: 'date', value: (r) => r.created },
  { key: 'note', header: 'Заметка', value: (r) => r.note },
  { key: 'actions', header: 'Действия', noExport: true, value: () => 'x' },
];

/** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
const bytesOf = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

describe('XLSX export', () => {
  it('writes the visible columns with Russian headers, numbers and dates as such', async () => {
    const rows: Row[] = [
      { id: '1', name: 'СОШ № 12', staff: 42, created: '2025-09-01T10:00:00Z', note: null },
      { id: '2', name: 'Лицей', staff: 7, created: '2024-01-15', note: 'есть' },
    ];
    const blob = await buildWorkbook('Организации', columns, rows);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytesOf(blob));
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Организации');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Название', 'Педагогов', 'Создана', 'Заметка']);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell('A2').value).toBe('СОШ № 12');
    expect(sheet.getCell('B2').value).toBe(42);
    expect(sheet.getCell('C3').value).toEqual(new Date('2024-01-15T00:00:00Z'));
    expect(sheet.getCell('D2').value).toBeNull();
  });

  it('names the file after the list and the day', () => {
    expect(exportFileName('Организации', new Date(2026, 11, 3))).toBe('Организации 03.12.2026.xlsx');
  });
});
