/**
 * Intl's formatters are made on first use and kept: making one costs the browser a look-up of the locale's data
 * (≈ 20–70 ms at a phone's speed when this module was loaded, before any page could be drawn), and formatNumber made
 * one for every number it wrote. The first one a page makes costs the most (the locale's data is read then: ~15–55 ms
 * of a list's first render, 4× that at a phone's speed), so a date, which every list draws, is written without Intl:
 * дд.мм.гггг is what `Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' })` writes
 * (format.spec.ts compares the two).
 */
function cached<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
const numberFormats = new Map<number, Intl.NumberFormat>();
function intlNumberFormat(digits: number): Intl.NumberFormat {
  let f = numberFormats.get(digits);
  if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: digits })));
  return f;
}
/**
 * A number as `Intl.NumberFormat('ru-RU', { maximumFractionDigits: digits })` writes it (format.spec.ts compares the
 * two), without Intl for the numbers the app writes: like ICU it rounds the number's shortest decimal form (0.15 → 0,2)
 * to the nearest, a tie away from zero; then no trailing zeros, a decimal comma, groups of three digits by a no-break
 * space, «-» for a negative number (and −0). Intl for the rest (exponents, infinities). A heatmap's first score, a
 * list's first number no longer wait for the locale's data.
 */
function numberFormat(digits: number): { format: (value: number) => string } {
  return {
    format(value: number): string {
      const shortest = String(Math.abs(value));
      if (!Number.isFinite(value) || shortest.includes('e') || !Number.isInteger(digits) || digits < 0 || digits > 20) {
        return intlNumberFormat(digits).format(value);
      }
      const dot = shortest.indexOf('.');
      let whole = dot < 0 ? shortest : shortest.slice(0, dot);
      let fraction = dot < 0 ? '' : shortest.slice(dot + 1);
      if (fraction.length > digits) {
        const up = fraction.charCodeAt(digits) >= 53; // '5'
        fraction = fraction.slice(0, digits);
        if (up) {
          // Add one at the last kept digit, carrying to the left through the 9s.
          const d = (whole + fraction).split('');
          let i = d.length - 1;
          while (i >= 0 && d[i] === '9') d[i--] = '0';
          if (i < 0) d.unshift('1');
          else d[i] = String(Number(d[i]) + 1);
          whole = d.slice(0, d.length - fraction.length).join('');
          fraction = d.slice(d.length - fraction.length).join('');
        }
      }
      fraction = fraction.replace(/0+$/, '');
      const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, '\u00a0') : whole;
      return `${value < 0 || Object.is(value, -0) ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
    },
  };
}

const dateFormat = cached(() => new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' }));
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** 31.12.2025 from an ISO date or date-time (the local day); empty for nothing. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00` : value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const year = date.getFullYear();
  // Years of four digits (all the app has); Intl for the others (its era, its padding).
  if (year < 1000 || year > 9999) return dateFormat().format(date);
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${year}`;
}

const scoreFormat = () => numberFormat(1);

/** A score or a share in Russian notation: 31,3; «—» for none. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : scoreFormat().format(value);
}

/** A change with its sign: +12,5, −3, 0; «—» for none. */
export function formatDelta(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${scoreFormat().format(Math.abs(value))}`;
}

/** A number in Russian notation with up to `digits` decimals: 33,3; 1 234; «—» for none. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return numberFormat(digits).format(value);
}

/** A percentage given in points (33.333 → «33,3 %»); «—» for none. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  const n = formatNumber(value, digits);
  return n === '—' ? n : `${n} %`;
}

const dateTimeFormat = cached(() => new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }));

/** 31.12.2025, 14:05 from an ISO date-time; empty for nothing. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat().format(date);
}

/** A file size in Russian units: «512 Б», «340 КБ», «1,2 МБ»; empty for nothing. */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} КБ`;
  return `${formatNumber(bytes / 1024 / 1024)} МБ`;
}

/** '' and whitespace become null, other strings are trimmed (optional input fields). */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A single value from a route query parameter. */
export function queryString(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : null;
}

export function queryInt(value: unknown): number | null {
  const s = queryString(value);
  if (s === null || !/^\d{1,9}$/.test(s)) return null;
  return Number(s);
}

/** A query parameter that must be one of the values; null otherwise. */
export function queryOneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  const s = queryString(value);
  return s !== null && (values as readonly string[]).includes(s) ? (s as T) : null;
}
