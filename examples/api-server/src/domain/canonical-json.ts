import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so two bodies that mean the same thing
 * (`{"a":1,"b":2}` and `{ "b": 2, "a": 1 }`) give the same text. Used to fingerprint requests
 * for idempotency and to bind cursors to their query.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 2, a: [1, { d: 4, c: 3 }] }); // '{"a":[1,{"c":3,"d":4}],"b":2}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = sortKeys(item);
    }
    return out;
  }
  return value;
}

/** Hex SHA-256 of a string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
