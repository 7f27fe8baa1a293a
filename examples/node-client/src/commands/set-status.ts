import { localDate } from '../gig-fields.js';
import type { CommandContext } from '../io.js';

/**
 * `set-status`: moves one application along (`reviewing`, then `accepted` or `declined`), with
 * an optional message the applicant reads on their status link, and prints its timeline. The
 * API refuses a move its rules do not allow (nothing leaves `declined`) with a 409, printed as
 * one sentence. The request carries an idempotency key, so a retry never adds the entry twice.
 *
 * @example
 * ```sh
 * microintern-gigs set-status --company forkful --key "$MI_KEY" --application app_123 --status accepted --message "Kick-off is Saturday at 10:00."
 * ```
 */
export async function setStatusCommand({ options, mi, io }: CommandContext): Promise<void> {
  const application = await mi.applications.setStatus(options.application!, {
    status: options.status!,
    ...(options.message !== undefined ? { message: options.message } : {}),
  });
  if (options.json) {
    io.out(JSON.stringify(application, null, 2));
    return;
  }
  io.out(`${application.applicant.name}'s application ${application.id} is now ${application.status}.`);
  for (const entry of application.timeline ?? []) {
    io.out(`  ${localDate(entry.at)}  ${entry.status.padEnd(9)}${entry.message ? `  ${entry.message}` : ''}`);
  }
}
