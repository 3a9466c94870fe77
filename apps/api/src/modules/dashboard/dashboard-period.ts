import { schoolYearLabel, schoolYearOf } from '@metodset/shared';

export interface DashboardPeriod {
  schoolYear: number;
  label: string;
  from: string;
  to: string;
  /** 'YYYY-MM' of every month, September to August. */
  months: string[];
}

/** The school year (1 September – 31 August) starting in `schoolYear`, or the one `today` falls in. */
export function dashboardPeriod(schoolYear: number | null | undefined, today: string): DashboardPeriod {
  const y = schoolYear ?? schoolYearOf(today);
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = ((8 + i) % 12) + 1;
    return `${month >= 9 ? y : y + 1}-${String(month).padStart(2, '0')}`;
  });
  return { schoolYear: y, label: schoolYearLabel(y), from: `${y}-09-01`, to: `${y + 1}-08-31`, months };
}

/** A share in percent with one decimal; 0 when there is nothing to share. */
export const percentShare = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);
