// Prints the text of a PDF, page by page (one line per text run), for tests that read a PDF back.
// Usage: node scripts/pdf-text.mjs <file.pdf>. pdfjs-dist is ESM-only, so jest specs run this in a child process.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
const out = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  out.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text: out.join('\n'), title: (await pdf.getMetadata()).info?.Title ?? null }));
