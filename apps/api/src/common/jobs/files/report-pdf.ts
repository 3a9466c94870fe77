import { officialTable, PdfContent, PdfDocument, renderPdf } from '../../pdf/pdf';
import { cellText, ReportDocument } from './report-document';

/** The document as a pdfmake definition: title, header rows, then each table in the officials' layout. */
export function reportPdfDefinition(doc: ReportDocument): PdfDocument {
  const wide = doc.sections.some((s) => s.columns.length > 6);
  const content: PdfContent[] = [
    { text: doc.title, fontSize: 14, bold: true, margin: [0, 0, 0, 8] },
    ...doc.header.map((h) => ({ text: [{ text: `${h.label}: `, bold: true }, h.value], margin: [0, 0, 0, 2] }) as PdfContent),
  ];
  for (const section of doc.sections) {
    if (section.heading) content.push({ text: section.heading, fontSize: 12, bold: true, margin: [0, 12, 0, 4] });
    else content.push({ text: '', margin: [0, 8, 0, 0] });
    if (section.note) content.push({ text: section.note, italics: true, margin: [0, 0, 0, 4] });
    if (!section.rows.length) {
      content.push({ text: 'Нет данных', italics: true });
      continue;
    }
    content.push(
      officialTable(
        section.columns.map((c) => c.header),
        section.rows.map((row) => section.columns.map((c, i) => cellText(row[i] ?? null, c))),
      ),
    );
  }
  for (const note of doc.footnotes ?? []) content.push({ text: note, fontSize: 8, margin: [0, 8, 0, 0] });
  return {
    pageOrientation: wide ? 'landscape' : 'portrait',
    defaultStyle: { font: 'Roboto', fontSize: wide ? 8 : 9 },
    info: { title: doc.title },
    content,
    footer: (page: number, pages: number) => ({ text: `Стр. ${page} из ${pages}`, alignment: 'right', fontSize: 8, margin: [40, 16, 40, 0] }),
  };
}

export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  return renderPdf(reportPdfDefinition(doc));
}
