import { CsvError, parse } from 'csv-parse/sync';
import { fieldError } from '../../../common/errors/errors';
import { Sheet, SheetRow, toSheet } from './sheet';

/** The delimiter of the header line: «;» (Russian Excel), «,» or a tab. */
export function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => ({ d, n: first.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ';';
}

/** Decodes UTF-8 (with or without BOM); falls back to Windows-1251, which Excel still writes. */
export function decodeText(buf: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (!utf8.includes('\uFFFD')) return utf8.replace(/^\uFEFF/, '');
  return new TextDecoder('windows-1251').decode(buf);
}

/** The records of a CSV text; a malformed one (a stray quote left open) is the file's fault, named in Russian. */
function parseRecords(text: string): string[][] {
  try {
    return parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = typeof err['lines'] === 'number' ? `, строка ${err['lines']}` : '';
    throw fieldError('contentBase64', `Не удалось прочитать CSV${line}: незакрытая или лишняя кавычка. Сохраните файл из Excel заново`);
  }
}

/** Parses a CSV file. Each record is one spreadsheet row, so lines count records (header = 1). */
export function parseCsv(buf: Buffer): Sheet {
  const text = decodeText(buf);
  const records = parseRecords(text);
  const rows: SheetRow[] = records.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => (c === '' ? null : c)) }));
  return toSheet(rows);
}
