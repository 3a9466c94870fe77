import { readSheetsOffLoop } from '../../../common/files/sheet-reader';
import { fieldError } from '../../../common/errors/errors';
import { Sheet, toSheet } from './sheet';
import { FileFormat } from './upload';

/** The sheets of an uploaded file, read in a worker thread within the row limit; keyed by trimmed lower-case name. */
export async function readSheets(data: Buffer, format: FileFormat, options: { allSheets?: boolean } = {}): Promise<Map<string, Sheet>> {
  const read = await readSheetsOffLoop(data, format, options);
  if (!read.ok) throw fieldError(read.error.field, read.error.message);
  return new Map(read.sheets.map((s) => [s.name.trim().toLowerCase(), toSheet(s.rows)]));
}

/** The first sheet of an uploaded XLSX or CSV, read in a worker thread within the row limit. */
export async function readSheet(data: Buffer, format: FileFormat): Promise<Sheet> {
  const [first] = (await readSheets(data, format)).values();
  return first ?? toSheet([]);
}
