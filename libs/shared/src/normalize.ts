import { innMessage, innProblem } from './inn';

/** Spaces of every kind (ordinary, non-breaking, thin) and dashes people paste into numbers. */
const SEPARATORS = /[\s\u00a0\u2007\u202f\-\u2010-\u2015\u2212]/g;

/** An ИНН as pasted («77 07 083893», «7707-083893», with non-breaking spaces) reduced to its characters. */
export const normalizeInn = (text: string): string => text.replace(SEPARATORS, '');

/** True when the text is only digits once spaces and dashes are taken out (an ИНН, not a code). */
export const looksLikeDigits = (text: string): boolean => /^\d+$/.test(normalizeInn(text));

/**
 * What is wrong with an organisation's ИНН, in the words that fit: the length first (a 12-digit number is a
 * person's ИНН), then the check digit; null when it is valid. `inn` is already normalised.
 */
export function innError(inn: string): string | null {
  const problem = innProblem(inn);
  if (!problem) return null;
  if (problem === 'checksum') return innMessage('checksum');
  if (/^\d{12}$/.test(inn)) return `${innMessage('format')}, а здесь 12 — так выглядит ИНН физического лица`;
  if (/^\d+$/.test(inn)) return `${innMessage('format')}, а здесь ${inn.length}`;
  return `${innMessage('format')}: только цифры`;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const WEBSITE = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

/**
 * A website as typed: «school.ru», «www.school.ru/about» and «//school.ru» get https://; a scheme keeps its
 * letters lower-case. Returns the address and whether it is a web address at all.
 */
export function normalizeWebsite(text: string): { value: string; ok: boolean } {
  const t = text.trim();
  const withScheme = SCHEME.test(t) ? t.replace(SCHEME, (s) => s.toLowerCase()) : `https://${t.replace(/^\/+/, '')}`;
  return { value: withScheme, ok: WEBSITE.test(withScheme) };
}

/** The message for something that is not a website even with https:// added. */
export const WEBSITE_MESSAGE = 'Сайт — адрес вида school.ru или https://school.ru';
