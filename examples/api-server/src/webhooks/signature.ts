import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a signature's timestamp may be from the receiver's clock: 5 minutes. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * The `Microintern-Signature` header of a delivery: `t=<unix seconds>,v1=<hex>`, where the hex
 * is HMAC-SHA256 with the webhook's secret over `<t>.<body>` (the timestamp, a dot, and the raw
 * body bytes). Signing the time with the body lets a receiver refuse an old delivery replayed
 * by someone who captured it.
 *
 * @example
 * ```ts
 * signWebhook('whsec_…', Math.floor(Date.now() / 1000), body); // "t=1767225600,v1=5f2c…"
 * ```
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does with a delivery, as docs/http-api.md describes it: parse the header,
 * refuse a timestamp more than `toleranceSeconds` away from `now`, recompute the HMAC over
 * `<t>.<raw body>` and compare in constant time with any `v1` value. Returns why it failed, or
 * `'ok'`.
 *
 * @example
 * ```ts
 * if (verifyWebhookSignature(request.headers['microintern-signature'], rawBody, secret) !== 'ok') return reply(400);
 * ```
 */
export function verifyWebhookSignature(
  header: string | undefined,
  body: string,
  secret: string,
  { now = Date.now(), toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS }: { now?: number; toleranceSeconds?: number } = {},
): 'ok' | 'malformed' | 'stale' | 'mismatch' {
  const parts = (header ?? '').split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k, v]) => k === 'v1' && v && /^[0-9a-f]{64}$/.test(v)).map(([, v]) => Buffer.from(v!, 'hex'));
  if (!Number.isInteger(timestamp) || !signatures.length) return 'malformed';
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return 'stale';
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return signatures.some((s) => timingSafeEqual(s, expected)) ? 'ok' : 'mismatch';
}
