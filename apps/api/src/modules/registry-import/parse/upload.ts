import { IMPORT_MAX_BYTES } from '@metodset/shared';
import { FieldError } from '../../../common/errors/errors';
import { isBase64Text } from '../../../common/files/base64';

export type FileFormat = 'xlsx' | 'csv';

export type Upload = { ok: true; format: FileFormat; data: Buffer } | { ok: false; error: FieldError };

const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

/** Checks the name, the base64, the size and the magic bytes of an uploaded file. */
export function decodeUpload(fileName: string, contentBase64: string): Upload {
  const ext = /\.(xlsx|csv)$/i.exec(fileName.trim())?.[1]?.toLowerCase() as FileFormat | undefined;
  if (!ext) return { ok: false, error: { field: 'fileName', message: 'Загрузите файл .xlsx или .csv' } };
  if (!isBase64Text(contentBase64)) return { ok: false, error: { field: 'contentBase64', message: 'Файл повреждён: содержимое не в кодировке base64' } };
  const data = Buffer.from(contentBase64, 'base64');
  if (!data.length) return { ok: false, error: { field: 'contentBase64', message: 'Файл пустой' } };
  if (data.length > IMPORT_MAX_BYTES) return { ok: false, error: { field: 'contentBase64', message: `Файл больше ${MB} МБ: разделите его на части` } };
  const zip = data[0] === 0x50 && data[1] === 0x4b;
  if (ext === 'xlsx' && !zip) return { ok: false, error: { field: 'contentBase64', message: 'Файл не похож на книгу Excel (.xlsx): сохраните его заново в Excel' } };
  if (ext === 'csv' && (zip || data.subarray(0, 4096).includes(0))) {
    return { ok: false, error: { field: 'contentBase64', message: 'Файл не похож на текст CSV: сохраните таблицу как «CSV (разделители — точка с запятой)»' } };
  }
  return { ok: true, format: ext, data };
}
