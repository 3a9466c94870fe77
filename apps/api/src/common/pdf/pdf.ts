import { dirname, join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * PDF documents in Russian, rendered by pdfmake with Roboto (its Cyrillic glyphs ship inside the pdfmake package,
 * so nothing is downloaded at run time). The printer reads nothing from the disk or the network but its own fonts:
 * both access policies refuse everything else, so a document built from user text cannot pull a file or a URL in.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};

const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const font = (file: string): string => join(FONT_DIR, file);

pdfmake.setFonts({
  Roboto: {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));

export type PdfContent = Content;
export type PdfDocument = TDocumentDefinitions;

/** Renders a document definition to PDF bytes. Defaults: A4, Roboto 10 pt, the document's title in its metadata. */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  return pdfmake
    .createPdf({
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 48],
      defaultStyle: { font: 'Roboto', fontSize: 10 },
      ...doc,
      info: { creator: 'Metodset', producer: 'Metodset', ...doc.info },
    })
    .getBuffer();
}

/** A table in the layout officials file: a bold header row repeated on every page, thin lines. */
export function officialTable(headers: string[], rows: (string | number)[][], widths?: (number | string)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths: widths ?? headers.map(() => '*'),
      body: [
        headers.map((text) => ({ text, bold: true })),
        ...rows.map((row) => row.map((cell) => ({ text: String(cell) }))),
      ],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
  } as Content;
}
