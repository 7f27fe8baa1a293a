// What the builder reads from the chosen source: the company directory (for the company
// choice and the logos' origins) and the gigs a card can show.
import { createClient, createFeedSource, type CompanySummary, type Project } from '@microintern/core';
import type { BuilderState } from './state.js';

/** The companies of the API at `api` (`GET /v1/companies`). */
export async function loadCompanies(api: string, signal: AbortSignal): Promise<CompanySummary[]> {
  return createClient({ baseUrl: api, retry: 0 }).companies.list({ signal });
}

/** Up to 100 gigs of the state's source, for the card's gig choice and the logos' origins. */
export async function loadGigs(state: BuilderState, signal: AbortSignal): Promise<Project[]> {
  const source =
    state.source === 'api'
      ? createClient({ baseUrl: state.api, retry: 0, ...(state.company ? { company: state.company } : {}) }).projects
      : createFeedSource(state.src);
  const page = await source.page({ limit: 100 }, { signal });
  return page.items;
}

/** The origins the gigs' company logos load from, for `img-src`. */
export function logoOrigins(gigs: readonly Project[]): string[] {
  const origins = new Set<string>();
  for (const gig of gigs) {
    if (gig.company.logoUrl) origins.add(new URL(gig.company.logoUrl).origin);
  }
  return [...origins].sort();
}
