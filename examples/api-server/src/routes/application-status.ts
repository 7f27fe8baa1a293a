import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { ApplicationStatusView } from '@microintern/core';
import { statusTokenMatches } from '../domain/status-tokens.js';
import { clientIp } from '../http/client-ip.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { notFound } from '../http/problem.js';
import { limitBy } from '../http/rate-limit.js';

/** The one answer for a wrong token, a missing token and a missing application alike. */
const noSuchLink = () => notFound('Status link not valid', 'No application matches this link');

/** The bearer credential, or `undefined` when there is none (which is answered like a wrong one). */
function bearerOf(c: Context<AppEnv>): string | undefined {
  return /^Bearer +(\S+) *$/i.exec(c.req.header('authorization') ?? '')?.[1];
}

/**
 * Any page may read a status link's answer: the credential is the bearer token, never a cookie,
 * so there is nothing a foreign page could borrow. The answer must be readable by the page
 * that shows it (a careers site on another origin), its 404 and 429 included. It is never
 * cached, and never sends a `Referer` on.
 */
const statusHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set('Access-Control-Allow-Origin', '*');
  c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
  c.res.headers.set('Cache-Control', 'no-store');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
};

/**
 * `GET /v1/applications/{id}/status` with `Authorization: Bearer st_…`: the applicant's own view
 * of where their application stands ({@link ApplicationStatusView}: status, timeline, the gig's
 * title and company; no answers, no contact details, nobody else).
 *
 * - A wrong, truncated or missing token and an id that does not exist get the same 404, so the
 *   endpoint is no oracle for which applications exist.
 * - Every lookup, right or wrong, spends a token of the client address's bucket
 *   (`statusRateLimit`, 30 a minute by default): 429 with `Retry-After` past it.
 * - The token is compared by hash in constant time; only its SHA-256 is stored.
 */
export function applicationStatusRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, config } = deps;
  const limit = limitBy(deps.statusRateLimiter, (c) => `status|${clientIp(c, config.trustProxy)}`, 'status lookups');

  app.get('/v1/applications/:id/status', statusHeaders, limit, async (c) => {
    const token = bearerOf(c);
    const record = await store.findApplication(c.req.param('id'));
    if (!statusTokenMatches(token, record?.statusTokenHash)) throw noSuchLink();
    const { application, companyId } = record!;
    const [project, company] = await Promise.all([store.findProject(application.projectId, companyId), store.findCompany(companyId)]);
    if (!project || !company) throw noSuchLink();
    const view: ApplicationStatusView = {
      id: application.id,
      status: application.status,
      submittedAt: application.submittedAt,
      timeline: application.timeline ?? [{ status: 'received', at: application.submittedAt }],
      project: { id: project.id, title: project.title },
      company: { name: company.name, slug: company.slug },
    };
    return c.json(view);
  });

  app.options('/v1/applications/:id/status', (c) => {
    const method = c.req.header('access-control-request-method')?.toUpperCase();
    if (method !== 'GET') return c.body(null, 204);
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET',
      'Access-Control-Allow-Headers': 'Authorization',
      'Access-Control-Max-Age': '600',
    });
  });
}
