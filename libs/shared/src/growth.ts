/** Professional-development hours (часы профессионального развития): where a row of the yearly record comes from. */
type Labels<E extends string> = Readonly<Record<E, string>>;

export enum ProfessionalHoursKind {
  INTERNSHIP_MODULE = 'INTERNSHIP_MODULE',
  EVENT = 'EVENT',
}

export const PROFESSIONAL_HOURS_KIND_LABELS: Labels<ProfessionalHoursKind> = {
  INTERNSHIP_MODULE: 'модуль стажировки',
  EVENT: 'мероприятие',
};

/** The school year (1 September – 31 August) a date falls in, by its first calendar year: 2026-03-10 → 2025. */
export function schoolYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 9 ? year : year - 1;
}

/** «2025/2026» */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}
