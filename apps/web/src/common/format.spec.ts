import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDelta, formatFileSize, formatNumber, formatPercent, formatScore } from './format';

describe('common format (one Russian notation for the whole app)', () => {
  it('dates are дд.мм.гггг, never ISO', () => {
    expect(formatDate('2026-12-03')).toBe('03.12.2026');
    expect(formatDate('2026-12-03T10:15:00Z')).toMatch(/^0[34]\.12\.2026$/);
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('writes a date as Intl writes it in ru-RU, without Intl', () => {
    const intl = new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' });
    const dates = [new Date(2026, 0, 1), new Date(2025, 11, 31, 23, 59), new Date(2000, 1, 29), new Date(1999, 8, 9), new Date(9999, 11, 31), new Date(999, 5, 15)];
    for (let i = 0; i < 500; i++) dates.push(new Date(Date.UTC(1970, 0, 1) + Math.floor(((i * 7919) % 500) * 1.7e9 + i * 86_400_000 * 3.3)));
    for (const d of dates) expect(formatDate(d)).toBe(intl.format(d));
    expect(formatDate('2026-03-09T22:30:00Z')).toBe(intl.format(new Date('2026-03-09T22:30:00Z')));
  });

  it('date-times are дд.мм.гггг, чч:мм', () => {
    expect(formatDateTime(new Date(2026, 11, 3, 14, 5))).toBe('03.12.2026, 14:05');
    expect(formatDateTime(undefined)).toBe('');
  });

  it('numbers use a decimal comma and at most one decimal', () => {
    expect(formatNumber(33.3333)).toBe('33,3');
    expect(formatNumber(2.25, 2)).toBe('2,25');
    expect(formatNumber(1234)).toBe('1\u00a0234');
    expect(formatNumber(null)).toBe('—');
    expect(formatScore(31.25)).toBe('31,3');
    expect(formatDelta(-3)).toBe('−3');
  });

  it('writes a number as Intl writes it in ru-RU, without Intl', () => {
    const values = [0, -0, 1, -1, 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1.45, -1.45, -0.04, 999.95, 9999.95, 1234, 12345.678, 1e6, -1234567.891, 123456789012, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER, 1e15, 1e21, Infinity, -Infinity, NaN];
    let x = 1;
    for (let i = 0; i < 3000; i++) {
      x = (x * 48271) % 2147483647;
      const magnitude = 10 ** ((x % 12) - 4);
      values.push(((x / 2147483647) * 2 - 1) * magnitude, Math.round((x / 2147483647) * 1e5) / 100, (x % 2000) / 20);
    }
    for (const digits of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: digits });
      for (const v of values) expect([v, digits, formatNumber(v, digits)]).toEqual([v, digits, Number.isNaN(v) ? '—' : intl.format(v)]);
    }
    const intl1 = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
    for (const v of values) if (!Number.isNaN(v)) expect(formatScore(v)).toBe(intl1.format(v));
  });

  it('percentages read «33,3 %», not «33.33%»', () => {
    expect(formatPercent(33.3333)).toBe('33,3 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('file sizes in Russian units', () => {
    expect(formatFileSize(500)).toBe('500 Б');
    expect(formatFileSize(2048)).toBe('2 КБ');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 МБ');
    expect(formatFileSize(null)).toBe('');
  });
});
