import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import * as sheetReader from '../src/common/files/sheet-reader';
import { IMPORT_MAX_ROWS } from '../src/common/files/sheet-reader';
import { startTestApp, TestApp } from './support/test-app';

// Imports parse spreadsheets in a worker thread, within a row limit checked while reading: the 2.8 MB XLSX of
// 100,000 rows that froze the server for 13.5 s is refused, and /health answers while the largest allowed file runs.

const IMPORT = `mutation($input: ImportRegistryInput!) {
  importRegistry(input: $input) { dryRun total created updated errors { line column message } }
}`;
const HEADER = ['Код', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Предметы', 'Стаж', 'Категория', 'Организация (ИНН или код)', 'Должность'];
const ORG = 'demo:org:47-podp-sosh-1';
const person = (i: number) => [`LOAD-${i}`, 'Нагрузкина', 'Ольга', 'Петровна', '01.02.1980', 'Математика, физика', i % 40, 'Первая', ORG, 'Учитель'];

/** An XLSX of `rows` people, written by exceljs' streaming writer (as a large real file is). */
async function peopleXlsx(rows: number): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = wb.addWorksheet('Педагоги');
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= rows; i++) ws.addRow(person(i)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks).toString('base64');
}

const peopleCsv = (rows: number) =>
  Buffer.from([HEADER, ...Array.from({ length: rows }, (_, i) => person(i + 1))].map((r) => r.join(';')).join('\r\n'), 'utf8').toString('base64');

describe('imports off the event loop', () => {
  let t: TestApp;
  let methodist: string;
  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
  });
  afterAll(() => t.close());

  const dryRun = (fileName: string, contentBase64: string) =>
    t.gql<{ importRegistry: { total: number; errors: unknown[] } }>(IMPORT, { input: { kind: 'PEOPLE', fileName, contentBase64, dryRun: true } }, methodist);

  it('refuses an XLSX of 100,000 rows, naming the row limit', async () => {
    const file = await peopleXlsx(100_000);
    const r = await dryRun('педагоги.xlsx', file);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'contentBase64', message: 'Не больше 20 000 строк в файле: разделите его на части' }]);
  });

  it('refuses a CSV one row over the limit and accepts one at the limit', async () => {
    const over = await dryRun('педагоги.csv', peopleCsv(IMPORT_MAX_ROWS + 1));
    expect(over.errors?.[0]?.extensions?.fields?.[0]?.message).toMatch(/^Не больше 20 000 строк/);
    const at = await dryRun('педагоги.csv', peopleCsv(IMPORT_MAX_ROWS));
    expect(at.errors).toBeUndefined();
    expect(at.data!.importRegistry).toMatchObject({ total: IMPORT_MAX_ROWS, errors: [] });
  });

  it('answers /health while the largest allowed XLSX is being parsed', async () => {
    const file = await peopleXlsx(IMPORT_MAX_ROWS);
    const events: string[] = [];
    const parse = sheetReader.readSheetsOffLoop;
    const spy = jest.spyOn(sheetReader, 'readSheetsOffLoop').mockImplementation(async (...args) => {
      events.push('parse:start');
      const read = await parse(...args);
      events.push('parse:end');
      return read;
    });
    try {
      const importing = dryRun('педагоги.xlsx', file).then((r) => {
        events.push('import');
        return r;
      });
      // Wait for the parse to begin (the request body is in), then check health one after another until the import answers.
      while (!events.includes('parse:start')) await new Promise((resolve) => setImmediate(resolve));
      while (!events.includes('import')) {
        const res = await fetch(`${t.url}/health`);
        expect(res.status).toBe(200);
        events.push('health');
      }
      const r = await importing;
      expect(r.errors).toBeUndefined();
      expect(r.data!.importRegistry).toMatchObject({ total: IMPORT_MAX_ROWS, errors: [] });
      // Ordering, not timing: a health check came back while the file was still being parsed.
      expect(events.indexOf('health')).toBeGreaterThan(events.indexOf('parse:start'));
      expect(events.indexOf('health')).toBeLessThan(events.indexOf('parse:end'));
    } finally {
      spy.mockRestore();
    }
  });
});
