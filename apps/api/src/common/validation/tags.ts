import { Transform } from 'class-transformer';

/** Normalises tags as they arrive: trimmed, inner spaces collapsed, lower-cased, blanks and repeats dropped (order kept). */
export const NormalizeTags = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim().replace(/\s+/g, ' ').toLowerCase() : t)).filter((t) => t !== ''))] : value,
  );

/** One tag of a filter, normalised the same way (null when blank). */
export const normalizeTag = (tag: string | null | undefined): string | null => tag?.trim().replace(/\s+/g, ' ').toLowerCase() || null;
