import { CsvError, parse } from 'csv-parse/sync';
import { fieldError } from '../../../common/errors/errors';
import { decodeText, detectDelimiter } from '../../../common/files/text';
import { Sheet, SheetRow, toSheet } from './sheet';

export { decodeText, detectDelimiter };

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

/** Parses a small CSV file on the calling thread (uploads go through readSheet, in a worker).  Each record is one spreadsheet row, so lines count records (header = 1). */
export function parseCsv(buf: Buffer): Sheet {
  const text = decodeText(buf);
  const records = parseRecords(text);
  const rows: SheetRow[] = records.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => (c === '' ? null : c)) }));
  return toSheet(rows);
}
