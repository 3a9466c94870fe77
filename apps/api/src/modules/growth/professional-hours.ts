import { ProfessionalHoursKind, schoolYearLabel, schoolYearOf } from '@metodset/shared';

/** One fact of the record as the owners' fragments give it. */
export interface HoursFact {
  personId: string;
  onDate: string;
  kind: ProfessionalHoursKind;
  title: string | null;
  /** Academic hours; null: the event gives no hours («без учёта часов»). */
  hours: number | null;
  eventId: string | null;
  certificateNumber: string | null;
}

export interface HoursYear {
  personId: string;
  /** The first calendar year of the school year (1 September – 31 August). */
  schoolYear: number;
  label: string;
  totalHours: number;
  rows: HoursFact[];
}

/** Tenths, so 0.1 + 0.2 sums to 0.3. */
const sum = (values: number[]) => Math.round(values.reduce((s, v) => s + Math.round(v * 10), 0)) / 10;

/** A person's facts grouped by school year, the latest year first, each year's rows by date (latest first). */
export function hoursByYear(personId: string, facts: readonly HoursFact[]): HoursYear[] {
  const years = new Map<number, HoursFact[]>();
  for (const f of facts) {
    const y = schoolYearOf(f.onDate);
    years.set(y, [...(years.get(y) ?? []), f]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([schoolYear, rows]) => ({
      personId,
      schoolYear,
      label: schoolYearLabel(schoolYear),
      totalHours: sum(rows.flatMap((r) => (r.hours == null ? [] : [r.hours]))),
      rows: [...rows].sort((a, b) => b.onDate.localeCompare(a.onDate) || (a.title ?? '').localeCompare(b.title ?? '', 'ru')),
    }));
}
