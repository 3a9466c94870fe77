import { IMPORT_MAX_BYTES } from '@metodset/shared';
import { decodeUpload } from './upload';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('decodeUpload', () => {
  it('accepts a CSV and a zip-looking XLSX', () => {
    expect(decodeUpload('реестр.csv', b64('a;b'))).toMatchObject({ ok: true, format: 'csv' });
    expect(decodeUpload('Реестр.XLSX', b64('PK\u0003\u0004rest'))).toMatchObject({ ok: true, format: 'xlsx' });
  });

  it('refuses other names, bad base64, empty and oversized files, and wrong magic bytes', () => {
    expect(decodeUpload('r.xls', b64('x'))).toMatchObject({ ok: false, error: { field: 'fileName' } });
    expect(decodeUpload('r.csv', 'не base64!')).toMatchObject({ ok: false, error: { field: 'contentBase64' } });
    expect(decodeUpload('r.csv', '')).toMatchObject({ ok: false, error: { message: 'Файл пустой' } });
    expect(decodeUpload('r.csv', b64(Buffer.alloc(IMPORT_MAX_BYTES + 1, 65)))).toMatchObject({ ok: false, error: { field: 'contentBase64' } });
    expect(decodeUpload('r.xlsx', b64('a;b'))).toMatchObject({ ok: false, error: { field: 'contentBase64' } });
    expect(decodeUpload('r.csv', b64('PK\u0003\u0004'))).toMatchObject({ ok: false, error: { field: 'contentBase64' } });
  });
});
