import { SURVEY_SCALE_MAX } from '@metodset/shared';

const averageFormat = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** «4,5»; «—» when nobody rated. */
export const formatAverage = (value: number | null | undefined): string => (value === null || value === undefined || Number.isNaN(value) ? '—' : averageFormat.format(value));

/** Share of the expected participants who answered, whole percent (0 when nobody is expected). */
export const responseRate = (respondents: number, expected: number): number => (expected > 0 ? Math.round((Math.min(respondents, expected) / expected) * 100) : 0);

/** Always five counts, for ratings 1…5 (missing ones are 0). */
export const normalizeDistribution = (counts: readonly number[]): number[] => Array.from({ length: SURVEY_SCALE_MAX }, (_, i) => counts[i] ?? 0);

/** The ECharts option of a rating's distribution: one bar per rating 1…5. */
export function distributionOption(counts: readonly number[], seriesName: string) {
  const data = normalizeDistribution(counts);
  return {
    animation: false,
    grid: { left: 28, right: 8, top: 12, bottom: 24 },
    tooltip: { trigger: 'axis' as const },
    xAxis: { type: 'category' as const, data: data.map((_, i) => String(i + 1)) },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: [{ type: 'bar' as const, name: seriesName, data, barMaxWidth: 28, label: { show: true, position: 'top' as const } }],
  };
}
