import type { Hono } from 'hono';
import { type Application, ApplicationStatusChange, canChangeStatus, type TimelineEntry } from '@microintern/core';
import type { AppDeps, AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { jsonBody } from '../http/json-body.js';
import { notFound, ProblemError, schemaProblem } from '../http/problem.js';
import { noStore } from '../http/public-cache.js';
import { requireSecretKey } from '../http/secret-key-auth.js';
import { applicationEvent } from '../webhooks/events.js';

/** Attempts at a compare-and-set before a change that keeps losing to others is refused. */
const MAX_ATTEMPTS = 3;

function invalidTransition(from: Application['status'], to: Application['status']): ProblemError {
  const why = from === 'accepted' || from === 'declined' ? `; ${from} is final` : '';
  return new ProblemError({
    status: 409,
    type: 'invalid-transition',
    title: 'Status change not allowed',
    detail: `An application that is ${from} cannot move to ${to}${why}`,
  });
}

/**
 * Secret-key reads and status changes of one application:
 *
 * - `GET /v1/companies/{company}/applications/{id}` → the `Application` with its timeline;
 * - `PATCH /v1/companies/{company}/applications/{id}` with `ApplicationStatusChange`
 *   (`{ status, message? }`) → the application, one timeline entry longer. A move that
 *   `canChangeStatus` does not allow is a 409 `invalid-transition` problem. `Idempotency-Key`
 *   is honoured, so a retried change is replayed rather than added twice.
 *
 * The change is a compare-and-set on the status it was decided from: of two changes sent at
 * once, the second is checked again against what the first left.
 */
export function applicationChangeRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, config } = deps;
  const auth = requireSecretKey(deps);

  app.get('/v1/companies/:company/applications/:id', auth, noStore, async (c) => {
    const record = await store.findApplication(c.req.param('id'), c.get('company').id);
    if (!record) throw notFound('Application not found');
    return c.json(record.application);
  });

  app.patch('/v1/companies/:company/applications/:id', auth, noStore, jsonBody(), idempotency(deps), async (c) => {
    const parsed = ApplicationStatusChange.safeParse(c.get('body'));
    if (!parsed.success) throw schemaProblem('Invalid status change', parsed.error.issues);
    const { status, message } = parsed.data;
    const companyId = c.get('company').id;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const record = await store.findApplication(c.req.param('id'), companyId);
      if (!record) throw notFound('Application not found');
      const current = record.application;
      if (!canChangeStatus(current.status, status)) throw invalidTransition(current.status, status);
      const entry: TimelineEntry = { status, ...(message ? { message } : {}), at: new Date(config.now()).toISOString() };
      const changed: Application = { ...current, status, timeline: [...(current.timeline ?? []), entry] };
      const event = applicationEvent('application.status_changed', companyId, changed, config.now(), current.status);
      if ((await store.updateApplicationStatus({ companyId, from: current.status, application: changed, events: [event] })) === 'ok') {
        deps.outbox.kick();
        return c.json(changed);
      }
    }
    throw new ProblemError({ status: 409, type: 'conflict', title: 'Changed meanwhile', detail: 'The application kept changing while this request ran; read it again', headers: { 'retry-after': '1' } });
  });
}
