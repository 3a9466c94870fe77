import { AGREEMENT_FILE_MAX_BYTES, AGREEMENT_FILE_TYPES } from '@metodset/shared';
import { FieldError } from '../../common/errors/errors';
import { CheckedFile, checkAttachedFile } from '../../common/files/attached-file';

/** Today and the last day of the warning window, as UTC dates (YYYY-MM-DD), one clock for list and flag. */
export function expiryWindow(withinDays: number, now = new Date()): { today: string; until: string } {
  return { today: now.toISOString().slice(0, 10), until: new Date(now.getTime() + withinDays * 86_400_000).toISOString().slice(0, 10) };
}

export type { CheckedFile };

/** Decodes and checks an attached agreement file: allowed type by name and by real content, size limit, name sanitised. */
export function checkAgreementFile(fileName: string, contentBase64: string): Promise<CheckedFile | FieldError> {
  return checkAttachedFile(fileName, contentBase64, { types: AGREEMENT_FILE_TYPES, maxBytes: AGREEMENT_FILE_MAX_BYTES });
}
