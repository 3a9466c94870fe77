import { normalizeInn } from '@metodset/shared';
import { Cell, isBlank } from './sheet';

/** Text of a cell, spaces collapsed; null when blank. Numbers keep their digits (no «1e+21»). */
export function textOf(c: Cell): string | null {
  if (isBlank(c)) return null;
  if (c instanceof Date) return isoDate(c);
  if (typeof c === 'number') return Number.isInteger(c) ? BigInt(c).toString() : String(c);
  return (c as string).trim().replace(/\s+/g, ' ');
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function validDate(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return isoDate(dt);
}

/** A date as YYYY-MM-DD from ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, an Excel date cell or an Excel serial number. */
export function dateOf(c: Cell): string | null | 'invalid' {
  if (isBlank(c)) return null;
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? 'invalid' : isoDate(new Date(c.getTime() + 12 * 3600 * 1000));
  if (typeof c === 'number') {
    if (!Number.isInteger(c) || c < 1 || c > 80000) return 'invalid';
    return isoDate(new Date(Date.UTC(1899, 11, 30) + c * 86400000));
  }
  const s = (c as string).trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s.*)?$/.exec(s);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? 'invalid';
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'invalid';
  return 'invalid';
}

/** A whole number, or 'invalid'. */
export function intOf(c: Cell): number | null | 'invalid' {
  if (isBlank(c)) return null;
  const n = typeof c === 'number' ? c : Number(String(c).trim().replace(',', '.'));
  return Number.isInteger(n) ? n : 'invalid';
}

/** A list from «a, b; c» (empty items dropped, repeats removed). */
export function listOf(c: Cell): string[] {
  const t = textOf(c);
  if (!t) return [];
  return [...new Set(t.split(/[;,]/).map((x) => x.trim()).filter(Boolean))];
}

/** Text compared case-insensitively, ё = е, without quotes and extra spaces. */
export const normText = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Looks an enum value up by its code, its label or an extra synonym (all case-insensitive).
 * Returns undefined when nothing matches.
 */
export function enumOf<E extends string>(text: string, labels: Readonly<Record<E, string>>, synonyms: Readonly<Record<string, E>> = {}): E | undefined {
  const t = normText(text);
  for (const code of Object.keys(labels) as E[]) if (normText(code) === t || normText(labels[code]) === t) return code;
  return synonyms[t];
}

/** Digits of an ИНН cell: a number cell loses a leading zero, which this puts back. */
export function innOf(c: Cell): string | null {
  const t = textOf(c);
  if (!t) return null;
  const s = normalizeInn(t);
  return typeof c === 'number' && s.length === 9 ? `0${s}` : s;
}
