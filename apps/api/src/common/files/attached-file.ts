import { FieldError } from '../errors/errors';
import { isBase64Text } from './base64';
import { contentProblem, sanitizeFileName } from './file-type';

export interface CheckedFile {
  /** The name to store: sanitised (last path segment, no control characters, capped). */
  fileName: string;
  content: Buffer;
  /** The MIME type of the extension, now that the content matches it. */
  type: string;
}


/**
 * Checks an attached document (agreements, route evidence): a name left after sanitising, an allowed extension,
 * base64, size, and the content by its real type (magic bytes and structure; archives inspected within limits).
 * Returns the stored form, or the field error in Russian.
 */
export async function checkAttachedFile(
  fileName: string,
  contentBase64: string,
  allowed: { types: Readonly<Record<string, string>>; maxBytes: number },
): Promise<CheckedFile | FieldError> {
  const name = sanitizeFileName(fileName);
  const ext = name.includes('.') ? (name.toLowerCase().split('.').pop() ?? '') : '';
  const type = Object.prototype.hasOwnProperty.call(allowed.types, ext) ? allowed.types[ext] : undefined;
  if (!name.replace(/\.[^.]*$/, '').trim()) return { field: 'fileName', message: 'Укажите имя файла' };
  if (!type) return { field: 'fileName', message: `Допустимы файлы ${Object.keys(allowed.types).join(', ')}` };
  if (!isBase64Text(contentBase64)) return { field: 'contentBase64', message: 'Файл не прочитан: ожидалось содержимое в base64' };
  const content = Buffer.from(contentBase64, 'base64');
  if (!content.length) return { field: 'contentBase64', message: 'Файл пуст' };
  if (content.length > allowed.maxBytes) return { field: 'contentBase64', message: `Файл больше ${allowed.maxBytes / 1024 / 1024} МБ` };
  const problem = await contentProblem(ext, content);
  if (problem) return { field: 'contentBase64', message: problem };
  return { fileName: name, content, type };
}
