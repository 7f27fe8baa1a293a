import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signs and checks opaque page cursors. A cursor is `base64url(json) . base64url(hmac)`, where
 * the HMAC covers the payload and a *binding*: a description of the query the cursor belongs
 * to. A cursor that was edited, or replayed against a different query or company, fails the
 * check; the caller answers 400 "Invalid cursor". The payload is not secret (it is a sort value
 * and an id), only unforgeable.
 *
 * @example
 * ```ts
 * const cursors = new CursorCodec(secret);
 * const cursor = cursors.encode({ value: 2400, id: 'p_abc' }, 'acme|pay|{}');
 * cursors.decode(cursor, 'acme|pay|{}'); // { value: 2400, id: 'p_abc' }
 * cursors.decode(cursor, 'acme|newest|{}'); // undefined
 * ```
 */
export class CursorCodec {
  readonly #secret: Uint8Array;

  constructor(secret: Uint8Array) {
    if (secret.byteLength < 16) throw new Error('The cursor secret must be at least 16 bytes');
    this.#secret = secret;
  }

  encode(payload: unknown, binding: string): string {
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return `${body}.${this.#mac(body, binding).toString('base64url')}`;
  }

  /** The payload, or `undefined` when the cursor is malformed, forged or bound to another query. */
  decode(cursor: string, binding: string): unknown {
    const match = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/.exec(cursor);
    if (!match) return undefined;
    const [, body, mac] = match as unknown as [string, string, string];
    const expected = this.#mac(body, binding);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  #mac(body: string, binding: string): Buffer {
    return createHmac('sha256', this.#secret).update(binding).update('\n').update(body).digest();
  }
}
