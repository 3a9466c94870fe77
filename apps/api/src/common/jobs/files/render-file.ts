import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JobFile } from '../job-handler';
import type { ReportDocument } from './report-document';

/** Memory one rendering may take. */
const WORKER_HEAP_MB = 512;

// Under ts-jest the sources are TypeScript: the worker compiles them (one file at a time, no type checking).
const TS_LOADER = `
const fs = require('node:fs');
const ts = require('typescript');
require.extensions['.ts'] = (m, file) => m._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  fileName: file,
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
}).outputText, file);
`;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';

/**
 * Renders a report document to XLSX or PDF in a worker thread of its own (pdfmake lays out thousands of rows
 * synchronously: on the event loop that would stall every request for seconds).
 */
export function renderReport(format: 'xlsx' | 'pdf', doc: ReportDocument): Promise<Buffer> {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, workerData: { format, doc } };
  const js = join(__dirname, 'render.worker.js');
  const worker = existsSync(js)
    ? new Worker(js, options)
    : new Worker(`${TS_LOADER}\nrequire(${JSON.stringify(join(__dirname, 'render.worker.ts'))});`, { ...options, eval: true });
  return new Promise((resolve, reject) => {
    let answered = false;
    worker.once('message', (msg: { ok: true; data: Uint8Array } | { ok: false; error: string }) => {
      answered = true;
      void worker.terminate();
      if (msg.ok) resolve(Buffer.from(msg.data.buffer, msg.data.byteOffset, msg.data.byteLength));
      else reject(new Error(`Rendering a ${format} failed: ${msg.error}`));
    });
    worker.once('error', (err) => {
      answered = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The ${format} worker ended (${code}) without an answer`));
    });
  });
}

/** A report document as the file a job leaves: «<name>.xlsx» / «<name>.pdf». */
export async function reportFile(format: 'xlsx' | 'pdf', doc: ReportDocument, baseName: string): Promise<JobFile> {
  const printable = [...baseName].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150) || 'Отчёт';
  return { name: `${safe}.${format}`, mime: format === 'pdf' ? PDF_MIME : XLSX_MIME, data: await renderReport(format, doc) };
}
