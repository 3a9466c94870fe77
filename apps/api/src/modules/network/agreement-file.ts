import { AGREEMENT_FILE_MAX_BYTES, AGREEMENT_FILE_TYPES } from '@metodset/shared';
import { FieldError } from '../../common/errors/errors';

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  pdf: (b) => b.subarray(0, 4).toString('latin1') === '%PDF',
  docx: (b) => b[0] === 0x50 && b[1] === 0x4b,
  doc: (b) => b.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

/** Today and the last day of the warning window, as UTC dates (YYYY-MM-DD), one clock for list and flag. */
export function expiryWindow(withinDays: number, now = new Date()): { today: string; until: string } {
  return { today: now.toISOString().slice(0, 10), until: new Date(now.getTime() + withinDays * 86_400_000).toISOString().slice(0, 10) };
}

export interface CheckedFile {
  content: Buffer;
  type: string;
}

/** Decodes and checks an attached agreement file: allowed type by name and by content, size limit. */
export function checkAgreementFile(fileName: string, contentBase64: string): CheckedFile | FieldError {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const type = AGREEMENT_FILE_TYPES[ext];
  if (!type || !fileName.includes('.')) {
    return { field: 'fileName', message: `Допустимы файлы ${Object.keys(AGREEMENT_FILE_TYPES).join(', ')}` };
  }
  const content = Buffer.from(contentBase64, 'base64');
  if (!content.length) return { field: 'contentBase64', message: 'Файл пуст' };
  if (content.length > AGREEMENT_FILE_MAX_BYTES) {
    return { field: 'contentBase64', message: `Файл больше ${AGREEMENT_FILE_MAX_BYTES / 1024 / 1024} МБ` };
  }
  if (!MAGIC[ext](content)) return { field: 'contentBase64', message: `Содержимое файла не похоже на ${ext.toUpperCase()}` };
  return { content, type };
}
