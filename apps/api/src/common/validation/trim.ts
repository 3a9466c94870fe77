import { Transform } from 'class-transformer';
import { normalizeInn, normalizeWebsite } from '@metodset/shared';

/** Trims strings; an empty string becomes null (an optional field left blank). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const t = value.trim().replace(/\s+/g, ' ');
    return t === '' ? null : t;
  });

/** Trims strings, keeping an empty string empty (so @IsNotEmpty reports it). */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value));

/** An ИНН as pasted (spaces, non-breaking spaces, dashes) reduced to its digits; blank becomes null. */
export const InnToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const inn = normalizeInn(value);
    return inn === '' ? null : inn;
  });

/** A website as typed («school.ru») with https:// added; blank becomes null; a non-address is left for the check. */
export const WebsiteToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const t = value.trim();
    if (t === '') return null;
    const site = normalizeWebsite(t);
    return site.ok ? site.value : t;
  });
