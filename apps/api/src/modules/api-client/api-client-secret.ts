import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { API_CLIENT_SECRET_PREFIX } from '../../common/auth/gate.guard';

/**
 * An API client's secret: `mdsk_<prefix>_<43 characters>`. The prefix (12 lower-case letters and digits, public, shown
 * in lists) finds the row; the rest is 32 random bytes. Only SHA-256 of the whole secret is stored: 256 random bits
 * leave nothing for a slow hash to protect, and the lookup costs one indexed read.
 */
export interface IssuedSecret {
  secret: string;
  prefix: string;
  hash: string;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export function issueSecret(): IssuedSecret {
  const bytes = randomBytes(12);
  const prefix = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  const secret = `${API_CLIENT_SECRET_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix, hash: hashSecret(secret) };
}

/** The lookup prefix of a presented secret, or null when it is not shaped like one. */
export function prefixOf(secret: string): string | null {
  const m = /^mdsk_([a-z0-9]{12})_[A-Za-z0-9_-]{43}$/.exec(secret);
  return m ? m[1]! : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
