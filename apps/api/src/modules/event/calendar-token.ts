import { createHash, randomBytes } from 'node:crypto';

/** The secret of a subscription URL: 32 random bytes, URL-safe (43 characters). */
export const newCalendarToken = (): string => randomBytes(32).toString('base64url');
export const hashCalendarToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
/** Only what `newCalendarToken` makes is looked up; anything else is a 404 without a query. */
export const isCalendarToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
export const calendarFeedPath = (token: string): string => `/ical/${token}.ics`;
