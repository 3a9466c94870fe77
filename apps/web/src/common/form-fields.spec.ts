import { describe, expect, it } from 'vitest';
import { queryOneOf } from './format';
import { fieldChecker, today } from './form-fields';

describe('form helpers', () => {
  it('takes the items of list fields as fields of the form', () => {
    const isField = fieldChecker(['mentorIds', 'goals']);
    expect(['mentorIds', 'mentorIds.2', 'goals', 'goals.x', 'programId'].map(isField)).toEqual([true, true, true, false, false]);
  });

  it('writes today as YYYY-MM-DD and reads one of the known values from the URL', () => {
    expect(today(new Date(2026, 10, 3))).toBe('2026-11-03');
    expect(queryOneOf(['A', 'B'] as const, 'B')).toBe('B');
    expect(queryOneOf(['A', 'B'] as const, ['A', 'B'])).toBe('A');
    expect(queryOneOf(['A', 'B'] as const, 'C')).toBeNull();
  });
});
