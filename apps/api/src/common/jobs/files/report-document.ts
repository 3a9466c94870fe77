/**
 * A report or an exported list as plain data (JSON: it crosses into a worker thread and is kept in a job's
 * parameters): a title, the header rows officials expect (period, territory, who and when), then tables.
 * `report-xlsx.ts` and `report-pdf.ts` render the same document, so the two files always say the same thing.
 */
export type ReportCell = string | number | null;

export interface ReportColumn {
  header: string;
  /** `number`: a number cell; `percent`: a share 0…1 shown «33,3 %»; `date`: an ISO date shown дд.мм.гггг. */
  type?: 'text' | 'number' | 'percent' | 'date';
}

export interface ReportSection {
  heading?: string;
  note?: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
}

export interface ReportDocument {
  title: string;
  /** Rows above the tables: «Период», «Территория», «Сформирован», the filters of a list… */
  header: { label: string; value: string }[];
  sections: ReportSection[];
  /** Said under the tables (sources, how a number is counted). */
  footnotes?: string[];
}

/** A text a spreadsheet program could take for a formula (or a DDE payload): it is written as text, never as one. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-03-01 → 01.03.2026 (other text unchanged). */
export function ruDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** «33,3 %» for 0.333; «1 234,5» for 1234.5 (non-breaking spaces, as format.ts does in the SPA). */
export function ruNumber(value: number, percent = false): string {
  if (percent) return `${(value * 100).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} %`;
  return value.toLocaleString('ru-RU', { maximumFractionDigits: 2 });
}

/** A cell as a person reads it (PDF). */
export function cellText(cell: ReportCell, column: ReportColumn | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return ruNumber(cell, column?.type === 'percent');
  return column?.type === 'date' ? ruDate(cell) : cell;
}

/** «дд.мм.гггг чч:мм» in Moscow time (reports are filed in Russia; the server may run in UTC). */
export function stamp(at: Date): string {
  const msk = new Date(at.getTime() + 3 * 3600_000);
  return `${pad(msk.getUTCDate())}.${pad(msk.getUTCMonth() + 1)}.${msk.getUTCFullYear()} ${pad(msk.getUTCHours())}:${pad(msk.getUTCMinutes())}`;
}
