import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { FieldError } from '../errors/errors';
import type { ParseRequest, ParseResponse, RawSheet } from './sheet-protocol';
import { inspectZip, ZIP_LIMITS_IMPORT } from './zip';

/** Data rows (under the header) one imported sheet may have. */
export const IMPORT_MAX_ROWS = 20_000;
/** Memory a worker may take; a file that needs more is refused, the API untouched. */
const WORKER_HEAP_MB = 384;
/** Files parsed at once; more wait their turn. */
const WORKERS = 2;
/** An idle worker is ended after this long. */
const IDLE_MS = 15_000;

const rowsText = IMPORT_MAX_ROWS.toLocaleString('ru-RU').replace(/\s/g, ' ');
export const TOO_MANY_ROWS = `Не больше ${rowsText} строк в файле: разделите его на части`;
const logger = new Logger('SheetReader');
const UNREADABLE_XLSX = 'Не удалось прочитать книгу Excel: файл повреждён или защищён паролем';

// Under ts-jest the sources are TypeScript: the worker compiles them (one file at a time, no type checking).
const TS_LOADER = `
const fs = require('node:fs');
const ts = require('typescript');
require.extensions['.ts'] = (m, file) => m._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  fileName: file,
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
}).outputText, file);
`;

function spawn(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const js = join(__dirname, 'sheet.worker.js');
  if (existsSync(js)) return new Worker(js, options);
  const ts = join(__dirname, 'sheet.worker.ts');
  return new Worker(`${TS_LOADER}\nrequire(${JSON.stringify(ts)});`, { ...options, eval: true });
}

interface Slot {
  worker: Worker;
  timer?: NodeJS.Timeout;
}

const idle: Slot[] = [];
const waiting: (() => void)[] = [];
let running = 0;
let nextId = 1;

async function acquire(): Promise<Slot> {
  while (running >= WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const slot = idle.pop();
  if (slot) {
    clearTimeout(slot.timer);
    slot.worker.ref();
    return slot;
  }
  return { worker: spawn() };
}

function release(slot: Slot, reusable: boolean): void {
  running--;
  waiting.shift()?.();
  if (!reusable) {
    void slot.worker.terminate();
    return;
  }
  slot.worker.unref();
  slot.timer = setTimeout(() => {
    idle.splice(idle.indexOf(slot), 1);
    void slot.worker.terminate();
  }, IDLE_MS);
  slot.timer.unref();
  idle.push(slot);
}

function run(slot: Slot, req: ParseRequest): Promise<ParseResponse | { ok: false; reason: 'died'; memory: boolean }> {
  return new Promise((resolve) => {
    const w = slot.worker;
    const done = (r: ParseResponse | { ok: false; reason: 'died'; memory: boolean }) => {
      w.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(r);
    };
    const onMessage = (r: ParseResponse) => r.id === req.id && done(r);
    const onError = (e: Error & { code?: string }) => done({ ok: false, reason: 'died', memory: e.code === 'ERR_WORKER_OUT_OF_MEMORY' });
    const onExit = () => done({ ok: false, reason: 'died', memory: false });
    w.on('message', onMessage).on('error', onError).on('exit', onExit);
    const data = new Uint8Array(req.data); // a copy of its own, handed over to the worker
    w.postMessage({ ...req, data }, [data.buffer]);
  });
}

export type SheetsRead = { ok: true; sheets: RawSheet[] } | { ok: false; error: FieldError };

/**
 * Reads the sheets of an uploaded XLSX or CSV in a worker thread: the event loop stays free while it runs.
 * An XLSX is first inspected as an archive (entries and their unpacked size); a sheet with more than
 * IMPORT_MAX_ROWS data rows is refused as soon as the reader gets there.
 */
export async function readSheetsOffLoop(data: Buffer, format: 'xlsx' | 'csv', options: { allSheets?: boolean } = {}): Promise<SheetsRead> {
  const field = 'contentBase64';
  if (format === 'xlsx') {
    const zip = await inspectZip(data, ZIP_LIMITS_IMPORT);
    if (!zip.ok) return { ok: false, error: { field, message: zip.message ?? UNREADABLE_XLSX } };
    if (!zip.names.has('xl/workbook.xml')) return { ok: false, error: { field, message: 'Файл не похож на книгу Excel (.xlsx): сохраните его заново в Excel' } };
  }
  const parse = async () => {
    const slot = await acquire();
    const res = await run(slot, { id: nextId++, format, data, maxRows: IMPORT_MAX_ROWS + 1, allSheets: options.allSheets ?? false });
    release(slot, res.ok);
    return res;
  };
  let res = await parse();
  // A thread that ended without an answer (not for memory), or a reader that failed on an XLSX whose archive is
  // sound (checked above), may be the machine's fault rather than the file's: the reason is logged and the file is
  // read once more in a fresh thread before it is called unreadable.
  if (!res.ok && ((res.reason === 'died' && !res.memory) || res.reason === 'unreadable')) {
    logger.warn(`Reading a ${format} file failed (${res.reason === 'died' ? 'the worker ended' : res.detail}); trying once more in a new worker`);
    res = await parse();
  }
  if (res.ok) return { ok: true, sheets: res.sheets };
  switch (res.reason) {
    case 'rows':
      return { ok: false, error: { field, message: format === 'csv' || !options.allSheets ? TOO_MANY_ROWS : `Лист «${res.sheet}»: ${TOO_MANY_ROWS.toLowerCase()}` } };
    case 'csv':
      return { ok: false, error: { field, message: `Не удалось прочитать CSV${res.line ? ` (строка ${res.line})` : ''}: проверьте кавычки и разделители` } };
    case 'died':
      return { ok: false, error: { field, message: res.memory ? 'Файл слишком велик в распакованном виде: разделите его на части' : UNREADABLE_XLSX } };
    case 'unreadable':
      return { ok: false, error: { field, message: format === 'csv' ? 'Не удалось прочитать CSV: сохраните таблицу заново' : UNREADABLE_XLSX } };
  }
}
