import type { Hono } from 'hono';
import { type CreatedWebhook, type Webhook, WEBHOOK_EVENT_TYPES, WebhookInput } from '@microintern/core';
import { newId, randomToken } from '../domain/ids.js';
import { BASE62 } from '../domain/secret-keys.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { jsonBody } from '../http/json-body.js';
import { notFound, schemaProblem, validationProblem } from '../http/problem.js';
import { noStore } from '../http/public-cache.js';
import { requireSecretKey } from '../http/secret-key-auth.js';
import type { WebhookRecord } from '../store/store.js';
import type { WebhookSettings } from '../webhooks/dispatcher.js';

/** A new signing secret: `whsec_` and 32 base-62 characters. */
export function generateWebhookSecret(): string {
  return `whsec_${randomToken(32, BASE62)}`;
}

/** Why `url` cannot be a webhook endpoint, or `undefined` when it can. */
export function webhookUrlProblem(url: string, settings: Pick<WebhookSettings, 'allowHttp'>): string | undefined {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:') return undefined;
  return settings.allowHttp ? undefined : 'Must be an https:// URL';
}

/** The public face of a stored endpoint: never its secret. */
export function publicWebhook(record: WebhookRecord): Webhook {
  return { id: record.id, url: record.url, events: record.events, createdAt: new Date(record.createdAt).toISOString() };
}

/**
 * Makes an endpoint for a company, checked as the API checks one: an http(s) URL without
 * credentials (`WebhookInput`), https unless the server allows plain http. Shared by the API
 * and the admin command. Returns the record with its secret, or throws the 422 problem.
 */
export async function registerWebhook(deps: Pick<AppDeps, 'store'> & { settings: Pick<WebhookSettings, 'allowHttp'> }, companyId: string, body: unknown, now: number): Promise<WebhookRecord> {
  const parsed = WebhookInput.safeParse(body);
  if (!parsed.success) throw schemaProblem('Invalid webhook', parsed.error.issues);
  const problem = webhookUrlProblem(parsed.data.url, deps.settings);
  if (problem) throw validationProblem('Invalid webhook', [{ path: 'url', message: problem }]);
  const record: WebhookRecord = {
    id: newId('wh'),
    companyId,
    url: parsed.data.url,
    secret: generateWebhookSecret(),
    events: [...new Set(parsed.data.events ?? WEBHOOK_EVENT_TYPES)],
    createdAt: now,
  };
  await deps.store.createWebhook(record);
  return record;
}

/**
 * Secret-key management of a company's webhook endpoints:
 *
 * - `POST /v1/companies/{company}/webhooks` with `WebhookInput` → 201 `CreatedWebhook`, whose
 *   `secret` (`whsec_…`) is shown this once and signs every delivery;
 * - `GET /v1/companies/{company}/webhooks` → `{ items: Webhook[] }`, without secrets;
 * - `DELETE /v1/companies/{company}/webhooks/{id}` → 204; its undelivered events are dropped.
 */
export function webhookRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, config } = deps;
  const auth = requireSecretKey(deps);

  app.post('/v1/companies/:company/webhooks', auth, noStore, jsonBody(), idempotency(deps), async (c) => {
    const record = await registerWebhook({ store, settings: config.webhooks }, c.get('company').id, c.get('body'), config.now());
    // Kept for replay like any answer: the secret is in the database anyway, since signing needs it.
    const created: CreatedWebhook = { ...publicWebhook(record), secret: record.secret };
    return c.json(created, 201);
  });

  app.get('/v1/companies/:company/webhooks', auth, noStore, async (c) => {
    const items = (await store.listWebhooks(c.get('company').id)).map(publicWebhook);
    return c.json({ items });
  });

  app.delete('/v1/companies/:company/webhooks/:id', auth, noStore, async (c) => {
    if (!(await store.deleteWebhook(c.get('company').id, c.req.param('id'), config.now()))) throw notFound('Webhook not found');
    return c.body(null, 204);
  });
}
