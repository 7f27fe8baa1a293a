// The status changes the applicant page offers: exactly the moves core's transition rules allow
// from where the application stands, so the page never offers what the API would refuse.
import { canChangeStatus, type ApplicationStatusChange, type ApplicationStatusName } from '@microintern/core';

/** A status a company can set. */
export type StatusMove = ApplicationStatusChange['status'];

const MOVES: readonly StatusMove[] = ['reviewing', 'accepted', 'declined'];

/**
 * The statuses an application in `from` may move to, in the order the buttons go.
 *
 * @example
 * ```ts
 * statusMoves('received'); // ['reviewing', 'accepted', 'declined']
 * statusMoves('accepted'); // []
 * ```
 */
export function statusMoves(from: ApplicationStatusName): StatusMove[] {
  return MOVES.filter((to) => canChangeStatus(from, to));
}
