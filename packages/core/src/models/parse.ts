import { MiInputError } from '../errors/mi-input-error.js';
import { toFieldIssues, type SchemaIssue } from './issues.js';

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/**
 * Parses `value` with `schema` or throws an {@link MiInputError} naming every invalid field.
 * Used at the edge of every public function that takes structured input.
 *
 * @example
 * ```ts
 * const input = parseOrThrow(ApplicationInput, formData, 'Invalid application');
 * ```
 */
export function parseOrThrow<T>(schema: Schema<T>, value: unknown, what = 'Invalid input'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toFieldIssues(result.error.issues);
  const first = issues[0];
  const where = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'invalid';
  throw new MiInputError(`${what} (${where}${issues.length > 1 ? ` and ${issues.length - 1} more` : ''})`, issues);
}
