// The gigs table's rows: the company's gigs joined with their application counts, in the order
// a company works through them (what is open and closing soonest first).
import type { ApplicationCount, Project } from '@microintern/core';

/** One row of the gigs table. */
export interface GigRow {
  project: Project;
  /** Applications of every status. */
  total: number;
  /** Applications nobody has looked at yet (`received`). */
  awaitingReview: number;
}

const STATUS_ORDER: Record<Project['status'], number> = { open: 0, closed: 1, filled: 2 };

/**
 * Joins `projects` with `counts` (a gig missing from the counts has none) and sorts them: open
 * gigs first, soonest deadline first and those without one after; then closed, then filled;
 * newest first within the same standing.
 *
 * @example
 * ```ts
 * const rows = gigRows(await collectPages(...), await mi.applications.counts());
 * rows[0].project.status; // 'open'
 * ```
 */
export function gigRows(projects: readonly Project[], counts: readonly ApplicationCount[]): GigRow[] {
  const byProject = new Map(counts.map((count) => [count.projectId, count]));
  return projects
    .map((project) => {
      const count = byProject.get(project.id);
      return { project, total: count?.total ?? 0, awaitingReview: count?.byStatus.received ?? 0 };
    })
    .sort((a, b) => compareGigs(a.project, b.project));
}

function compareGigs(a: Project, b: Project): number {
  const standing = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (standing !== 0) return standing;
  if (a.status === 'open') {
    const deadline = deadlineMs(a) - deadlineMs(b);
    if (deadline !== 0) return deadline;
  }
  return Date.parse(b.postedAt) - Date.parse(a.postedAt) || a.title.localeCompare(b.title);
}

function deadlineMs(project: Project): number {
  return project.applyBy ? Date.parse(project.applyBy) : Number.POSITIVE_INFINITY;
}
