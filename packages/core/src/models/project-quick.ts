// A quick path for the most common case of validation: a well-formed project.
//
// zod/mini interprets its schemas (the widgets run it without its `new Function` JIT, which a
// strict CSP forbids), and a whole Project costs it about 10 µs: 1,000 items of a feed took
// ~13 ms warm and ~75 ms on a page's first call. `readProjectQuickly` checks the same rules
// with plain code and builds the same output (a fresh object with only the schema's keys, in the
// schema's order). It never decides that an item is invalid: anything it is not sure about
// (a broken field, an explicit `undefined`, a type it does not expect) returns `undefined`, and
// the caller runs the zod schema, which stays the one definition and writes the issues.
// A property test feeds both thousands of valid and broken projects and checks that the quick
// path never accepts what `Project` rejects and, when it accepts, returns what `Project` does.
import { isSafeUrl } from './safe-url.js';
import { isTimeZone } from './time-zone.js';
import { COUNTRY_PATTERN, CURRENCY_PATTERN, DURATION_PATTERN, ID_PATTERN, SLUG_PATTERN } from './patterns.js';
import { dateTime } from './project-fields.js';
import type { Project } from './project.js';

type Obj = Record<string, unknown>;

// The ISO date-time pattern zod builds for `isoDateTime()`: read from that schema, not copied.
// Should a zod release keep it elsewhere, every date-time is left to the schema (never accepted
// unchecked).
const DATE_TIME: unknown = (dateTime as unknown as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;

function isoDateTime(value: unknown): string {
  if (!(DATE_TIME instanceof RegExp)) throw UNSURE;
  return str(value, 0, Infinity, DATE_TIME);
}

const CATEGORIES = new Set(['market-research', 'data', 'writing', 'design', 'marketing', 'software', 'other']);
const SCHEDULES = new Set(['weekend', 'evenings', 'flexible']);
const STATUSES = new Set(['open', 'closed', 'filled']);
const QUESTION_KINDS = new Set(['text', 'long-text', 'url', 'choice', 'yes-no']);

/** Thrown inside the quick path to give up; never escapes it. */
const UNSURE = Symbol('unsure');

function obj(value: unknown): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw UNSURE;
  return value as Obj;
}

function str(value: unknown, min: number, max: number, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.length < min || value.length > max || (pattern && !pattern.test(value))) throw UNSURE;
  return value;
}

/** A finite number in [min, max], or in (min, max] when `fromIncluded` is false. */
function num(value: unknown, min: number, max: number, fromIncluded: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value > max || (fromIncluded ? value < min : value <= min)) throw UNSURE;
  return value;
}

function int(value: unknown, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) throw UNSURE;
  return value as number;
}

function oneOf(value: unknown, allowed: Set<string>): string {
  if (typeof value !== 'string' || !allowed.has(value)) throw UNSURE;
  return value;
}

function list<T>(value: unknown, max: number, item: (v: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length > max) throw UNSURE;
  // An index loop, not `map`: a hole in a sparse array must reach `item` as undefined, as zod sees it.
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) out.push(item(value[i]));
  return out;
}

/** Whether an optional `key` is present; an explicitly `undefined` value is left to zod. */
function has(source: Obj, key: string): boolean {
  if (!(key in source)) return false;
  if (source[key] === undefined) throw UNSURE;
  return true;
}

function safeUrl(value: unknown): string {
  const url = str(value, 0, 2048);
  if (!isSafeUrl(url)) throw UNSURE;
  return url;
}

function money(value: unknown): Obj {
  const m = obj(value);
  return { amount: int(m['amount'], 0, 1_000_000_000_000), currency: str(m['currency'], 0, Infinity, CURRENCY_PATTERN) };
}

