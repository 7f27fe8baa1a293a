import { type FieldIssue, isMiInputError } from '../errors/mi-input-error.js';
import { readJobPosting } from '../jsonld/from-job-posting.js';
import type { InvalidItem } from '../models/page.js';
import { validateItem } from '../models/validate-items.js';
import { Project } from '../models/project.js';
import { readProjectQuickly } from '../models/project-quick.js';
import type { PlacedItem, PlacedProject, ReadFeedOptions } from './feed-data.js';



// The best name for a posting that could not be read, so the report can point at it.
function postingId(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { identifier, '@id': id } = value as { identifier?: unknown; '@id'?: unknown };
  if (typeof identifier === 'string') return identifier;
  if (identifier && typeof identifier === 'object') {
    const inner = (identifier as { value?: unknown }).value;
    if (typeof inner === 'string' || typeof inner === 'number') return String(inner);
  }
  return typeof id === 'string' ? id : undefined;
}

/**
 * Maps `JobPosting` JSON-LD items to projects through `fromJobPosting`. A posting it refuses
 * (an `MiInputError`) becomes a skipped entry carrying that error's issues; any other error is
 * a defect and is not hidden. A posting kept without an unsafe logo or website also gets an
 * entry, with `severity: 'warning'`.
 *
 * @example
 * ```ts
 * const { found, skipped } = readJsonLd([{ value: posting, index: 0 }], { fallbackCurrency: 'USD' });
 * ```
 */
export function readJsonLd(
  items: readonly PlacedItem[],
  options: ReadFeedOptions,
): { found: PlacedProject[]; skipped: InvalidItem[] } {
  const found: PlacedProject[] = [];
  const skipped: InvalidItem[] = [];
  const mapOptions = {
    ...(options.fallbackCurrency === undefined ? {} : { fallbackCurrency: options.fallbackCurrency }),
    ...(options.now === undefined ? {} : { now: options.now }),
  };
  for (const { value, index } of items) {
    let mapped: unknown;
    let dropped: FieldIssue[];
    try {
      ({ project: mapped, dropped } = readJobPosting(value, mapOptions));
    } catch (error) {
      if (!isMiInputError(error)) throw error;
      const id = postingId(value);
      const issues = error.issues.length > 0 ? error.issues : [{ path: '', message: error.message }];
      skipped.push({ index, ...(id === undefined ? {} : { id }), issues });
      continue;
    }
    // Checked again against the feed's own schema: whatever a mapper returns, the feed only ever
    // hands out projects that pass `Project`.
    const checked = validateItem(mapped, index, Project, readProjectQuickly);
    if (!('valid' in checked)) {
      skipped.push(checked.invalid);
      continue;
    }
    found.push({ project: checked.valid, index });
    // Kept without the unsafe logo or website it gave: said as a warning, not a skipped item.
    if (dropped.length) skipped.push({ index, id: checked.valid.id, issues: dropped, severity: 'warning' });
  }
  return { found, skipped };
}
