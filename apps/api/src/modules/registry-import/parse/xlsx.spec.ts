import ExcelJS from 'exceljs';
import { buildTemplate, parseXlsx } from './xlsx';

describe('parseXlsx', () => {
  it('reads the first sheet with row numbers, rich text, formulas and dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.addRow(['Фамилия', 'Дата рождения', 'Стаж']);
    ws.addRow([{ richText: [{ text: 'Ива' }, { text: 'нов' }] }, new Date(Date.UTC(1990, 0, 2)), { formula: '2+3', result: 5 }]);
    ws.addRow([]);
    ws.addRow(['Петров', null, 7]);
    const sheet = await parseXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.headers).toEqual(['Фамилия', 'Дата рождения', 'Стаж']);
    expect(sheet.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(sheet.rows[0].cells[0]).toBe('Иванов');
    expect(sheet.rows[0].cells[1]).toBeInstanceOf(Date);
    expect(sheet.rows[0].cells[2]).toBe(5);
    expect(sheet.rows[1].cells).toEqual(['Петров', null, 7]);
  });

  it('builds a template whose header row reads back', async () => {
    const buf = await buildTemplate([
      { header: 'Код', description: 'код', required: false },
      { header: 'ИНН', description: 'инн', required: false },
    ]);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect((await parseXlsx(buf)).headers).toEqual(['Код', 'ИНН']);
  });
});
