import { pdfText } from './support/pdf-text';
import { officialTable, renderPdf } from '../src/common/pdf/pdf';

describe('renderPdf', () => {
  it('renders Russian text that reads back as written', async () => {
    const bytes = await renderPdf({
      info: { title: 'План-график' },
      content: [
        { text: 'Отчёт о реализации плана-графика', bold: true },
        officialTable(['№', 'Мероприятие', 'Сроки'], [[1, 'Флешмоб «Ёлка»', 'ноябрь 2021']]),
      ],
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const read = await pdfText(bytes);
    expect(read.pages).toBe(1);
    expect(read.title).toBe('План-график');
    expect(read.text).toContain('Отчёт о реализации плана-графика');
    expect(read.text).toContain('Флешмоб «Ёлка»');
    expect(read.text).toContain('Мероприятие');
  });

  it('never reads a file or a URL named in a document', async () => {
    await expect(
      renderPdf({ content: [{ image: '/etc/passwd' }] }),
    ).rejects.toThrow();
  });
});
