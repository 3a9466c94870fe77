// The spreadsheet worker: parses XLSX (exceljs' streaming reader) and CSV (csv-parse's stream) off the API's
// event loop. It counts non-blank rows while reading and stops at the first one over the limit, so a file with
// too many rows is refused after reading only the rows allowed. A refusal or a failure ends the worker, which
// drops whatever it held; a success leaves it for the next file. Loads only libraries and the helpers beside it.
import { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse';
import { cellOf, isBlankCell } from './cells';
import type { ParseRequest, ParseResponse, RawCell, RawRow, RawSheet } from './sheet-protocol';
import { decodeText, detectDelimiter } from './text';

class TooManyRows extends Error {
  constructor(readonly sheet: string) {
    super('too many rows');
  }
}

/** Collects the rows of one sheet, refusing the one past the limit. */
function collector(name: string, maxRows: number) {
  const sheet: RawSheet = { name, rows: [] };
  let nonBlank = 0;
  return {
    sheet,
    add(row: RawRow) {
      if (!row.cells.some((c) => !isBlankCell(c))) return;
      if (++nonBlank > maxRows) throw new TooManyRows(name);
      sheet.rows.push(row);
    },
  };
}

async function readXlsx(req: ParseRequest): Promise<RawSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(req.data)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: RawSheet[] = [];
  for await (const ws of reader) {
    const name = (ws as unknown as { name?: string }).name ?? `Лист${sheets.length + 1}`;
    const wanted = req.allSheets || sheets.length === 0;
    const c = collector(name, req.maxRows);
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      if (!wanted) continue;
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellOf(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      c.add({ line: row.number, cells });
    }
    if (wanted) sheets.push(c.sheet);
  }
  return sheets;
}

async function readCsv(req: ParseRequest): Promise<RawSheet[]> {
  const text = decodeText(req.data);
  const parser = Readable.from([text]).pipe(
    parse({ delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true }),
  );
  const c = collector('CSV', req.maxRows);
  let line = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    line++;
    c.add({ line, cells: record.map((v) => (v === '' ? null : v)) });
  }
  return [c.sheet];
}

async function handle(req: ParseRequest): Promise<ParseResponse> {
  try {
    const sheets = req.format === 'csv' ? await readCsv(req) : await readXlsx(req);
    return { id: req.id, ok: true, sheets };
  } catch (err) {
    if (err instanceof TooManyRows) return { id: req.id, ok: false, reason: 'rows', sheet: err.sheet };
    if (err instanceof CsvError) return { id: req.id, ok: false, reason: 'csv', line: typeof err.lines === 'number' ? err.lines : null };
    return { id: req.id, ok: false, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (req: ParseRequest) => {
  void handle(req).then((res) => {
    parentPort!.postMessage(res);
    // Whatever a refused or broken file left behind (streams half read, temporary files) goes with the thread.
    if (!res.ok) process.exit(0);
  });
});
