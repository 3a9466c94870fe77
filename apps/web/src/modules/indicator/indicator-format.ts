import type { IndicatorUnit } from '@/gql/graphql';
import { formatNumber, formatPercent } from '@/common/format';

/** A value in its unit («63 %», «+7 %», «10», «4,5»); a change carries its sign. */
export function formatIndicatorValue(value: number | null | undefined, unit: IndicatorUnit, change = false): string {
  if (value === null || value === undefined) return '';
  const digits = Number.isInteger(value) ? 0 : 1;
  const text = unit === 'PERCENT' ? formatPercent(value, digits) : formatNumber(value, digits);
  return change && value > 0 ? `+${text}` : text;
}

/** A target or baseline: as written when the document says more than the number. */
export function formatTarget(t: { value: number; text: string } | null | undefined, unit: IndicatorUnit, change = false): string {
  if (!t) return '';
  return t.text || formatIndicatorValue(t.value, unit, change);
}
