import type { Kysely, Transaction } from 'kysely';
import type { WebhookEventType } from '@microintern/core';
import type { Database } from './schema.js';
import type { DeliveryJob, DeliveryOutcome, DeliveryRecord, OutboxEvent, WebhookRecord } from './store.js';

/**
 * Writes one delivery row per endpoint of the event's company that wants its type, inside the
 * caller's transaction: the event is stored exactly when the change it reports is, so a crash
 * right after the commit loses nothing (the dispatcher finds the rows on its next start).
 */
export async function enqueueEvents(trx: Transaction<Database>, events: readonly OutboxEvent[]): Promise<void> {
  for (const event of events) {
    const endpoints = await trx
      .selectFrom('webhooks')
      .select(['id', 'events'])
      .where('company_id', '=', event.companyId)
      .where('deleted_at', 'is', null)
      .execute();
    const wanted = endpoints.filter((w) => (JSON.parse(w.events) as string[]).includes(event.type));
    if (!wanted.length) continue;
    await trx
      .insertInto('webhook_deliveries')
      .values(
        wanted.map((w) => ({
          event_id: event.id,
          webhook_id: w.id,
          company_id: event.companyId,
          type: event.type,
          body: event.body,
          state: 'pending' as const,
          attempts: 0,
          next_attempt_at: event.createdAt,
          locked_until: 0,
          created_at: event.createdAt,
        })),
      )
      .execute();
  }
}

export async function insertWebhook(db: Kysely<Database>, webhook: WebhookRecord): Promise<void> {
  await db
    .insertInto('webhooks')
    .values({ id: webhook.id, company_id: webhook.companyId, url: webhook.url, secret: webhook.secret, events: JSON.stringify(webhook.events), created_at: webhook.createdAt })
    .execute();
}

export async function selectWebhooks(db: Kysely<Database>, companyId: string): Promise<WebhookRecord[]> {
  const rows = await db.selectFrom('webhooks').selectAll().where('company_id', '=', companyId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, companyId: row.company_id, url: row.url, secret: row.secret, events: JSON.parse(row.events) as WebhookEventType[], createdAt: row.created_at }));
}

export async function removeWebhook(db: Kysely<Database>, companyId: string, id: string, at: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('webhooks').set({ deleted_at: at }).where('id', '=', id).where('company_id', '=', companyId).where('deleted_at', 'is', null).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await trx.updateTable('webhook_deliveries').set({ state: 'failed', last_error: 'The webhook was deleted' }).where('webhook_id', '=', id).where('state', '=', 'pending').execute();
    return true;
  });
}

/**
 * Claims due deliveries: candidates are read, then each is taken with an update that only
 * succeeds while nobody holds it, so two dispatchers (two instances on one database) never send
 * the same attempt at once. A claim runs out at `now + leaseMs`: a dispatcher that died
 * mid-delivery leaves the row to be claimed again, which is why delivery is at least once.
 */
export async function claimDeliveries(db: Kysely<Database>, now: number, leaseMs: number, limit: number): Promise<DeliveryJob[]> {
  const candidates = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhooks as w', 'w.id', 'd.webhook_id')
    .select(['d.event_id', 'd.webhook_id', 'd.type', 'd.body', 'd.attempts', 'w.url', 'w.secret'])
    .where('d.state', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where('d.locked_until', '<=', now)
    .orderBy('d.next_attempt_at')
    .limit(limit)
    .execute();
  const claimed: DeliveryJob[] = [];
  for (const row of candidates) {
    const result = await db
      .updateTable('webhook_deliveries')
      .set({ locked_until: now + leaseMs })
      .where('event_id', '=', row.event_id)
      .where('webhook_id', '=', row.webhook_id)
      .where('state', '=', 'pending')
      .where('locked_until', '<=', now)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) {
      claimed.push({ eventId: row.event_id, webhookId: row.webhook_id, type: row.type as WebhookEventType, url: row.url, secret: row.secret, body: row.body, attempts: row.attempts });
    }
  }
  return claimed;
}

export async function finishDelivery(db: Kysely<Database>, job: Pick<DeliveryJob, 'eventId' | 'webhookId' | 'attempts'>, outcome: DeliveryOutcome): Promise<void> {
  const common = { attempts: job.attempts + 1, last_status: outcome.status, locked_until: 0 };
  const changes = outcome.delivered
    ? { ...common, state: 'delivered' as const, delivered_at: outcome.at, last_error: null }
    : { ...common, state: outcome.retryAt === null ? ('failed' as const) : ('pending' as const), next_attempt_at: outcome.retryAt ?? outcome.at, last_error: outcome.error.slice(0, 500) };
  await db.updateTable('webhook_deliveries').set(changes).where('event_id', '=', job.eventId).where('webhook_id', '=', job.webhookId).execute();
}

export async function selectDeliveries(db: Kysely<Database>, companyId: string): Promise<DeliveryRecord[]> {
  const rows = await db.selectFrom('webhook_deliveries').selectAll().where('company_id', '=', companyId).orderBy('created_at').orderBy('event_id').execute();
  return rows.map((row) => ({
    eventId: row.event_id,
    webhookId: row.webhook_id,
    type: row.type as WebhookEventType,
    state: row.state,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
  }));
}
