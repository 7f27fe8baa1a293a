import type { FieldIssue } from '../errors/mi-input-error.js';

/** The subset of a zod issue this module reads. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: string;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
}

// zod/mini ships no message catalog (it would cost bytes in every widget), so its built-in
// messages are a bare "Invalid input". Schema-specific messages are kept; the generic ones are
// rewritten here into something a person can act on.
function describe(issue: SchemaIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const { minimum, maximum, origin } = issue;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === undefined ? 'Wrong type' : `Expected ${String(issue.expected)}`;
    case 'too_small':
      if (origin === 'string') return minimum === 1 ? 'Required' : `Must be at least ${String(minimum)} characters`;
      if (origin === 'array') return `Needs at least ${String(minimum)} item${minimum === 1 ? '' : 's'}`;
      return `Must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(minimum)}`;
    case 'too_big':
      if (origin === 'string') return `Must be at most ${String(maximum)} characters`;
      if (origin === 'array') return `At most ${String(maximum)} items`;
      return `Must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(maximum)}`;
    case 'invalid_value':
      return issue.values?.length ? `Must be one of: ${issue.values.map(String).join(', ')}` : 'Not an allowed value';
    case 'invalid_format':
      return 'Wrong format';
    case 'invalid_union':
      return 'Does not match any allowed shape';
    case 'invalid_key':
      return 'Invalid key';
    default:
      return 'Invalid value';
  }
}

/**
 * Converts zod issues to dotted-path {@link FieldIssue}s with readable messages. An unknown
 * field becomes one issue at that field's path.
 */
export function toFieldIssues(issues: readonly SchemaIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      for (const key of issue.keys) out.push({ path: [...base, key].join('.'), message: 'Unknown field', code: issue.code });
      continue;
    }
    out.push({ path: base.join('.'), message: describe(issue), ...(issue.code ? { code: issue.code } : {}) });
  }
  return out;
}
