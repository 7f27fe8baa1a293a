// The items of a feed that `readProjectQuickly` doubted, checked by the Project schema. Imported
// lazily by feed-data.ts, with zod: a feed whose items all pass the quick path never loads it.
import type { FieldIssue } from '../errors/mi-input-error.js';
import type { InvalidItem } from '../models/page.js';
import { Project } from '../models/project.js';
import { validateItem } from '../models/validate-items.js';
import type { PlacedItem, PlacedProject } from './feed-data.js';

/**
 * The issue a feed reader reports for an optional field it left out of a gig it kept (an unsafe
 * company logo or website): the rule the value broke, and what became of it. Such issues make up
 * the `severity: 'warning'` entries of `skipped`.
 *
 * @example
 * ```ts
 * droppedField('company.logoUrl', 'Must be an http:// or https:// address');
 * // { path: 'company.logoUrl', message: 'Must be …; left out, the gig is shown without it', code: 'dropped_field' }
 * ```
 */
export function droppedField(path: string, message: string): FieldIssue {
  return { path, message: `${message}; left out, the gig is shown without it`, code: 'dropped_field' };
}

/** The optional URL fields of a project: a bad value there costs the field, not the gig. */
const OPTIONAL_URLS = ['company.logoUrl', 'company.website'];

// `value` without the optional URL fields that `issues` name, when those are all that is wrong
// with it; otherwise undefined, and the item is left out as before.
function withoutBadUrls(value: unknown, issues: readonly FieldIssue[]): unknown {
  if (!issues.every((issue) => OPTIONAL_URLS.includes(issue.path))) return undefined;
  const item = value as Record<string, unknown>;
  const company = { ...(item['company'] as Record<string, unknown>) };
  for (const { path } of issues) delete company[path.slice('company.'.length)];
  return { ...item, company };
}

/**
 * Checks each doubted item with `Project`. One whose only faults are unsafe optional URLs
 * (`company.logoUrl`, `company.website`) is kept without them and reported as a warning; any
 * other fault leaves the item out, reported with its issues.
 *
 * @example
 * ```ts
 * const { found, skipped } = readDoubtful([{ value: item, index: 3 }]);
 * ```
 */
export function readDoubtful(items: readonly PlacedItem[]): { found: PlacedProject[]; skipped: InvalidItem[] } {
  const found: PlacedProject[] = [];
  const skipped: InvalidItem[] = [];
  for (const { value, index } of items) {
    const checked = validateItem(value, index, Project);
    if ('valid' in checked) {
      found.push({ project: checked.valid, index });
      continue;
    }
    const { issues } = checked.invalid;
    const kept = withoutBadUrls(value, issues);
    const again = kept === undefined ? undefined : validateItem(kept, index, Project);
    if (again && 'valid' in again) {
      found.push({ project: again.valid, index });
      skipped.push({ ...checked.invalid, issues: issues.map((issue) => droppedField(issue.path, issue.message)), severity: 'warning' });
    } else skipped.push(checked.invalid);
  }
  return { found, skipped };
}
