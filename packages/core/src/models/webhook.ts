import * as z from 'zod/mini';
import { Application } from './application.js';
import { ApplicationStatus } from './application-status.js';
import { Id } from './company.js';
import { isoDateTime } from './iso.js';
import { SafeUrl } from './safe-url-schema.js';

/** What a webhook can be told about. */
export const WEBHOOK_EVENT_TYPES = ['application.received', 'application.status_changed'] as const;

/** The header that carries a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Microintern-Signature';

export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/**
 * A company's request to be told about its applications (secret key). The API refuses an
 * endpoint that is not `https://` (plain `http://` only where the server allows it, for local
 * development). Without `events`, every event type is sent.
 *
 * @example
 * ```ts
 * const input: WebhookInput = { url: 'https://hooks.acme.example/microintern', events: ['application.received'] };
 * ```
 */
export const WebhookInput = z.strictObject({
  url: SafeUrl,
  events: z.optional(z.array(WebhookEventType).check(z.minLength(1, 'Name at least one event'))),
});
export type WebhookInput = z.infer<typeof WebhookInput>;

/** A registered endpoint, as listed (its secret is shown only when it is created). */
export const Webhook = z.object({
  id: Id,
  url: z.string(),
  events: z.array(WebhookEventType),
  createdAt: isoDateTime(),
});
export type Webhook = z.infer<typeof Webhook>;

/** The answer to creating a webhook: the endpoint and its signing secret, shown this once. */
export const CreatedWebhook = z.object({ ...Webhook.shape, secret: z.string() });
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

/**
 * What a webhook delivery's body holds. `id` is the event's: the same on every attempt to
 * deliver it, so a receiver that sees it twice (delivery is at least once) can drop the repeat.
 * `data.application` is the application as the company reads it; a status change also says
 * what the status was before.
 */
export const WebhookEvent = z.object({
  id: Id,
  type: WebhookEventType,
  createdAt: isoDateTime(),
  data: z.object({
    application: Application,
    previousStatus: z.optional(ApplicationStatus),
  }),
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;
