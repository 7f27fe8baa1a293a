import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.js';
import { publicPreflight } from '../http/cors.js';
import { publicRead } from '../http/public-cache.js';

/**
 * `GET /v1/companies`: the directory of companies with their open-gig counts, for a campus
 * career site that lets students pick an employer. Allow-lists and keys never leave the store.
 */
export function companyRoutes(app: Hono<AppEnv>, { store, readCache }: AppDeps): void {
  app.get('/v1/companies', ...publicRead(readCache), async (c) => c.json(await store.listCompanies()));
  app.options('/v1/companies', publicPreflight);
}
