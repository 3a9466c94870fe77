import { formatNumber, formatPercent } from '@/common/format';

/** A value of an indicator in its unit: «62,5 %», «12», «3,4»; a change from the baseline with its sign («+7 %»). */
export function indicatorValue(value: number, unit: string, change = false): string {
  const text = unit === 'PERCENT' ? formatPercent(value) : formatNumber(value, unit === 'COUNT' ? 0 : 1);
  return change && value > 0 ? `+${text}` : text;
}
