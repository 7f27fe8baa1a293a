// A quick path for the most common case of validation: a well-formed project.
//
// zod/mini interprets its schemas (the widgets run it without its `new Function` JIT, which a
// strict CSP forbids), and a whole Project costs it about 10 µs: 1,000 items of a feed took
// ~13 ms warm and ~75 ms on a page's first call. `readProjectQuickly` checks the same rules
// with plain code and builds the same output (a fresh object with only the schema's keys, in the
// schema's order). Where the schema's own issues are wanted (the client's `skipped` list, a
// feed's report), anything it refuses goes to the zod schema, which stays the one definition.
// A property test feeds both thousands of valid and broken projects and checks that the quick
// path accepts exactly what `Project` accepts and returns what `Project` does, so code that must
// not load zod (the JSON-LD writer) can take its verdict: `checkProject`.
//
// It imports no zod, so the board's first load and the client's read path carry none.
import { isSafeUrl } from './safe-url.js';
import { isTimeZone } from './time-zone.js';
import { ANY_CASE_COUNTRY_PATTERN, COUNTRY_PATTERN, DATE_TIME_PATTERN, DURATION_PATTERN, ID_PATTERN, SLUG_PATTERN } from './patterns.js';
import type { ProjectQuery } from './query.js';
import { CheckFailure, at, bool, checkOrThrow, readCompensation, readEffort, fail, int, list, num, obj, oneOf, optional, str, type Obj } from './plain-checks.js';
import type { Project } from './project.js';
import { CATEGORIES, MAX_PAGE_SIZE, MAX_REMOTE_COUNTRIES, PROJECT_SORTS, PROJECT_STATUSES, QUESTION_KINDS, SCHEDULES } from './vocabulary.js';

const dateTime = (value: unknown, path: string) => str(value, path, 0, Infinity, DATE_TIME_PATTERN, 'an ISO 8601 date and time with an offset');

function safeUrl(value: unknown, path: string): string {
  const url = str(value, path, 0, 2048);
  if (!isSafeUrl(url)) fail(path, 'Must be an http:// or https:// address');
  return url;
}

const COUNTRY = 'an ISO 3166-1 alpha-2 country code';

function location(value: unknown, path: string): Obj {
  const l = obj(value, path);
  const out: Obj = {};
  optional(l, out, 'city', path, (v, p) => str(v, p, 0, 120));
  optional(l, out, 'region', path, (v, p) => str(v, p, 0, 120));
  optional(l, out, 'country', path, (v, p) => str(v, p, 0, Infinity, COUNTRY_PATTERN, COUNTRY));
  return out;
}

// `true`, `false` or `{ countries }`: codes in either case, written in capitals, each once.
function remote(value: unknown): boolean | Obj {
  if (typeof value === 'boolean') return value;
  const path = 'remote.countries';
  const countries = list(obj(value, 'remote')['countries'], path, MAX_REMOTE_COUNTRIES, (v, p) => str(v, p, 0, Infinity, ANY_CASE_COUNTRY_PATTERN, COUNTRY).toUpperCase());
  if (!countries[0] || new Set(countries).size < countries.length) fail(path, 'Must list one or more countries, each once');
  return { countries };
}

const option = (value: unknown, path: string) => str(value, path, 1, 120);
const skill = (value: unknown, path: string) => str(value, path, 1, 40);

function question(value: unknown, path: string): Obj {
  const q = obj(value, path);
  const out: Obj = {
    id: str(q['id'], at(path, 'id'), 0, Infinity, ID_PATTERN),
    label: str(q['label'], at(path, 'label'), 1, 300),
    kind: oneOf(q['kind'], at(path, 'kind'), QUESTION_KINDS),
    required: bool(q['required'], at(path, 'required')),
  };
  optional(q, out, 'options', path, (v, p) => list(v, p, 20, option));
  optional(q, out, 'maxLength', path, (v, p) => int(v, p, 1, 4000));
  if (out['kind'] === 'choice' && ((out['options'] as unknown[] | undefined)?.length ?? 0) < 2) fail(at(path, 'options'), 'A choice question needs at least two options');
  return out;
}

function company(value: unknown, path: string): Obj {
  const c = obj(value, path);
  const out: Obj = {
    id: str(c['id'], at(path, 'id'), 0, Infinity, ID_PATTERN),
    name: str(c['name'], at(path, 'name'), 1, 120),
    slug: str(c['slug'], at(path, 'slug'), 0, 80, SLUG_PATTERN),
  };
  optional(c, out, 'logoUrl', path, safeUrl);
  optional(c, out, 'website', path, safeUrl);
  return out;
}

function timeZone(value: unknown, path: string): string {
  if (!isTimeZone(value)) fail(path, 'Must be an IANA time zone such as America/New_York');
  return value;
}

