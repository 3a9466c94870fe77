import { IndicatorDirection, IndicatorStatus, IndicatorTrend } from '@metodset/shared';

export interface YearValue {
  year: number;
  value: number;
}

/** An actual value: the year it counts for is the year its period ends. */
export interface PeriodValue {
  periodStart: string;
  periodEnd: string;
  value: number;
}

export interface StatusInput {
  direction: IndicatorDirection;
  baseline: YearValue | null;
  targets: readonly YearValue[];
  /** Totals of the owner (no per-school values), in any order. */
  actuals: readonly PeriodValue[];
}

const EPS = 1e-9;

/** `a` is at least as good as `b` in this direction. */
export function reaches(direction: IndicatorDirection, a: number, b: number): boolean {
  return direction === IndicatorDirection.HIGHER_IS_BETTER ? a >= b - EPS : a <= b + EPS;
}

/** The actuals in the order of their periods (by end, then start). */
export function byPeriod<T extends PeriodValue>(actuals: readonly T[]): T[] {
  return [...actuals].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.periodStart.localeCompare(b.periodStart));
}

export const yearOf = (v: PeriodValue) => Number(v.periodEnd.slice(0, 4));

/**
 * The target an actual of `year` is measured against: the target of that year; else the next target after it; else
 * the last target before it (the programme has ended: met or behind).
 */
export function targetFor<T extends YearValue>(targets: readonly T[], year: number): T | null {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year === year) ?? sorted.find((t) => t.year > year) ?? sorted[sorted.length - 1] ?? null;
}

/**
 * Status of an indicator, in words (the UI shows `INDICATOR_STATUS_RULE`):
 * - NO_DATA: there is no actual value or no target;
 * - MET: the latest actual (the one whose period ends last) reaches, in the indicator's direction, the target of its
 *   year (or, when that year has no target, the next target; after the last target year, the last target);
 * - ON_TRACK: not met, but the progress from the baseline towards that target is at least proportional to the time
 *   elapsed from the baseline year to the target year: (actual − baseline) / (target − baseline) ≥
 *   (year − baseline year) / (target year − baseline year), with the elapsed share below 1;
 * - BEHIND: otherwise (also when there is no baseline to measure progress from).
 */
export function indicatorStatus(input: StatusInput): IndicatorStatus {
  const actuals = byPeriod(input.actuals);
  const latest = actuals[actuals.length - 1];
  if (!latest || !input.targets.length) return IndicatorStatus.NO_DATA;
  const year = yearOf(latest);
  const target = targetFor(input.targets, year);
  if (!target) return IndicatorStatus.NO_DATA;
  if (reaches(input.direction, latest.value, target.value)) return IndicatorStatus.MET;
  const base = input.baseline;
  if (!base || target.year <= base.year) return IndicatorStatus.BEHIND;
  const elapsed = (year - base.year) / (target.year - base.year);
  if (elapsed >= 1) return IndicatorStatus.BEHIND;
  const span = target.value - base.value;
  if (Math.abs(span) < EPS) return IndicatorStatus.BEHIND;
  const progress = (latest.value - base.value) / span;
  return progress >= Math.max(0, elapsed) - EPS ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
}

/**
 * Trend of the two latest actuals, relative to the direction: UP when the latest is better than the one before,
 * DOWN when worse, FLAT when equal; null with fewer than two actuals.
 */
export function indicatorTrend(direction: IndicatorDirection, actuals: readonly PeriodValue[]): IndicatorTrend | null {
  const sorted = byPeriod(actuals);
  if (sorted.length < 2) return null;
  const diff = sorted[sorted.length - 1].value - sorted[sorted.length - 2].value;
  if (Math.abs(diff) < EPS) return IndicatorTrend.FLAT;
  const better = direction === IndicatorDirection.HIGHER_IS_BETTER ? diff > 0 : diff < 0;
  return better ? IndicatorTrend.UP : IndicatorTrend.DOWN;
}
