import { toFieldIssues, type SchemaIssue } from './issues.js';
import type { InvalidItem } from './page.js';

// Validation of list items one by one. `validateItems` is public (re-exported by page.ts);
// `validateItem` serves the feed readers, which place each item themselves.

/** What {@link validateItems} needs of a schema: zod's `safeParse`. */
type ItemSchema<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
};

/**
 * Validates one item of a list: the parsed item, or the {@link InvalidItem} that reports it at
 * `index`. `quick` is tried first, as in {@link validateItems}.
 */
export function validateItem<T>(item: unknown, index: number, schema: ItemSchema<T>, quick?: (value: unknown) => T | undefined): { valid: T } | { invalid: InvalidItem } {
  const fast = quick?.(item);
  if (fast !== undefined) return { valid: fast };
  const result = schema.safeParse(item);
  if (result.success) return { valid: result.data };
  const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
  return { invalid: { index, ...(id !== undefined ? { id } : {}), issues: toFieldIssues(result.error.issues) } };
}

/**
 * Validates each item of a list on its own: valid items are returned, invalid ones are reported
 * with their index, id and issues instead of failing the whole list. `quick`, when given, is
 * tried first for each item (such as `readProjectQuickly` for `Project`): what it returns is
 * taken as the parsed item, and when it returns `undefined` the schema decides.
 *
 * @example
 * ```ts
 * const { items, skipped } = validateItems(json.items, Project, readProjectQuickly);
 * ```
 */
export function validateItems<T>(items: readonly unknown[], schema: ItemSchema<T>, quick?: (value: unknown) => T | undefined): { items: T[]; skipped: InvalidItem[] } {
  const valid: T[] = [];
  const skipped: InvalidItem[] = [];
  items.forEach((item, index) => {
    const checked = validateItem(item, index, schema, quick);
    if ('valid' in checked) valid.push(checked.valid);
    else skipped.push(checked.invalid);
  });
  return { items: valid, skipped };
}
