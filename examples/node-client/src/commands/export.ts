import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { toCsv } from '@microintern/core';
import { CSV_HEADER, csvRecord } from '../gig-fields.js';
import { take, type CommandContext } from '../io.js';

/**
 * `export`: the open gigs as CSV, safe to open in a spreadsheet (see `csvField`), written to
 * `--out` or, without it, to standard output for piping.
 *
 * @example
 * ```sh
 * microintern-gigs export --out gigs.csv
 * microintern-gigs export --company forkful | head -3
 * ```
 */
export async function exportCommand({ options, mi, io }: CommandContext): Promise<void> {
  const { items, more } = await take(mi.projects.list({ limit: Math.min(options.limit, 100) }), options.limit);
  const csv = toCsv(CSV_HEADER, items.map((project) => csvRecord(project)));
  if (!options.out) {
    io.out(csv.trimEnd());
    return;
  }
  const path = resolve(io.cwd, options.out);
  await writeFile(path, csv, 'utf8');
  io.out(`Wrote ${items.length} gig${items.length === 1 ? '' : 's'} to ${options.out}${more ? ' (--limit reached; raise it for the rest)' : ''}.`);
}
