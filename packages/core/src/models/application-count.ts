import * as z from 'zod/mini';
import { Id } from './company.js';
import { APPLICATION_STATUSES, type ApplicationStatusName } from './status-transitions.js';

const Count = z.int().check(z.minimum(0));

// One property per status of the vocabulary, each required: a missing status is an invalid answer.
const StatusCounts = z.object(Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, Count])) as Record<ApplicationStatusName, typeof Count>);

/**
 * How many applications one of a company's projects has had, in all and per status, as
 * `GET /v1/companies/{company}/application-counts` lists them (one per project, open, closed
 * and filled alike). `byStatus` names every status of {@link APPLICATION_STATUSES}, zeros
 * included, and they add up to `total`.
 *
 * @example
 * ```ts
 * const count: ApplicationCount = {
 *   projectId: 'p_123',
 *   total: 3,
 *   byStatus: { received: 1, reviewing: 1, accepted: 1, declined: 0 },
 * };
 * ```
 */
export const ApplicationCount = z
  .object({
    projectId: Id,
    total: Count,
    byStatus: StatusCounts,
  })
  .check(
    z.refine((count) => sumOfStatuses(count.byStatus) === count.total, {
      message: 'total must be the sum of byStatus',
      path: ['total'],
    }),
  );
export type ApplicationCount = z.infer<typeof ApplicationCount>;

/**
 * A project's count with nothing in it: every status at zero. The API starts each project from
 * this and fills in what its database counted.
 *
 * @example
 * ```ts
 * emptyApplicationCount('p_123'); // { projectId: 'p_123', total: 0, byStatus: { received: 0, reviewing: 0, accepted: 0, declined: 0 } }
 * ```
 */
export function emptyApplicationCount(projectId: string): ApplicationCount {
  const byStatus = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<ApplicationStatusName, number>;
  return { projectId, total: 0, byStatus };
}

function sumOfStatuses(byStatus: Record<ApplicationStatusName, number>): number {
  return APPLICATION_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
}
