import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.js';
import { publicPreflight } from '../http/cors.js';
import { notFound } from '../http/problem.js';
import { readProjectListQuery } from '../http/project-list-query.js';
import { publicRead } from '../http/public-cache.js';

/**
 * Public project reads, for one company and for the marketplace across all of them:
 *
 * - `GET /v1/projects`, `GET /v1/companies/{company}/projects`: a page of projects with
 *   `{ items, nextCursor, total, facets }`;
 * - `GET /v1/projects/{idOrSlug}`, `GET /v1/companies/{company}/projects/{idOrSlug}`: one
 *   project. Ids are global; a slug is unique only within its company, so the marketplace route
 *   resolves a shared slug to the company whose slug sorts first (link with ids to be exact).
 */
export function projectReadRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, cursors } = deps;

  async function companyIdFrom(c: Context<AppEnv>): Promise<string> {
    const company = await store.findCompany(c.req.param('company') ?? '');
    if (!company) throw notFound('Company not found');
    return company.id;
  }

  async function list(c: Context<AppEnv>, companyId: string | undefined): Promise<Response> {
    const { search, binding } = readProjectListQuery(new URL(c.req.url).searchParams, companyId, cursors);
    const result = await store.searchProjects(search);
    return c.json({
      items: result.items,
      nextCursor: result.next ? cursors.encode(result.next, binding) : null,
      total: result.total,
      facets: result.facets,
    });
  }

  async function one(c: Context<AppEnv>, companyId: string | undefined): Promise<Response> {
    const project = await store.findProject(c.req.param('idOrSlug') ?? '', companyId);
    if (!project) throw notFound('Project not found');
    return c.json(project);
  }

  app.get('/v1/projects', ...publicRead(deps.readCache), (c) => list(c, undefined));
  app.get('/v1/projects/:idOrSlug', ...publicRead(deps.readCache), (c) => one(c, undefined));
  app.get('/v1/companies/:company/projects', ...publicRead(deps.readCache), async (c) => list(c, await companyIdFrom(c)));
  app.get('/v1/companies/:company/projects/:idOrSlug', ...publicRead(deps.readCache), async (c) => one(c, await companyIdFrom(c)));

  for (const path of ['/v1/projects', '/v1/projects/:idOrSlug', '/v1/companies/:company/projects', '/v1/companies/:company/projects/:idOrSlug']) {
    app.options(path, publicPreflight);
  }
}