function project(value: unknown): Obj {
  const p = obj(value, '');
  // Keys in the order of the Project schema, as zod writes its output.
  const out: Obj = {
    id: str(p['id'], 'id', 0, Infinity, ID_PATTERN),
    slug: str(p['slug'], 'slug', 0, 80, SLUG_PATTERN),
    title: str(p['title'], 'title', 1, 120),
    summary: str(p['summary'], 'summary', 1, 300),
    description: str(p['description'], 'description', 0, 10_000),
    category: oneOf(p['category'], 'category', CATEGORIES),
    skills: list(p['skills'], 'skills', 20, skill),
    compensation: readCompensation(p['compensation'], 'compensation'),
    effort: readEffort(p['effort'], 'effort'),
    window: str(p['window'], 'window', 0, 40, DURATION_PATTERN),
    schedule: oneOf(p['schedule'], 'schedule', SCHEDULES),
    remote: remote(p['remote']),
  };
  optional(p, out, 'location', '', location);
  optional(p, out, 'timeZone', '', timeZone);
  optional(p, out, 'overlapHours', '', (v, path) => num(v, path, 0, 40, true));
  out['questions'] = list(p['questions'], 'questions', 10, question);
  optional(p, out, 'applyBy', '', dateTime);
  out['spots'] = int(p['spots'], 'spots', 1, 1000);
  out['company'] = company(p['company'], 'company');
  out['postedAt'] = dateTime(p['postedAt'], 'postedAt');
  out['status'] = oneOf(p['status'], 'status', PROJECT_STATUSES);
  return out;
}

/**
 * The project `value` describes, when it is certainly a valid {@link Project}: the same object
 * `Project.safeParse(value).data` would be. `undefined` when the quick check is not sure; then
 * run `Project` itself. Used by {@link validateItems} for lists of projects.
 *
 * @example
 * ```ts
 * const project = readProjectQuickly(json) ?? Project.parse(json);
 * ```
 */
export function readProjectQuickly(value: unknown): Project | undefined {
  try {
    return project(value) as Project;
  } catch (error) {
    if (error instanceof CheckFailure) return undefined;
    throw error;
  }
}

/**
 * `value` as a valid {@link Project}, checked without zod, or an `MiInputError` naming the first
 * field that breaks the model's rules. The same verdict as `Project`, with briefer issues.
 *
 * @example
 * ```ts
 * const project = checkProject(json); // throws MiInputError('Invalid project (spots: Must be from 1 to 1000)')
 * ```
 */
export function checkProject(value: unknown, what = 'Invalid project'): Project {
  return checkOrThrow((v) => project(v) as Project, value, what);
}

// ---- queries ----
// A board's query is almost always valid, and checking it must not wait for zod either. Kept in
// this module, with the project reader, because every source reads both: a bundle then ships
// them as one piece rather than two small chunks.

type Read = (value: unknown, path: string) => unknown;

const FIELDS: Record<string, Read> = {
  q: (v, p) => str(v, p, 0, 200),
  category: (v, p) => list(v, p, Infinity, (c, cp) => oneOf(c, cp, CATEGORIES)),
  skills: (v, p) => list(v, p, 20, (s, sp) => str(s, sp, 1, 40)),
  minRate: (v, p) => int(v, p, 0, Number.MAX_SAFE_INTEGER),
  maxHours: (v, p) => num(v, p, 0, Number.MAX_VALUE, false),
  schedule: (v, p) => list(v, p, Infinity, (s, sp) => oneOf(s, sp, SCHEDULES)),
  remote: bool,
  status: (v, p) => list(v, p, Infinity, (s, sp) => oneOf(s, sp, PROJECT_STATUSES)),
  sort: (v, p) => oneOf(v, p, PROJECT_SORTS),
  cursor: (v, p) => str(v, p, 0, 500),
  limit: (v, p) => int(v, p, 1, MAX_PAGE_SIZE),
};

/**
 * The query `value` describes when it is certainly a valid {@link ProjectQuery}, else
 * `undefined` (then `ProjectQuery` decides and names the problem).
 *
 * @example
 * ```ts
 * const query = readQueryQuickly({ sort: 'pay', limit: 10 }) ?? parseOrThrow(ProjectQuery, input);
 * ```
 */
export function readQueryQuickly(value: unknown): ProjectQuery | undefined {
  try {
    const source = obj(value, '');
    for (const key of Object.keys(source)) if (!(key in FIELDS)) fail(key, 'Unknown field');
    const out: Obj = {};
    for (const [key, read] of Object.entries(FIELDS)) optional(source, out, key, '', read);
    return out as ProjectQuery;
  } catch (error) {
    if (error instanceof CheckFailure) return undefined;
    throw error;
  }
}

/**
 * A valid query as `ProjectQuery` parses it, or the `MiInputError` that schema writes: the
 * schema is imported only for a query the quick check is unsure of.
 *
 * @example
 * ```ts
 * const query = await checkProjectQuery({ sort: 'pay' }); // { sort: 'pay' }
 * ```
 */
export async function checkProjectQuery(query: unknown): Promise<ProjectQuery> {
  const quick = readQueryQuickly(query);
  if (quick) return quick;
  // Both lazily: the schema comes with zod, and `parseOrThrow` with zod's issue wording.
  const [{ ProjectQuery }, { parseOrThrow }] = await Promise.all([import('./query.js'), import('./parse.js')]);
  return parseOrThrow(ProjectQuery, query, 'Invalid project query');
}
