import { describe, expect, it } from 'vitest';
import { fileToBase64, hasImportExtension } from './file-base64';

describe('import file', () => {
  it('encodes bytes as base64 without a data: prefix', async () => {
    const text = 'Код;ИНН\n1;7707083893\n';
    const base64 = await fileToBase64(new Blob([text]));
    expect(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))).toBe(text);
  });

  it('accepts .xlsx and .csv only', () => {
    expect(hasImportExtension('Реестр.XLSX')).toBe(true);
    expect(hasImportExtension('people.csv')).toBe(true);
    expect(hasImportExtension('people.xls')).toBe(false);
  });
});
