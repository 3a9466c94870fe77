import { AGREEMENT_FILE_MAX_BYTES } from '@metodset/shared';
import { checkAgreementFile } from './agreement-file';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('checkAgreementFile', () => {
  it('accepts a PDF', () => {
    const r = checkAgreementFile('Соглашение №1.pdf', b64('%PDF-1.7 body'));
    expect(r).toMatchObject({ type: 'application/pdf' });
  });
  it('refuses unknown types, empty files and content that does not match the name', () => {
    expect(checkAgreementFile('scan.exe', b64('MZ'))).toMatchObject({ field: 'fileName' });
    expect(checkAgreementFile('noext', b64('%PDF'))).toMatchObject({ field: 'fileName' });
    expect(checkAgreementFile('a.pdf', '')).toMatchObject({ field: 'contentBase64', message: 'Файл пуст' });
    expect(checkAgreementFile('a.png', b64('%PDF-1.7'))).toMatchObject({ field: 'contentBase64' });
  });
  it('refuses files over the limit', () => {
    const big = Buffer.alloc(AGREEMENT_FILE_MAX_BYTES + 1, 0x20);
    big.write('%PDF');
    expect(checkAgreementFile('a.pdf', big.toString('base64'))).toMatchObject({ field: 'contentBase64' });
  });
});
