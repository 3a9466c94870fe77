import JSZip from 'jszip';
import { contentProblem, FILE_NAME_MAX, sanitizeFileName } from './file-type';
import { inspectZip } from './zip';

const zipOf = async (files: Record<string, string | Buffer>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
const DOCX = { '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' };

describe('contentProblem', () => {
  it('accepts a PDF with its trailer and refuses HTML behind a PDF header or a cut-off file', async () => {
    expect(await contentProblem('pdf', Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'))).toBeNull();
    expect(await contentProblem('pdf', Buffer.from('%PDF-1.7\n<html><body>hi</body></html>\n%%EOF'))).toMatch(/HTML или сценарии/);
    expect(await contentProblem('pdf', Buffer.from('%PDF-1.7\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n%%EOF'))).toMatch(/HTML или сценарии/);
    expect(await contentProblem('pdf', Buffer.from('%PDF-1.7\n1 0 obj'))).toBe('Файл PDF оборван: нет окончания %%EOF');
  });

  it('opens Office files: a DOCX needs its content types and document part, any other ZIP is refused', async () => {
    expect(await contentProblem('docx', await zipOf(DOCX))).toBeNull();
    expect(await contentProblem('docx', await zipOf({ 'readme.txt': 'hello' }))).toBe('Содержимое файла не похоже на DOCX');
    expect(await contentProblem('docx', await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toBe('Содержимое файла не похоже на DOCX');
    expect(await contentProblem('xlsx', await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toBeNull();
    expect(await contentProblem('docx', Buffer.from('PK\u0003\u0004 broken'))).toBe('Содержимое файла не похоже на DOCX');
  });

  it('refuses a zip bomb by its listed sizes and entry count, before unpacking anything', async () => {
    const bomb = await zipOf({ ...DOCX, 'word/media/zeros.bin': Buffer.alloc(120 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await contentProblem('docx', bomb)).toBe('Файл в распакованном виде больше 100 МБ');
    const many = await zipOf(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`f${i}.txt`, 'x'])));
    expect(await inspectZip(many, { maxEntries: 2, maxUnpackedBytes: 1e9 })).toEqual({ ok: false, message: 'В архиве больше 2 файлов' });
  });

  it('checks images and old Word files by their signatures', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR')]);
    expect(await contentProblem('png', png)).toBeNull();
    expect(await contentProblem('jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(await contentProblem('jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<script>alert(1)</script>')]))).toBe('Содержимое файла не похоже на JPG');
    expect(await contentProblem('doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
    expect(await contentProblem('doc', Buffer.from('%PDF-1.4'))).toBe('Содержимое файла не похоже на DOC');
  });
});

describe('sanitizeFileName', () => {
  it('keeps the last path segment without control characters, reserved characters or leading dots', () => {
    expect(sanitizeFileName('../../../../etc/x.pdf')).toBe('x.pdf');
    expect(sanitizeFileName('..\\..\\windows\\system32\\x.pdf')).toBe('x.pdf');
    expect(sanitizeFileName('Отчёт\u0000\u001b[31m.pdf')).toBe('Отчёт[31m.pdf');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('  ..hidden.pdf ')).toBe('hidden.pdf');
    expect(sanitizeFileName('a<b>:c?.pdf')).toBe('a_b__c_.pdf');
    expect(sanitizeFileName('../..')).toBe('');
  });

  it('caps the length and keeps the extension', () => {
    const long = sanitizeFileName(`${'я'.repeat(500)}.docx`);
    expect([...long]).toHaveLength(FILE_NAME_MAX);
    expect(long.endsWith('.docx')).toBe(true);
  });
});
