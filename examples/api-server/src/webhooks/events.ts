import type { Application, ApplicationStatus, WebhookEvent, WebhookEventType } from '@microintern/core';
import { newId } from '../domain/ids.js';
import type { OutboxEvent } from '../store/store.js';

/**
 * An event about one application, ready for the outbox: a new `evt_…` id and the exact JSON
 * body (a {@link WebhookEvent}) that every attempt will send.
 *
 * @example
 * ```ts
 * const event = applicationEvent('application.received', company.id, application, Date.now());
 * await store.insertApplication(application, company.id, { events: [event] });
 * ```
 */
export function applicationEvent(
  type: WebhookEventType,
  companyId: string,
  application: Application,
  now: number,
  previousStatus?: ApplicationStatus,
): OutboxEvent {
  const id = newId('evt');
  const event: WebhookEvent = {
    id,
    type,
    createdAt: new Date(now).toISOString(),
    data: { application, ...(previousStatus ? { previousStatus } : {}) },
  };
  return { id, type, companyId, body: JSON.stringify(event), createdAt: now };
}
