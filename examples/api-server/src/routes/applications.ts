import type { Hono, MiddlewareHandler } from 'hono';
import { ApplicationInput, type Application, type ApplicationReceipt, type Project } from '@microintern/core';
import { checkAnswers, normaliseAnswers } from '../domain/answers.js';
import { newId } from '../domain/ids.js';
import { generateStatusToken } from '../domain/status-tokens.js';
import { applicationEvent } from '../webhooks/events.js';
import { applicationCors, applicationPreflight } from '../http/cors.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { jsonBody } from '../http/json-body.js';
import { notFound, ProblemError, schemaProblem, validationProblem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';

/** True when the hidden `website` field was filled in: people never see it, form-filling bots do. */
function isHoneypot(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const website = (body as Record<string, unknown>).website;
  return typeof website === 'string' && website.trim() !== '';
}

function projectClosed(detail: string): ProblemError {
  return new ProblemError({ status: 409, type: 'project-closed', title: 'Project closed', detail });
}

/** Refuses applications to a project that is not open or whose deadline has passed. */
function ensureOpen(project: Project, now: number): void {
  if (project.status !== 'open') throw projectClosed(`This project is ${project.status} and takes no more applications`);
  if (project.applyBy && Date.parse(project.applyBy) <= now) {
    throw projectClosed(`Applications closed at ${new Date(Date.parse(project.applyBy)).toISOString()}`);
  }
}

function receipt(application: Pick<Application, 'id' | 'projectId' | 'submittedAt'>, statusToken: string): ApplicationReceipt {
  return { id: application.id, projectId: application.projectId, status: 'received', submittedAt: application.submittedAt, statusToken };
}

/**
 * `POST /v1/companies/{company}/projects/{id}/applications` and its marketplace twin
 * `POST /v1/projects/{id}/applications`, with their preflights.
 *
 * Order of checks, cheapest and least revealing first: the project exists (404), the page's
 * origin may post here (403), the client is within its rate (429), the body is JSON (415/400),
 * the idempotency key (replay, 409, 422), then the application itself: honeypot (quiet 201),
 * project open (409), schema (422), answers against the project's questions (422).
 */
export function applicationRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, config } = deps;

  const companyScoped: MiddlewareHandler<AppEnv> = async (c, next) => {
    const company = await store.findCompany(c.req.param('company') ?? '');
    if (!company) throw notFound('Company not found');
    const project = await store.findProject(c.req.param('id') ?? '', company.id);
    if (!project) throw notFound('Project not found');
    c.set('company', company);
    c.set('project', project);
    await next();
  };

  const marketplace: MiddlewareHandler<AppEnv> = async (c, next) => {
    const project = await store.findProject(c.req.param('id') ?? '');
    const company = project && (await store.findCompany(project.company.id));
    if (!project || !company) throw notFound('Project not found');
    c.set('company', company);
    c.set('project', project);
    await next();
  };

  // The status token is the one secret in a receipt, and only its hash may be kept: the answer
  // stored for idempotent replay leaves it out, and a replay hands out a new token (the first
  // answer never arrived, or the client would not have retried), whose hash replaces the old.
  const reissueTokenOnReplay: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    if (c.res.status !== 201 || c.res.headers.get('idempotent-replayed') !== 'true') return;
    const stored = (await c.res.json()) as ApplicationReceipt;
    const token = generateStatusToken();
    await store.setStatusTokenHash(stored.id, token.hash);
    c.res = new Response(JSON.stringify({ ...stored, statusToken: token.token }), { status: 201, headers: c.res.headers });
  };

  const guards = [applicationCors(config), rateLimit(deps.rateLimiter, config.trustProxy), jsonBody(), reissueTokenOnReplay, idempotency(deps)];

  const submit: MiddlewareHandler<AppEnv> = async (c) => {
    const project = c.get('project');
    const body = c.get('body');
    const now = config.now();
    const submittedAt = new Date(now).toISOString();

    if (isHoneypot(body)) {
      // Answered like a success so the bot learns nothing; nothing is stored, not even the key.
      c.set('idempotencyStore', false);
      return c.json(receipt({ id: newId('app'), projectId: project.id, submittedAt }, generateStatusToken().token), 201);
    }
    ensureOpen(project, now);

    const parsed = ApplicationInput.safeParse(body);
    if (!parsed.success) throw schemaProblem('Invalid application', parsed.error.issues);
    const input = parsed.data;
    if (input.projectId !== project.id) {
      throw validationProblem('Invalid application', [{ path: 'projectId', message: 'Must be the project in the URL', code: 'invalid_value' }]);
    }
    const answerErrors = checkAnswers(project.questions, input.answers);
    if (answerErrors.length) throw validationProblem('Invalid application', answerErrors);

    const application: Application = {
      id: newId('app'),
      projectId: project.id,
      status: 'received',
      submittedAt,
      applicant: input.applicant,
      ...(input.coverNote?.trim() ? { coverNote: input.coverNote.trim() } : {}),
      answers: normaliseAnswers(input.answers),
      ...(input.availability ? { availability: input.availability } : {}),
      timeline: [{ status: 'received', at: submittedAt }],
    };
    // The token is in this answer and nowhere else: only its hash is stored.
    const statusToken = generateStatusToken();
    const companyId = c.get('company').id;
    const event = applicationEvent('application.received', companyId, application, now);
    await store.insertApplication(application, companyId, { statusTokenHash: statusToken.hash, events: [event] });
    deps.outbox.kick();
    const { statusToken: _secret, ...kept } = receipt(application, statusToken.token);
    c.set('idempotencyBody', JSON.stringify(kept));
    return c.json(receipt(application, statusToken.token), 201);
  };

  app.post('/v1/companies/:company/projects/:id/applications', companyScoped, ...guards, submit);
  app.post('/v1/projects/:id/applications', marketplace, ...guards, submit);
  app.options('/v1/companies/:company/projects/:id/applications', companyScoped, applicationPreflight(config));
  app.options('/v1/projects/:id/applications', marketplace, applicationPreflight(config));
}
