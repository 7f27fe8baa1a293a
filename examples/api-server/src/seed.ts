import { effectiveHourly, Project, type Compensation } from '@microintern/core';
import { stableId } from './domain/ids.js';
import { forkful, lumenLedger } from './seed/food-and-finance.js';
import { brightpath, tideline } from './seed/outdoor-and-tutoring.js';
import { greenway, pixelPine } from './seed/bikes-and-studio.js';
import { harborview, quillstack } from './seed/health-and-docs.js';
import type { CompanySeed, GigSeed, SeedPay } from './seed/types.js';
import type { CompanyRecord, Store } from './store/store.js';

/** Every seeded company with its gigs. */
export const SEED_COMPANIES: readonly CompanySeed[] = [forkful, lumenLedger, tideline, brightpath, greenway, pixelPine, harborview, quillstack];

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** The pay band every seeded gig's effective hourly rate stays within, in cents. */
export const SEED_RATE_BAND = { min: 1500, max: 3000 } as const;

function compensation(pay: SeedPay): Compensation {
  const usd = (dollars: number) => ({ amount: Math.round(dollars * 100), currency: 'USD' });
  if ('fixed' in pay) return { kind: 'fixed', amount: usd(pay.fixed) };
  return { kind: 'hourly', min: usd(pay.hourly), ...(pay.upTo !== undefined ? { max: usd(pay.upTo) } : {}) };
}

/** The companies as stored, each allowing its own website plus `extraOrigins` to post applications. */
export function buildSeedCompanies(extraOrigins: readonly string[] = [], now = Date.now()): CompanyRecord[] {
  return SEED_COMPANIES.map((c) => ({
    id: stableId('c', c.slug),
    name: c.name,
    slug: c.slug,
    website: c.website,
    allowedOrigins: [new URL(c.website).origin, ...extraOrigins],
    createdAt: now,
  }));
}

function buildProject(company: CompanySeed, gig: GigSeed, index: number, seedDate: number): Project {
  // Whole hours keep the dates readable; the index staggers gigs posted on the same day so the
  // "newest" order is meaningful and stable.
  const base = Math.floor(seedDate / HOUR) * HOUR;
  const project = {
    id: stableId('p', `${company.slug}/${gig.slug}`),
    slug: gig.slug,
    title: gig.title,
    summary: gig.summary,
    description: gig.description,
    category: gig.category,
    skills: gig.skills,
    compensation: compensation(gig.pay),
    effort: { min: gig.hours[0], max: gig.hours[1] },
    window: gig.window,
    schedule: gig.schedule,
    remote: gig.remote ?? true,
    ...(gig.location ? { location: gig.location } : {}),
    timeZone: company.timeZone,
    ...(gig.overlapHours !== undefined ? { overlapHours: gig.overlapHours } : {}),
    questions: gig.questions ?? [],
    ...(gig.applyInDays !== null ? { applyBy: new Date(base + gig.applyInDays * DAY + 23 * HOUR).toISOString() } : {}),
    spots: gig.spots ?? 1,
    company: { id: stableId('c', company.slug), name: company.name, slug: company.slug, website: company.website },
    postedAt: new Date(base - gig.postedDaysAgo * DAY - (index % 8) * 47 * 60 * 1000).toISOString(),
    status: gig.status ?? 'open',
  };
  // Seed files are code; a typo there should fail loudly at start-up, not produce a gig the
  // client drops as invalid.
  const parsed = Project.safeParse(project);
  if (!parsed.success) throw new Error(`Seed gig ${company.slug}/${gig.slug} is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const rate = effectiveHourly(parsed.data.compensation, parsed.data.effort);
  if (rate.min.amount < SEED_RATE_BAND.min || rate.max.amount > SEED_RATE_BAND.max) {
    throw new Error(`Seed gig ${company.slug}/${gig.slug} pays outside $15–30 an hour`);
  }
  return parsed.data;
}

/**
 * Every seeded project, with dates relative to `seedDate` (posted in the days before it,
 * closing in the days after it). The same date always gives the same projects, ids included.
 *
 * @example
 * ```ts
 * const projects = buildSeedProjects(new Date('2026-03-01T12:00:00Z'));
 * projects.length; // 64
 * ```
 */
export function buildSeedProjects(seedDate: Date): Project[] {
  return SEED_COMPANIES.flatMap((company) => company.gigs.map((gig, index) => buildProject(company, gig, index, seedDate.getTime())));
}

/** Options of {@link seedStore}. */
export interface SeedOptions {
  /** The date the seed is relative to; now by default. */
  now?: Date;
  /** Origins every seeded company accepts applications from (the example pages' origin). */
  origins?: readonly string[];
}

/**
 * Fills an empty store with the fictional companies and their gigs. It does not create keys:
 * use the admin command (`create-key --company forkful`) to get one.
 *
 * @example
 * ```ts
 * if (await store.isEmpty()) await seedStore(store, { origins: ['http://localhost:8787'] });
 * ```
 */
export async function seedStore(store: Store, options: SeedOptions = {}): Promise<{ companies: number; projects: number }> {
  const now = options.now ?? new Date();
  const companies = buildSeedCompanies(options.origins, now.getTime());
  for (const company of companies) {
    if ((await store.createCompany(company)) !== 'ok') throw new Error(`Seed company ${company.slug} already exists`);
  }
  const projects = buildSeedProjects(now);
  for (const project of projects) {
    if ((await store.insertProject(project)) !== 'ok') throw new Error(`Seed project ${project.slug} clashes`);
  }
  return { companies: companies.length, projects: projects.length };
}
