import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';
import type { RateDecision, TokenBucketLimit } from './store.js';

// Token buckets in the database, so every instance behind a load balancer spends from the same
// bucket. One `INSERT … ON CONFLICT DO UPDATE` refills and spends atomically: SQLite runs it
// under its write lock, PostgreSQL locks the conflicting row, so two instances taking the last
// token at once cannot both get it. Parameters are cast, because PostgreSQL would otherwise
// infer an integer type for a fractional rate from the bigint column beside it (`double
// precision` and `bigint` are type names SQLite's casts understand too).

const double = (value: number): RawBuilder<number> => sql<number>`CAST(${value} AS double precision)`;
const bigint = (value: number): RawBuilder<number> => sql<number>`CAST(${value} AS bigint)`;

/**
 * Refills `key`'s bucket for the time since it was last used, then spends one token if there is
 * one. A new key starts full (and spends one). Time never runs backwards for a bucket: an
 * instance whose clock is behind refills nothing and leaves `updated_at` where it was.
 */
export async function takeToken(db: Kysely<Database>, key: string, limit: TokenBucketLimit, now: number): Promise<RateDecision> {
  const perMs = limit.max / limit.windowMs;
  const at = bigint(now);
  const elapsed = sql`CASE WHEN ${at} > rate_buckets.updated_at THEN ${at} - rate_buckets.updated_at ELSE 0 END`;
  const grown = sql`rate_buckets.tokens + ${elapsed} * ${double(perMs)}`;
  const refilled = sql`CASE WHEN ${grown} > ${double(limit.max)} THEN ${double(limit.max)} ELSE ${grown} END`;
  const row = await db
    .insertInto('rate_buckets')
    .values({ key, tokens: limit.max - 1, allowed: 1, updated_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        tokens: sql<number>`CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END`,
        allowed: sql<number>`CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END`,
        updated_at: sql<number>`CASE WHEN ${at} > rate_buckets.updated_at THEN ${at} ELSE rate_buckets.updated_at END`,
      }),
    )
    .returning(['tokens', 'allowed'])
    .executeTakeFirstOrThrow();
  if (Number(row.allowed) === 1) return { allowed: true };
  const tokens = Number(row.tokens);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
}

/**
 * Puts one token back into `key`'s bucket, never above `max`: the request it was taken for
 * turned out not to count. Leaves `updated_at` alone, so the next take refills from the same
 * point as if the token had never been taken; a bucket swept in between is full already.
 */
export async function returnToken(db: Kysely<Database>, key: string, limit: TokenBucketLimit): Promise<void> {
  await db
    .updateTable('rate_buckets')
    .set({ tokens: sql<number>`CASE WHEN tokens + 1 > ${double(limit.max)} THEN ${double(limit.max)} ELSE tokens + 1 END` })
    .where('key', '=', key)
    .execute();
}

/** Deletes buckets last used at or before `before`: refilled by now, they mean what no bucket means. */
export async function sweepBuckets(db: Kysely<Database>, before: number): Promise<number> {
  const result = await db.deleteFrom('rate_buckets').where('updated_at', '<=', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
