// The application statuses and the moves between them, as plain values: the server checks a
// change with `canChangeStatus`, and an element that shows a status needs the list without zod.

/** Every status an application can have, in the order it normally moves through them. */
export const APPLICATION_STATUSES = ['received', 'reviewing', 'accepted', 'declined'] as const;

export type ApplicationStatusName = (typeof APPLICATION_STATUSES)[number];

/**
 * Where each status may move to. `accepted` and `declined` are final: a declined applicant is
 * never reopened (the student was told), and nothing moves back to `received`.
 */
export const STATUS_TRANSITIONS: Readonly<Record<ApplicationStatusName, readonly ApplicationStatusName[]>> = {
  received: ['reviewing', 'accepted', 'declined'],
  reviewing: ['accepted', 'declined'],
  accepted: [],
  declined: [],
};

/**
 * Whether an application in status `from` may move to `to`.
 *
 * @example
 * ```ts
 * canChangeStatus('received', 'reviewing'); // true
 * canChangeStatus('declined', 'received');  // false
 * ```
 */
export function canChangeStatus(from: ApplicationStatusName, to: ApplicationStatusName): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}
