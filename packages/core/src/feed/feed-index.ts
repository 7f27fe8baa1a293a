import { effectiveHourly } from '../rates/effective-hourly.js';
import type { Project, ProjectStatus } from '../models/project.js';

/**
 * A project with everything a query reads worked out once at load time, so that filtering and
 * sorting a page never re-normalises text or re-computes rates.
 */
export interface IndexedProject {
  readonly project: Project;
  /** Folded title, summary, skills and company name, separated so terms cannot span fields. */
  readonly text: string;
  /** Folded skills, for the `skills` filter. */
  readonly skills: ReadonlySet<string>;
  /** `postedAt` in epoch milliseconds. */
  readonly posted: number;
  /** `applyBy` in epoch milliseconds; `undefined` when the gig has no deadline. */
  readonly deadline: number | undefined;
  /** Best and worst effective hourly rate in minor units (currency ignored: see `pay` sort). */
  readonly rateMax: number;
  readonly rateMin: number;
}

/**
 * Folds text for matching: Unicode NFD, combining marks removed, lower case, so `Café` and
 * `cafe` match.
 *
 * @example
 * ```ts
 * foldText('Résumé Café'); // "resume cafe"
 * ```
 */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Works out the derived fields of one valid project.
 *
 * @example
 * ```ts
 * const entries = projects.map(indexProject);
 * ```
 */
export function indexProject(project: Project): IndexedProject {
  const rate = effectiveHourly(project.compensation, project.effort);
  // Fields are joined with a unit separator, which query terms never contain, so a term cannot
  // match across the end of one field and the start of the next.
  const text = [project.title, project.summary, ...project.skills, project.company.name].map(foldText).join('\u001f');
  return {
    project,
    text,
    skills: new Set(project.skills.map((s) => foldText(s.trim()))),
    posted: Date.parse(project.postedAt),
    deadline: project.applyBy === undefined ? undefined : Date.parse(project.applyBy),
    rateMax: rate.max.amount,
    rateMin: rate.min.amount,
  };
}

/**
 * The status a reader should see at `now`. A static file is written once and goes stale: a gig
 * marked `open` whose `applyBy` has passed no longer takes applications, so it counts as
 * `closed` for filtering and is returned with that status.
 *
 * @example
 * ```ts
 * statusAt(entry, Date.parse('2027-01-01T00:00:00Z')); // "closed" once applyBy has passed
 * ```
 */
export function statusAt(entry: IndexedProject, now: number): ProjectStatus {
  const { status } = entry.project;
  return status === 'open' && entry.deadline !== undefined && entry.deadline < now ? 'closed' : status;
}

/**
 * The project as a reader should see it at `now` (a copy only when its status changed).
 *
 * @example
 * ```ts
 * const items = page.map((entry) => projectAt(entry, Date.now()));
 * ```
 */
export function projectAt(entry: IndexedProject, now: number): Project {
  const status = statusAt(entry, now);
  return status === entry.project.status ? entry.project : { ...entry.project, status };
}
