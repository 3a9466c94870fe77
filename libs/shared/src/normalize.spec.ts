import { innError, looksLikeDigits, normalizeInn, normalizeWebsite } from './normalize';

describe('normalising pasted values', () => {
  it('takes spaces, non-breaking spaces and dashes out of an ИНН', () => {
    expect(normalizeInn('77 07 083893')).toBe('7707083893');
    expect(normalizeInn('7707\u00a0083\u202f893')).toBe('7707083893');
    expect(normalizeInn('7707-083–893')).toBe('7707083893');
    expect(looksLikeDigits('7707 083 893')).toBe(true);
    expect(looksLikeDigits('demo:org:1')).toBe(false);
  });

  it('tells the length before the check digit', () => {
    expect(innError('7707083893')).toBeNull();
    expect(innError('7707083894')).toBe('Неверная контрольная цифра ИНН');
    expect(innError('500100732259')).toBe('ИНН организации — 10 цифр, а здесь 12 — так выглядит ИНН физического лица');
    expect(innError('770708389')).toBe('ИНН организации — 10 цифр, а здесь 9');
    expect(innError('77070838AB')).toBe('ИНН организации — 10 цифр: только цифры');
  });

  it('adds https:// to a website typed without it', () => {
    expect(normalizeWebsite('school.ru')).toEqual({ value: 'https://school.ru', ok: true });
    expect(normalizeWebsite(' www.school.ru/about ')).toEqual({ value: 'https://www.school.ru/about', ok: true });
    expect(normalizeWebsite('HTTP://school.ru')).toEqual({ value: 'http://school.ru', ok: true });
    expect(normalizeWebsite('школа-1.рф')).toEqual({ value: 'https://школа-1.рф', ok: true });
    expect(normalizeWebsite('ftp://school.ru').ok).toBe(false);
    expect(normalizeWebsite('нет сайта').ok).toBe(false);
  });
});
