import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', '..', '..', '..', 'scripts', 'pdf-text.mjs');

export interface PdfText {
  pages: number;
  /** Every text run of every page, one per line. */
  text: string;
  title: string | null;
}

/** Reads a PDF back with pdfjs-dist (in a child process: it is ESM-only) — for asserting what a user would read. */
export async function pdfText(bytes: Buffer): Promise<PdfText> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'doc.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run(process.execPath, [SCRIPT, file], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as PdfText;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
