import { describe, expect, it } from 'vitest';
import { indicatorValue } from './indicator-format';

describe('indicatorValue', () => {
  it('writes percent, count and score in the house format, a change with its sign', () => {
    expect(indicatorValue(62.5, 'PERCENT')).toBe('62,5 %');
    expect(indicatorValue(12, 'COUNT')).toBe('12');
    expect(indicatorValue(7, 'PERCENT', true)).toBe('+7 %');
    expect(indicatorValue(-3, 'COUNT', true)).toBe('-3');
  });
});
