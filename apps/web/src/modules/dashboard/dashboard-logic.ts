/** What a dashboard is about, as its numbers' links need it. */
export interface DashboardSubject {
  kind: 'PLATFORM' | 'REGION' | 'MUNICIPALITY' | 'NETWORK' | 'PROGRAM';
  subjectId?: string | null;
  from: string;
  to: string;
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

export interface IndicatorPoint {
  name: string;
  /** Its actual values by the end of their period (all the chart draws). */
  actuals: readonly { periodEnd: string; value: number }[];
  /** A computed indicator: when its stored values were recalculated. */
  recalculatedAt?: string | null;
}

/**
 * The ECharts option of «indicators over time»: one line per indicator with two or more actual values, by period end;
 * a computed indicator's line is named with as of when its stored values are (`asOf`: «по состоянию на …»).
 */
export function indicatorsChartOption(indicators: readonly IndicatorPoint[], asOf: (at: string) => string = (at) => at) {
  const withSeries = indicators.filter((i) => i.actuals.length >= 2);
  const periods = [...new Set(withSeries.flatMap((i) => i.actuals.map((a) => a.periodEnd)))].sort();
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: periods.map((p) => p.split('-').reverse().join('.')) },
    yAxis: { type: 'value' },
    series: withSeries.map((i) => ({
      name: i.recalculatedAt ? `${i.name} (${asOf(i.recalculatedAt)})` : i.name,
      type: 'line',
      connectNulls: true,
      data: periods.map((p) => i.actuals.find((a) => a.periodEnd === p)?.value ?? null),
    })),
  };
}

/** An indicator's value in its unit: «33,3 %» or «12». */
export function indicatorValue(unit: string, value: number | null | undefined, formatPercent: (v: number) => string, formatNumber: (v: number) => string): string {
  if (value === null || value === undefined) return '—';
  return unit === 'PERCENT' ? formatPercent(value) : formatNumber(value);
}
