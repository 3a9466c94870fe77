import { Transform } from 'class-transformer';

/** Trims strings; an empty string becomes null (an optional field left blank). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const t = value.trim().replace(/\s+/g, ' ');
    return t === '' ? null : t;
  });

/** Trims strings, keeping an empty string empty (so @IsNotEmpty reports it). */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value));
