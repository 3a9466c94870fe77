import type { ListColumn } from '@/common/list/list-export';

export interface HoursRow {
  date: string;
  kind: string;
  title?: string | null;
  hours?: number | null;
  certificateNumber?: string | null;
}
export interface HoursYear {
  label: string;
  totalHours: number;
  rows: readonly HoursRow[];
}
export type ExportRow = HoursRow & { year: string };

/** Every row of every year, flat, for the XLSX file (a row of an event without hours exports an empty cell). */
export function exportRows(years: readonly HoursYear[]): ExportRow[] {
  return years.flatMap((y) => y.rows.map((r) => ({ ...r, year: y.label })));
}

/** The columns of the file; texts come from the caller (i18n). */
export function hoursColumns(t: (key: string) => string, kindLabel: (kind: string) => string, hidden: string): ListColumn<ExportRow>[] {
  return [
    { key: 'year', header: t('growth.hours.columns.year'), value: (r) => r.year },
    { key: 'date', header: t('growth.hours.columns.date'), type: 'date', value: (r) => r.date },
    { key: 'kind', header: t('growth.hours.columns.kind'), value: (r) => kindLabel(r.kind) },
    { key: 'title', header: t('growth.hours.columns.title'), value: (r) => r.title ?? hidden },
    { key: 'hours', header: t('growth.hours.columns.hours'), type: 'number', value: (r) => r.hours ?? null },
    { key: 'link', header: t('growth.hours.columns.link'), value: (r) => r.certificateNumber ?? null },
  ];
}
