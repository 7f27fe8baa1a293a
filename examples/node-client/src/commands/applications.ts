import type { Application } from '@microintern/core';
import { localDate } from '../gig-fields.js';
import type { CommandContext } from '../io.js';
import { formatTable, type Column } from '../table.js';

const COLUMNS: Column<Application>[] = [
  { header: 'RECEIVED', value: (a) => localDate(a.submittedAt) },
  { header: 'NAME', value: (a) => a.applicant.name, maxWidth: 28 },
  { header: 'EMAIL', value: (a) => a.applicant.email, maxWidth: 34 },
  { header: 'PROJECT', value: (a) => a.projectId },
  { header: 'STATUS', value: (a) => a.status },
  { header: 'ID', value: (a) => a.id },
];

/**
 * `applications`: what applicants sent to the company (or to one `--project`), oldest first,
 * reading page after page up to `--limit`. Needs the company's secret key.
 *
 * @example
 * ```sh
 * microintern-gigs applications --company forkful --key "$MI_KEY" --project p_123 --json
 * ```
 */
export async function applicationsCommand({ options, mi, io }: CommandContext): Promise<void> {
  const items: Application[] = [];
  let cursor: string | undefined;
  do {
    const page = await mi.applications.list(options.project, { ...(cursor ? { cursor } : {}), limit: Math.min(100, options.limit - items.length) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < options.limit);

  if (options.json) {
    io.out(JSON.stringify(items, null, 2));
    return;
  }
  const scope = options.project ? `project ${options.project}` : options.company;
  if (!items.length) {
    io.out(`No applications for ${scope} yet.`);
    return;
  }
  io.out(formatTable(items, COLUMNS));
  io.out(`\n${items.length} application${items.length === 1 ? '' : 's'} for ${scope}${cursor ? '; --limit shows more' : ''}.`);
}
