import type ExcelJS from 'exceljs';
import type { RawCell } from './sheet-protocol';

/** One exceljs cell value as plain text / number / date. */
export function cellOf(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellOf(v.text as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return cellOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return null;
}

export const isBlankCell = (c: RawCell): boolean => c === null || (typeof c === 'string' && c.trim() === '');
