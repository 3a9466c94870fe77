import { parse } from 'csv-parse/sync';
import { decodeText, detectDelimiter } from '../../../common/files/text';
import { Sheet, SheetRow, toSheet } from './sheet';

export { decodeText, detectDelimiter };

/** Parses a small CSV file on the calling thread (uploads go through readSheet, in a worker).  Each record is one spreadsheet row, so lines count records (header = 1). */
export function parseCsv(buf: Buffer): Sheet {
  const text = decodeText(buf);
  const records = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  }) as string[][];
  const rows: SheetRow[] = records.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => (c === '' ? null : c)) }));
  return toSheet(rows);
}
