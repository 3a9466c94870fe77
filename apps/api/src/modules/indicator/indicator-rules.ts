import { INDICATOR_PERCENT_MAX, IndicatorUnit } from '@metodset/shared';

/**
 * The range of a value (baseline, target, actual) in words, or null when it fits: a percentage lies within
 * 0–100 % (a change of a percentage within −100…+100); a count is whole and not negative (a change: whole).
 */
export function valueRangeError(unit: IndicatorUnit, measuresChange: boolean, value: number): string | null {
  if (!Number.isFinite(value)) return 'Введите число';
  if (unit === IndicatorUnit.PERCENT) {
    const min = measuresChange ? -INDICATOR_PERCENT_MAX : 0;
    if (value < min || value > INDICATOR_PERCENT_MAX) return measuresChange ? 'Изменение в процентах — от −100 до 100' : 'Процент — от 0 до 100';
  }
  if (unit === IndicatorUnit.COUNT) {
    if (!Number.isInteger(value)) return 'Количество — целое число';
    if (!measuresChange && value < 0) return 'Количество — не меньше 0';
  }
  return null;
}
