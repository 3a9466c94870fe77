import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a webhook delivery: when it was signed (Unix seconds) and the signature «sha256=<hex>». */
export const TIMESTAMP_HEADER = 'x-metodset-timestamp';
export const SIGNATURE_HEADER = 'x-metodset-signature';
export const EVENT_HEADER = 'x-metodset-event';
export const DELIVERY_HEADER = 'x-metodset-delivery';

/** HMAC-SHA256 over «<timestamp>.<body>» with the subscription's secret. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does: recompute, compare in constant time, and refuse a timestamp older (or newer) than
 * `toleranceSeconds` so a captured delivery cannot be replayed later.
 */
export function verify(secret: string, timestamp: number, body: string, signature: string, now = Date.now() / 1000, toleranceSeconds = 300): boolean {
  if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Seconds to wait before the attempt after `attempt` failures: 1, 2, 4, … capped at an hour. */
export function backoffSeconds(attempt: number): number {
  return Math.min(3600, 2 ** Math.max(0, attempt - 1));
}
