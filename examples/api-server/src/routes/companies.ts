import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.js';
import { publicPreflight } from '../http/cors.js';
import { validationProblem } from '../http/problem.js';
import { publicRead } from '../http/public-cache.js';

/**
 * `GET /v1/companies`: the directory of companies with their open-gig counts, for a campus
 * career site that lets students pick an employer. Allow-lists and keys never leave the store.
 * It takes no query parameters; like the project lists, it refuses one it does not know with a
 * 422 naming it rather than quietly ignoring a filter the caller thinks it applied.
 */
export function companyRoutes(app: Hono<AppEnv>, { store, readCache }: AppDeps): void {
  app.get('/v1/companies', ...publicRead(readCache), async (c) => {
    const unknown = Object.keys(c.req.queries());
    if (unknown.length) throw validationProblem('Invalid query', unknown.map((path) => ({ path, message: 'Unknown field' })));
    return c.json(await store.listCompanies());
  });
  app.options('/v1/companies', publicPreflight);
}
