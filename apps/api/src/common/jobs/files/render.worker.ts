// The report worker: renders a report document to XLSX (exceljs) or PDF (pdfmake) off the API's event loop.
// One document per worker; it ends after answering. Loads only libraries and the renderers beside it.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportDocument } from './report-document';
import { reportPdf } from './report-pdf';
import { reportXlsx } from './report-xlsx';

const { format, doc } = workerData as { format: 'xlsx' | 'pdf'; doc: ReportDocument };
(format === 'pdf' ? reportPdf(doc) : reportXlsx(doc)).then(
  (data) => {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
    parentPort?.postMessage({ ok: true, data: bytes }, [bytes.buffer]);
  },
  (err: unknown) => parentPort?.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) }),
);
