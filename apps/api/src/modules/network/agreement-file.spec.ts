import { AGREEMENT_FILE_MAX_BYTES } from '@metodset/shared';
import { checkAgreementFile } from './agreement-file';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n';

describe('checkAgreementFile', () => {
  it('accepts a PDF and stores a sanitised name', async () => {
    expect(await checkAgreementFile('Соглашение №1.pdf', b64(PDF))).toMatchObject({ type: 'application/pdf', fileName: 'Соглашение №1.pdf' });
    expect(await checkAgreementFile('../../../../etc/x.pdf', b64(PDF))).toMatchObject({ fileName: 'x.pdf' });
  });
  it('refuses unknown types, empty files and content that does not match the name', async () => {
    expect(await checkAgreementFile('scan.exe', b64('MZ'))).toMatchObject({ field: 'fileName' });
    expect(await checkAgreementFile('noext', b64(PDF))).toMatchObject({ field: 'fileName' });
    expect(await checkAgreementFile('a.pdf', '')).toMatchObject({ field: 'contentBase64', message: 'Файл пуст' });
    expect(await checkAgreementFile('a.png', b64(PDF))).toMatchObject({ field: 'contentBase64' });
    expect(await checkAgreementFile('a.pdf', b64('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF'))).toMatchObject({ field: 'contentBase64' });
    expect(await checkAgreementFile('a.docx', b64('PK\u0003\u0004 not really'))).toMatchObject({ field: 'contentBase64' });
  });
  it('refuses files over the limit', async () => {
    const big = Buffer.alloc(AGREEMENT_FILE_MAX_BYTES + 1, 0x20);
    big.write('%PDF-1.4');
    big.write('%%EOF', big.length - 6);
    expect(await checkAgreementFile('a.pdf', big.toString('base64'))).toMatchObject({ field: 'contentBase64', message: 'Файл больше 5 МБ' });
  });
});
