import { decodeText, detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads a semicolon CSV with a BOM, counting lines as the spreadsheet shows them', () => {
    const text = '\uFEFFФамилия;Имя\r\nИванов;Иван\r\n;\r\n"Петрова; мл.";Анна\r\n';
    const sheet = parseCsv(Buffer.from(text, 'utf8'));
    expect(sheet.headers).toEqual(['Фамилия', 'Имя']);
    expect(sheet.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(sheet.rows[1].cells).toEqual(['Петрова; мл.', 'Анна']);
  });

  it('detects the delimiter of the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('single')).toBe(';');
  });

  it('falls back to Windows-1251', () => {
    const cp1251 = Buffer.from([0xc8, 0xcd, 0xcd]); // «ИНН»
    expect(decodeText(cp1251)).toBe('ИНН');
  });
});
