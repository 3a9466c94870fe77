import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, describeFilters, displayRows, exportFileName, isFormulaLike, type ListColumn } from './list-export';

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

  it('puts the title, the period, the territory and the filters above the table, and freezes the table’s header', async () => {
    const rows: Row[] = [{ id: '1', name: 'СОШ № 12', staff: 42, created: '2025-09-01', note: null }];
    const header = [
      { label: 'Период', value: 'по состоянию на 03.12.2026' },
      { label: 'Территория', value: 'Подпорожский муниципальный район' },
      { label: 'Вид', value: 'Школа' },
    ];
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytesOf(await buildWorkbook('Организации', columns, rows, header)));
    const sheet = book.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Организации');
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual(['Период', 'по состоянию на 03.12.2026']);
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(['Территория', 'Подпорожский муниципальный район']);
    expect([sheet.getCell('A4').value, sheet.getCell('B4').value]).toEqual(['Вид', 'Школа']);
    expect(sheet.getRow(6).values).toEqual([undefined, 'Название', 'Педагогов', 'Создана', 'Заметка']);
    expect(sheet.getCell('B7').value).toBe(42);
    expect(sheet.getCell('B7').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C7').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });

  it('writes text that starts with =, +, - or @ as text, never as a formula', async () => {
    const hostile = ['=HYPERLINK("http://evil","x")', '+7 (900) 000-00-00', '-1+2', '@SUM(A1)', '\t=1+1'];
    const rows: Row[] = hostile.map((name, i) => ({ id: String(i), name, staff: i, created: '2025-09-01', note: name }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytesOf(await buildWorkbook('Список', columns, rows, [{ label: 'Период', value: '=1+1' }])));
    const sheet = book.worksheets[0];
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe('=1+1');
    hostile.forEach((text, i) => {
      for (const col of ['A', 'D']) {
        const cell = sheet.getCell(`${col}${5 + i}`);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(text);
        expect(cell.formula).toBeUndefined();
      }
    });
    expect(sheet.getCell('A5').numFmt).toBe('@');
    expect(isFormulaLike('Школа')).toBe(false);
  });

  it('reads the period and the territory from the filter bar as a person sees it', () => {
    const bar = document.createElement('div');
    bar.innerHTML = `
      <div class="p-select"><input aria-label="Муниципалитет" /><span class="p-select-label">Подпорожский район</span></div>
      <div class="p-select"><input aria-label="Вид" /><span class="p-select-label p-placeholder">Вид</span></div>
      <input aria-label="Учебный год" value="2025/2026" />
      <input aria-label="Поиск" value="школа" />
      <div class="p-selectbutton" aria-label="Архив"><div class="p-togglebutton">Все</div><div class="p-togglebutton p-togglebutton-checked">Действующие</div></div>`;
    expect(describeFilters(bar)).toEqual({
      period: '2025/2026',
      territory: 'Подпорожский район',
      others: [
        { label: 'Поиск', value: 'школа' },
        { label: 'Архив', value: 'Действующие' },
      ],
    });
    expect(describeFilters(null)).toEqual({ period: null, territory: null, others: [] });
  });

  it('prints the cells for a PDF as the list shows them', () => {
    const rows: Row[] = [{ id: '1', name: 'Лицей', staff: 1234.5, created: '2024-01-15', note: null }];
    expect(displayRows(columns, rows, { date: (v) => `д:${v}`, number: (v) => `ч:${v}` })).toEqual([['Лицей', 'ч:1234.5', 'д:2024-01-15', '']]);
  });
});
