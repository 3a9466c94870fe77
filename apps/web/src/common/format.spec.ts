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
