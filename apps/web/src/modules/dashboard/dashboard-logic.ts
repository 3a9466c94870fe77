import type { RouteLocationRaw } from 'vue-router';

export interface DashboardSubject {
  kind: 'PLATFORM' | 'REGION' | 'MUNICIPALITY' | 'NETWORK' | 'PROGRAM';
  subjectId?: string | null;
  from: string;
  to: string;
}

/** Where the event numbers drill down: the events list filtered by the territory or network and the period. */
export function eventsLink(d: DashboardSubject): RouteLocationRaw {
  const query: Record<string, string> = { from: d.from, to: d.to };
  if (d.kind === 'MUNICIPALITY' && d.subjectId) query['municipality'] = d.subjectId;
  if (d.kind === 'NETWORK' && d.subjectId) query['network'] = d.subjectId;
  return { name: 'events', query };
}

/** Where the mentoring numbers drill down: the programme's pairs, or the list of programmes. */
export function mentoringLink(d: DashboardSubject): RouteLocationRaw {
  return d.kind === 'PROGRAM' && d.subjectId ? { name: 'mentoring-program', params: { id: d.subjectId }, query: { tab: 'mentorships' } } : { name: 'mentoring-programs' };
}

/** Where the count of teachers drills down: the organisations of the municipality (their people are on each card). */
export function teachersLink(d: DashboardSubject): RouteLocationRaw {
  if (d.kind === 'MUNICIPALITY' && d.subjectId) return { name: 'organizations', query: { municipality: d.subjectId } };
  if (d.kind === 'NETWORK' && d.subjectId) return { name: 'network', params: { id: d.subjectId } };
  return { name: 'people' };
}

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
/** «сен 2025» from '2025-09'. */
export const monthShort = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

export interface MonthPoint {
  month: string;
  events: number;
  participants: number;
  visits: number;
  internshipsCompleted: number;
}

/** The ECharts option of «activity per month»: bars of events and completed internships, a line of participants. */
export function monthsChartOption(months: readonly MonthPoint[], names: { events: string; participants: string; internships: string }) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: months.map((m) => monthShort(m.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: names.events, type: 'bar', data: months.map((m) => m.events) },
      { name: names.participants, type: 'line', data: months.map((m) => m.participants) },
      { name: names.internships, type: 'bar', data: months.map((m) => m.internshipsCompleted) },
    ],
  };
}

/** Where the internship numbers drill down: the staging sites (with their cohorts) of the municipality. */
export function internshipsLink(d: DashboardSubject): RouteLocationRaw {
  return d.kind === 'MUNICIPALITY' && d.subjectId ? { name: 'staging-sites', query: { municipality: d.subjectId } } : { name: 'staging-sites' };
}
