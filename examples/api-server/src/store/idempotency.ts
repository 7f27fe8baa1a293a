import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ClaimOutcome, IdempotencyClaim, StoredResponse } from './store.js';

/**
 * Claims an idempotency key. The row's primary key (scope, key) is the arbiter: whoever inserts
 * it owns the request, everyone else reads what the owner left. `INSERT … ON CONFLICT DO
 * NOTHING` has the same meaning in PostgreSQL, where it is also safe across connections (a
 * second inserter waits for the first transaction and then sees its row), so this logic ports
 * as it is.
 *
 * An expired answer, or a claim whose owner died before finishing (its lease ran out), is taken
 * over by the newcomer.
 */
export async function claimKey(db: Kysely<Database>, claim: IdempotencyClaim): Promise<ClaimOutcome> {
  return db.transaction().execute(async (trx) => {
    const fresh = {
      fingerprint: claim.fingerprint,
      state: 'in-flight' as const,
      status: null,
      headers: null,
      body: null,
      created_at: claim.now,
      expires_at: claim.expiresAt,
      locked_until: claim.lockedUntil,
    };
    const inserted = await trx
      .insertInto('idempotency_keys')
      .values({ scope: claim.scope, key: claim.key, ...fresh })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: 'claimed' };

    const row = await trx
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .executeTakeFirst();
    // Deleted between our insert and select (released by its owner): the caller may try again,
    // and treating it as still running is the cautious answer.
    if (!row) return { kind: 'in-flight' };

    const abandoned = row.state === 'in-flight' && row.locked_until <= claim.now;
    if (row.expires_at <= claim.now || abandoned) {
      await trx.updateTable('idempotency_keys').set(fresh).where('scope', '=', claim.scope).where('key', '=', claim.key).execute();
      return { kind: 'claimed' };
    }
    if (row.fingerprint !== claim.fingerprint) return { kind: 'mismatch' };
    if (row.state === 'in-flight' || row.status === null || row.body === null) return { kind: 'in-flight' };
    const response: StoredResponse = {
      status: row.status,
      headers: row.headers ? (JSON.parse(row.headers) as Record<string, string>) : {},
      body: row.body,
    };
    return { kind: 'replay', response };
  });
}

/** Records the owner's answer so later requests with the key replay it. */
export async function completeKey(db: Kysely<Database>, scope: string, key: string, response: StoredResponse): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ state: 'done', status: response.status, headers: JSON.stringify(response.headers), body: response.body })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

/** Gives up an unfinished claim (only an unfinished one: a stored answer is never dropped early). */
export async function releaseKey(db: Kysely<Database>, scope: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).where('state', '=', 'in-flight').execute();
}

/** Deletes expired answers; returns how many. */
export async function purgeKeys(db: Kysely<Database>, now: number): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