function compensation(value: unknown): Obj {
  const c = obj(value);
  if (c['kind'] === 'fixed') return { kind: 'fixed', amount: money(c['amount']) };
  if (c['kind'] !== 'hourly') throw UNSURE;
  const out: Obj = { kind: 'hourly', min: money(c['min']) };
  if (has(c, 'max')) out['max'] = money(c['max']);
  const min = out['min'] as { amount: number; currency: string };
  const max = out['max'] as { amount: number; currency: string } | undefined;
  if (max && (max.currency !== min.currency || max.amount < min.amount)) throw UNSURE;
  return out;
}

function effort(value: unknown): Obj {
  const e = obj(value);
  const out = { min: num(e['min'], 0, 2000, false), max: num(e['max'], 0, 2000, false) };
  if (out.max < out.min) throw UNSURE;
  return out;
}

function location(value: unknown): Obj {
  const l = obj(value);
  const out: Obj = {};
  if (has(l, 'city')) out['city'] = str(l['city'], 0, 120);
  if (has(l, 'region')) out['region'] = str(l['region'], 0, 120);
  if (has(l, 'country')) out['country'] = str(l['country'], 0, Infinity, COUNTRY_PATTERN);
  return out;
}

function question(value: unknown): Obj {
  const q = obj(value);
  const out: Obj = {
    id: str(q['id'], 0, Infinity, ID_PATTERN),
    label: str(q['label'], 1, 300),
    kind: oneOf(q['kind'], QUESTION_KINDS),
    required: bool(q['required']),
  };
  if (has(q, 'options')) out['options'] = list(q['options'], 20, option);
  if (has(q, 'maxLength')) out['maxLength'] = int(q['maxLength'], 1, 4000);
  if (out['kind'] === 'choice' && ((out['options'] as unknown[] | undefined)?.length ?? 0) < 2) throw UNSURE;
  return out;
}

const skill = (value: unknown) => str(value, 1, 40);
const option = (value: unknown) => str(value, 1, 120);

function bool(value: unknown): boolean {
  if (typeof value !== 'boolean') throw UNSURE;
  return value;
}

function company(value: unknown): Obj {
  const c = obj(value);
  const out: Obj = { id: str(c['id'], 0, Infinity, ID_PATTERN), name: str(c['name'], 1, 120), slug: str(c['slug'], 0, 80, SLUG_PATTERN) };
  if (has(c, 'logoUrl')) out['logoUrl'] = safeUrl(c['logoUrl']);
  if (has(c, 'website')) out['website'] = safeUrl(c['website']);
  return out;
}

function timeZone(value: unknown): string {
  if (!isTimeZone(value)) throw UNSURE;
  return value;
}

function project(value: unknown): Obj {
  const p = obj(value);
  // Keys in the order of the Project schema, as zod writes its output.
  const out: Obj = {
    id: str(p['id'], 0, Infinity, ID_PATTERN),
    slug: str(p['slug'], 0, 80, SLUG_PATTERN),
    title: str(p['title'], 1, 120),
    summary: str(p['summary'], 1, 300),
    description: str(p['description'], 0, 10_000),
    category: oneOf(p['category'], CATEGORIES),
    skills: list(p['skills'], 20, skill),
    compensation: compensation(p['compensation']),
    effort: effort(p['effort']),
    window: str(p['window'], 0, 40, DURATION_PATTERN),
    schedule: oneOf(p['schedule'], SCHEDULES),
    remote: bool(p['remote']),
  };
  if (has(p, 'location')) out['location'] = location(p['location']);
  if (has(p, 'timeZone')) out['timeZone'] = timeZone(p['timeZone']);
  if (has(p, 'overlapHours')) out['overlapHours'] = num(p['overlapHours'], 0, 40, true);
  out['questions'] = list(p['questions'], 10, question);
  if (has(p, 'applyBy')) out['applyBy'] = isoDateTime(p['applyBy']);
  out['spots'] = int(p['spots'], 1, 1000);
  out['company'] = company(p['company']);
  out['postedAt'] = isoDateTime(p['postedAt']);
  out['status'] = oneOf(p['status'], STATUSES);
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
    if (error === UNSURE) return undefined;
    throw error;
  }
}
