import type { Context, Hono } from 'hono';
import { Project, ProjectInput, ProjectPatch } from '@microintern/core';
import { newId } from '../domain/ids.js';
import { slugCandidates, slugify } from '../domain/slug.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { idempotency } from '../http/idempotency.js';
import { jsonBody } from '../http/json-body.js';
import { notFound, ProblemError, schemaProblem, validationProblem } from '../http/problem.js';
import { noStore } from '../http/public-cache.js';
import { requireSecretKey } from '../http/secret-key-auth.js';
import type { CompanyRecord } from '../store/store.js';

function slugTaken(): ProblemError {
  return validationProblem('Invalid project', [{ path: 'slug', message: 'Another project of this company already uses this slug', code: 'slug_taken' }]);
}

/** The public company object embedded in a project (no allow-list). */
function publicCompany(company: CompanyRecord): Project['company'] {
  const { allowedOrigins: _origins, createdAt: _created, ...rest } = company;
  return rest;
}

/** Re-validates a whole project after a change, so a patch cannot leave it inconsistent (effort max below min). */
function checkProject(project: Project): Project {
  const result = Project.safeParse(project);
  if (!result.success) throw schemaProblem('Invalid project', result.error.issues);
  return result.data;
}

/**
 * Secret-key project writes (server side only; no CORS):
 *
 * - `POST /v1/companies/{company}/projects`: `ProjectInput` → 201 `Project`. Without a slug, one
 *   is made from the title, with `-2`, `-3`… when the company already uses it.
 * - `PATCH /v1/companies/{company}/projects/{id}`: `ProjectPatch` (top-level fields replace
 *   the old ones) → `Project`.
 * - `POST /v1/companies/{company}/projects/{id}/close` → the project, now closed. Closing a
 *   closed or filled project changes nothing.
 */
export function projectWriteRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, config, readCache } = deps;
  const auth = requireSecretKey(deps);

  async function existing(c: Context<AppEnv>): Promise<Project> {
    const project = await store.findProject(c.req.param('id') ?? '', c.get('company').id);
    if (!project) throw notFound('Project not found');
    return project;
  }

  async function save(project: Project): Promise<void> {
    const outcome = await store.updateProject(project);
    if (outcome === 'slug-taken') throw slugTaken();
    if (outcome === 'missing') throw notFound('Project not found');
    readCache.clear();
  }

  app.post('/v1/companies/:company/projects', auth, noStore, jsonBody(), idempotency(deps), async (c) => {
    const parsed = ProjectInput.safeParse(c.get('body'));
    if (!parsed.success) throw schemaProblem('Invalid project', parsed.error.issues);
    const { slug, ...input } = parsed.data;
    const company = c.get('company');
    const base = checkProject({
      ...input,
      id: newId('p'),
      slug: slug ?? slugify(input.title),
      description: input.description ?? '',
      skills: input.skills ?? [],
      questions: input.questions ?? [],
      spots: input.spots ?? 1,
      company: publicCompany(company),
      postedAt: new Date(config.now()).toISOString(),
      status: 'open',
    });
    // A slug the caller chose is theirs to fix; a derived one is made unique here.
    for (const candidate of slug ? [slug] : slugCandidates(base.slug)) {
      const project = { ...base, slug: candidate };
      if ((await store.insertProject(project)) === 'ok') {
        readCache.clear();
        c.header('Location', `/v1/companies/${company.slug}/projects/${project.id}`);
        return c.json(project, 201);
      }
    }
    throw slugTaken();
  });

  app.patch('/v1/companies/:company/projects/:id', auth, noStore, jsonBody(), idempotency(deps), async (c) => {
    const parsed = ProjectPatch.safeParse(c.get('body'));
    if (!parsed.success) throw schemaProblem('Invalid project', parsed.error.issues);
    const project = checkProject({ ...(await existing(c)), ...parsed.data });
    await save(project);
    return c.json(project);
  });

  app.post('/v1/companies/:company/projects/:id/close', auth, noStore, jsonBody(true), idempotency(deps), async (c) => {
    const project = await existing(c);
    if (project.status !== 'open') return c.json(project);
    const closed: Project = { ...project, status: 'closed' };
    await save(closed);
    return c.json(closed);
  });
}
