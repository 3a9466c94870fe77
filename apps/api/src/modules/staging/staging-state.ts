import { StagingSiteState } from '@metodset/shared';

/** The calendar date (yyyy-mm-dd) of a moment, in the server's zone. */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A site works from its first to its last day inclusive; after the last day it has expired. */
export function siteState(startsOn: string, endsOn: string, today: Date): StagingSiteState {
  const day = isoDay(today);
  if (day < startsOn) return StagingSiteState.PLANNED;
  if (day > endsOn) return StagingSiteState.EXPIRED;
  return StagingSiteState.ACTIVE;
}

/** The same rule in SQL, for filters and the derived organisation status (`alias` is a staging_site row). */
export function siteStateSql(alias: string): string {
  return `(CASE WHEN CURRENT_DATE < ${alias}.starts_on THEN 'PLANNED' WHEN CURRENT_DATE > ${alias}.ends_on THEN 'EXPIRED' ELSE 'ACTIVE' END)`;
}
