// Checks the form's reading with the same schemas the client and the API use (core's
// `ProjectInput` for a new gig, `ProjectPatch` for the change to a posted one) and turns what
// they find, and what the server's 422 says, into one message per field path.
import { ProjectInput, ProjectPatch, type SchemaIssue } from '@microintern/core';
import type { Lang } from '../locale.js';
import { changeOf, type GigReading } from './gig-model.js';
import { issueText, problemText, serverText } from './issue-text.js';

/** One message per field, by dotted model path (`compensation.min`, `questions.0.options`). */
export type FieldErrors = Record<string, string>;

/** A checked value ready to send, or the errors to show. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Whether `path` is `prefix` or inside it. */
const within = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/** The reading's own problems first; a schema issue at or inside one of them says the same again and is dropped. */
function errorsOf(reading: GigReading, issues: readonly SchemaIssue[], lang: Lang): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, problem] of Object.entries(reading.problems)) errors[path] = problemText(problem, lang);
  const read = Object.keys(reading.problems);
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (read.some((prefix) => within(path, prefix)) || errors[path]) continue;
    errors[path] = issueText(issue, valueAt(reading.fields, issue.path), lang);
  }
  return errors;
}

/**
 * Checks a new gig: `ProjectInput` with the reading's problems.
 *
 * @example
 * ```ts
 * const checked = checkNewGig(readGigForm(form, where), 'en');
 * if (checked.ok) await ctx.client.projects.create(checked.value);
 * ```
 */
export function checkNewGig(reading: GigReading, lang: Lang): Checked<ProjectInput> {
  const result = ProjectInput.safeParse(reading.fields);
  if (result.success && Object.keys(reading.problems).length === 0) return { ok: true, value: result.data };
  return { ok: false, errors: errorsOf(reading, result.success ? [] : result.error.issues, lang) };
}

/**
 * Checks the change to a posted gig: the whole form with `ProjectInput` (so every field shows
 * its error), then the changed fields only as a `ProjectPatch`. A field the gig had and the
 * form emptied is an error: a patch leaves out what it does not change.
 *
 * @example
 * ```ts
 * const checked = checkGigChange(readGigForm(form, where), baseline, 'en');
 * if (checked.ok) await ctx.client.projects.update(id, checked.value);
 * ```
 */
export function checkGigChange(reading: GigReading, baseline: GigReading, lang: Lang): Checked<ProjectPatch> {
  const whole = checkNewGig(reading, lang);
  if (!whole.ok) return whole;
  const { patch, cleared } = changeOf(reading, baseline);
  if (cleared.length) return { ok: false, errors: Object.fromEntries(cleared.map((path) => [path, problemText({ kind: 'cannot-clear' }, lang)])) };
  const result = ProjectPatch.safeParse(patch);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: errorsOf({ ...reading, problems: {} }, result.error.issues, lang) };
}

/**
 * The server's field errors (a 422's `fieldErrors`) in the console's language.
 *
 * @example
 * ```ts
 * serverErrors({ slug: 'Another project of this company already uses this slug' }, 'en'); // { slug: 'Another of your gigs already uses this address.' }
 * ```
 */
export function serverErrors(fieldErrors: Record<string, string>, lang: Lang): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).map(([path, message]) => [path, serverText(message, lang)]));
}
