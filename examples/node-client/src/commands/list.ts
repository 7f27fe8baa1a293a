import { gigRow, type GigRow } from '../gig-fields.js';
import { take, type CommandContext } from '../io.js';
import { formatTable, type Column } from '../table.js';

const COLUMNS: Column<GigRow>[] = [
  { header: 'TITLE', value: (r) => r.title, maxWidth: 46 },
  { header: 'COMPANY', value: (r) => r.company, maxWidth: 24 },
  { header: 'PAY', value: (r) => r.pay, align: 'right' },
  { header: 'EFFORT', value: (r) => r.effort, align: 'right' },
  { header: 'WINDOW', value: (r) => r.window },
  { header: 'CLOSES', value: (r) => r.closes },
];

/**
 * `list`: the open gigs, newest first, as an aligned table (or JSON with `--json`), with a
 * closing line that says how many there are.
 *
 * @example
 * ```sh
 * microintern-gigs list --company forkful
 * ```
 */
export async function listCommand({ options, mi, io }: CommandContext): Promise<void> {
  const { items, more } = await take(mi.projects.list({ limit: Math.min(options.limit, 100) }), options.limit);
  if (options.json) {
    io.out(JSON.stringify(items, null, 2));
    return;
  }
  if (!items.length) {
    io.out(`No open gigs${options.company ? ` at ${options.company}` : ''} right now.`);
    return;
  }
  io.out(formatTable(items.map((project) => gigRow(project)), COLUMNS));
  const count = `${items.length} open gig${items.length === 1 ? '' : 's'}`;
  io.out(`\n${more ? `First ${count}; --limit shows more.` : `${count}.`}`);
}
