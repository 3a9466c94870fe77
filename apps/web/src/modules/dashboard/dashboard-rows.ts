import { DashboardMetric as Metric } from '@metodset/shared';
import type { LocationQuery, LocationQueryRaw, RouteLocationRaw } from 'vue-router';
import type { ListCodec } from '@/common/list/list-query';
import { queryInt, queryString } from '@/common/format';
import type { DashboardInput, DashboardMetric, DashboardRowOrderField } from '@/gql/graphql';
import type { DashboardSubject } from './dashboard-logic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const queryId = (v: unknown): string | null => {
  const s = queryString(v);
  return s && UUID.test(s) ? s : null;
};
const METRICS = new Set<string>(Object.values(Metric));

export const isDashboardMetric = (v: unknown): v is DashboardMetric => typeof v === 'string' && METRICS.has(v);

/**
 * The rows behind a dashboard number: the same subject (`municipality`, `region`, `network` or `programme`) and
 * school year (`year`) as the number, as URL keys of the rows page.
 */
export function rowsLink(d: DashboardSubject & { schoolYear: number }, metric: DashboardMetric): RouteLocationRaw {
  const key = { MUNICIPALITY: 'municipality', REGION: 'region', NETWORK: 'network', PROGRAM: 'programme', PLATFORM: null }[d.kind];
  const query: Record<string, string> = { year: String(d.schoolYear) };
  if (key && d.subjectId) query[key] = d.subjectId;
  return { name: 'dashboard-rows', params: { metric }, query };
}

/** The dashboard input the rows page's URL names (at most one subject; none: the caller's own territory). */
export function rowsInput(q: LocationQuery): DashboardInput {
  const year = queryInt(q['year']);
  const input: DashboardInput = { schoolYear: year !== null && year >= 2000 && year <= 2100 ? year : null };
  const municipalityId = queryId(q['municipality']);
  const regionId = queryId(q['region']);
  const networkId = queryId(q['network']);
  const programId = queryId(q['programme']);
  if (municipalityId) input.municipalityId = municipalityId;
  else if (regionId) input.regionId = regionId;
  else if (networkId) input.networkId = networkId;
  else if (programId) input.programId = programId;
  return input;
}

/** The dashboard the rows page goes back to. */
export function backLink(input: DashboardInput): RouteLocationRaw {
  const year = input.schoolYear ? { year: String(input.schoolYear) } : {};
  if (input.networkId) return { name: 'dashboard-network', params: { id: input.networkId }, query: year };
  if (input.programId) return { name: 'dashboard-programme', params: { id: input.programId }, query: year };
  const territory: LocationQueryRaw = input.municipalityId ? { municipality: input.municipalityId } : input.regionId ? { region: input.regionId } : {};
  return { name: 'dashboard-territory', query: { ...territory, ...year } };
}

/** The rows list has no filters of its own: the subject and the year are the page's, only the view is the list's. */
export const dashboardRowsCodec: ListCodec<{ search?: null }, DashboardRowOrderField> = {
  parse: () => ({}),
  serialize: () => ({}),
  sortFields: ['NAME', 'CONTEXT', 'DAY'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};

/**
 * Where an indicator of a dashboard opens: its page; for a computed one, with its drill-down (`d_from`/`d_to`, the
 * computed indicators' list on that page) set to the period of the value shown, so the rows behind that very value open.
 */
export function indicatorLink(i: { id: string; kind: string; latest?: { periodStart: string; periodEnd: string } | null }): RouteLocationRaw {
  const drill = i.kind === 'COMPUTED' && i.latest ? { d_from: i.latest.periodStart, d_to: i.latest.periodEnd } : {};
  return { name: 'indicator', params: { id: i.id }, query: drill };
}
