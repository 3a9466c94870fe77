import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { queryInt, queryString } from '@/common/format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const queryId = (v: unknown): string | null => {
  const s = queryString(v);
  return s && UUID.test(s) ? s : null;
};

/** The filters of a dashboard as kept in the URL: `municipality` or `region` (territory dashboard), `year` (school year). */
export interface DashboardUrlState {
  municipalityId: string | null;
  regionId: string | null;
  schoolYear: number | null;
}

export function parseDashboardQuery(query: LocationQuery): DashboardUrlState {
  const year = queryInt(query['year']);
  const municipalityId = queryId(query['municipality']);
  return {
    municipalityId,
    // One territory at a time: a municipality wins over a region.
    regionId: municipalityId ? null : queryId(query['region']),
    schoolYear: year !== null && year >= 2000 && year <= 2100 ? year : null,
  };
}

/** Only what is set goes into the URL; other keys of the query stay. */
export function toDashboardQuery(s: DashboardUrlState, rest: LocationQuery = {}): LocationQueryRaw {
  const query: LocationQueryRaw = { ...rest };
  delete query['municipality'];
  delete query['region'];
  delete query['year'];
  if (s.municipalityId) query['municipality'] = s.municipalityId;
  else if (s.regionId) query['region'] = s.regionId;
  if (s.schoolYear !== null) query['year'] = String(s.schoolYear);
  return query;
}

/** The school year a date falls in (1 September – 31 August), by its first calendar year. */
export function schoolYearOfDate(d: Date): number {
  return d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1;
}

/** The school years a dashboard offers: the current one and the five before it, newest first. */
export function schoolYearOptions(current: number): { value: number; label: string }[] {
  return Array.from({ length: 6 }, (_, i) => current - i).map((y) => ({ value: y, label: `${y}/${y + 1}` }));
}
