/** A cell as read from a file: text, a number, a date (Excel date cells) or nothing. */
export type Cell = string | number | Date | null;

export interface SheetRow {
  /** The line number the user sees (header = 1). */
  line: number;
  cells: Cell[];
}

/** The first sheet of a file: the header row and the data rows under it (blank rows left out). */
export interface Sheet {
  headerLine: number;
  headers: string[];
  rows: SheetRow[];
}

export const isBlank = (c: Cell): boolean => c === null || (typeof c === 'string' && c.trim() === '');

/** Splits rows into header + data, skipping blank lines before the header and blank data rows. */
export function toSheet(rows: SheetRow[]): Sheet {
  const nonBlank = rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  const [head, ...data] = nonBlank;
  if (!head) return { headerLine: 1, headers: [], rows: [] };
  return { headerLine: head.line, headers: head.cells.map((c) => (c === null ? '' : String(c instanceof Date ? c.toISOString() : c).trim())), rows: data };
}
