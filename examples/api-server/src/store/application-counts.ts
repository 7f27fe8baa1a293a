import type { Kysely } from 'kysely';
import { emptyApplicationCount, type ApplicationCount, type ApplicationStatus } from '@microintern/core';
import type { Database } from './schema.js';

/**
 * How many applications each of a company's projects has, per status, in one grouped query:
 * the projects are the left side of the join, so a project nobody applied to yet still has its
 * row (a `NULL` status with a count of 0) and gets a count of zeros. Every project counts,
 * whatever its status; newest first, like a project list's default order.
 */
export async function countByProject(db: Kysely<Database>, companyId: string): Promise<ApplicationCount[]> {
  const rows = await db
    .selectFrom('projects')
    .leftJoin('applications', (join) =>
      join.onRef('applications.project_id', '=', 'projects.id').onRef('applications.company_id', '=', 'projects.company_id'),
    )
    .select(['projects.id as project_id', 'applications.status'])
    .select((eb) => eb.fn.count<number | string>('applications.id').as('n'))
    .where('projects.company_id', '=', companyId)
    .groupBy(['projects.id', 'projects.posted_at', 'applications.status'])
    .orderBy('projects.posted_at', 'desc')
    .orderBy('projects.id')
    .execute();

  const counts = new Map<string, ApplicationCount>();
  for (const row of rows) {
    let count = counts.get(row.project_id);
    if (!count) counts.set(row.project_id, (count = emptyApplicationCount(row.project_id)));
    // PostgreSQL's count is a bigint, which pg hands over as a string.
    const n = Number(row.n);
    if (row.status === null || n === 0) continue;
    const status = row.status as ApplicationStatus;
    count.byStatus[status] = (count.byStatus[status] ?? 0) + n;
    count.total += n;
  }
  return [...counts.values()];
}
