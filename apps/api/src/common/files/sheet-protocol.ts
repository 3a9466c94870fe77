/** Messages between the API and the spreadsheet worker (sheet.worker.ts). Types only: the worker loads no project code. */

/** A cell as read from a file: text, a number, a date (Excel date cells) or nothing. */
export type RawCell = string | number | Date | null;

export interface RawRow {
  /** The line number the user sees (header = 1). */
  line: number;
  cells: RawCell[];
}

export interface RawSheet {
  name: string;
  rows: RawRow[];
}

export interface ParseRequest {
  id: number;
  format: 'xlsx' | 'csv';
  data: Uint8Array;
  /** Non-blank rows allowed per sheet (the header included); one more and the worker stops reading. */
  maxRows: number;
  /** Every worksheet (the instrument import) or only the first one (registry and results imports). */
  allSheets: boolean;
}

export type ParseResponse =
  | { id: number; ok: true; sheets: RawSheet[] }
  | { id: number; ok: false; reason: 'rows'; sheet: string }
  | { id: number; ok: false; reason: 'csv'; line: number | null }
  | { id: number; ok: false; reason: 'unreadable'; detail: string };
