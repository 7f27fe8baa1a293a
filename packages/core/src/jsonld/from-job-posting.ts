import { type FieldIssue, MiInputError } from '../errors/mi-input-error.js';
import { droppedField } from '../feed/read-doubtful.js';
import { type Company, Id } from '../models/company.js';
import { type Effort, IsoDuration, type Schedule } from '../models/effort.js';
import { isoDateTime } from '../models/iso.js';
import { parseOrThrow } from '../models/parse.js';
import { CATEGORIES, type Category, type Location, Project, type Remote } from '../models/project.js';
import { MAX_REMOTE_COUNTRIES } from '../models/vocabulary.js';
import { safeUrl } from '../models/safe-url.js';
import { currencyDigits } from '../rates/currency-digits.js';
import { clip, htmlToLine, htmlToText } from './html-to-text.js';
import { objectOf, readSalary } from './read-salary.js';
import { stableHash } from './slug.js';
import { slugify } from '../models/slugify.js';

/** Options for {@link fromJobPosting}. */
export interface FromJobPostingOptions {
  /** The currency when neither `baseSalary.currency` nor `salaryCurrency` names one. Defaults to `USD`. */
  fallbackCurrency?: string;
  /** "Now" for deciding whether `validThrough` has passed; defaults to the current time. */
  now?: Date;
}

/** Used when a posting says nothing readable about effort: the usual micro-internship span. */
export const DEFAULT_JOB_POSTING_EFFORT: Readonly<Effort> = Object.freeze({ min: 5, max: 40 });
/** Used when a posting has no `window` (schema.org has no property for it). */
export const DEFAULT_JOB_POSTING_WINDOW = 'P1M';

const DATE_TIME = isoDateTime();

function fail(path: string, message: string): never {
  throw new MiInputError(`Cannot read this JobPosting: ${message}`, [{ path, message }]);
}

/** Text from a string, a number or a `{ name }` / `{ value }` object; `undefined` otherwise. */
function textOf(value: unknown): string | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  if (typeof item === 'string') return item;
  if (typeof item === 'number' && Number.isFinite(item)) return String(item);
  const object = objectOf(item);
  if (object) return textOf(object['name'] ?? object['value'] ?? object['@value']);
  return undefined;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

// JSON-LD dates come as full date-times, date-times without an offset, or bare dates. Only ISO
// forms are read (as UTC when no offset is given), so the result never depends on the
// machine's time zone.
function dateTimeOf(value: unknown, path: string, endOfDay: boolean): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (DATE_TIME.safeParse(text).success) return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && DATE_TIME.safeParse(`${text}T00:00:00Z`).success) {
    return `${text}T${endOfDay ? '23:59:59' : '00:00:00'}Z`;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text) && DATE_TIME.safeParse(`${text}Z`).success) return `${text}Z`;
  return fail(path, `${path} ${JSON.stringify(value)} is not an ISO 8601 date or date-time`);
}

function idOf(posting: Record<string, unknown>, title: string, companyName: string): string {
  for (const entry of listOf(posting['identifier'])) {
    const raw = textOf(objectOf(entry)?.['value'] ?? entry)?.trim();
    if (!raw) continue;
    if (Id.safeParse(raw).success) return raw;
    // Characters an Id cannot hold are replaced; the hash keeps "job/1" and "job.1" apart.
    const cleaned = raw.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50);
    if (cleaned) return `${cleaned}-${stableHash(raw)}`;
  }
  return `jp-${slugify(title, 40) || 'gig'}-${stableHash(`${title}\n${companyName}`)}`;
}

// A URL the posting gives for an optional field: kept when it is a safe http(s) URL; otherwise
// left out, and noted in `dropped` (when there was a value at all) so the reader can warn.
function optionalUrl(value: unknown, path: string, dropped: FieldIssue[]): string | undefined {
  const url = safeUrl(value);
  if (url === undefined && value !== undefined && value !== null && value !== '') dropped.push(droppedField(path, 'Must be an http:// or https:// address'));
  return url;
}

function companyOf(posting: Record<string, unknown>, dropped: FieldIssue[]): Company {
  const raw = posting['hiringOrganization'];
  const org = objectOf(raw) ?? {};
  const name = clip(htmlToLine(textOf(typeof raw === 'string' ? raw : org['name']) ?? ''), 120);
  if (!name) fail('hiringOrganization.name', 'hiringOrganization has no name');
  const slug = slugify(name, 60) || `company-${stableHash(name)}`;
  const logo = objectOf(org['logo']);
  const logoUrl = logo
    ? optionalUrl(logo['url'] ?? logo['contentUrl'], `hiringOrganization.logo.${logo['url'] === undefined ? 'contentUrl' : 'url'}`, dropped)
    : optionalUrl(org['logo'], 'hiringOrganization.logo', dropped);
  // The first safe one of `sameAs` (one URL or several) and `url` is the website.
  const sameAs = org['sameAs'];
  const candidates: [unknown, string][] = [
    ...(Array.isArray(sameAs) ? sameAs.map((url, i): [unknown, string] => [url, `hiringOrganization.sameAs.${i}`]) : [[sameAs, 'hiringOrganization.sameAs'] as [unknown, string]]),
    [org['url'], 'hiringOrganization.url'],
  ];
  const website = candidates.map(([url, path]) => optionalUrl(url, path, dropped)).find((url) => url !== undefined);
  return { id: `c_${slug}`, name, slug, ...(logoUrl ? { logoUrl } : {}), ...(website ? { website } : {}) };
}

function categoryOf(value: unknown): Category {
  for (const entry of listOf(value)) {
    const slug = slugify(textOf(entry) ?? '');
    const match = CATEGORIES.find((c) => slug === c || slug.startsWith(`${c}-`));
    if (match) return match;
  }
  return 'other';
}

function skillsOf(value: unknown): string[] {
  const raw = typeof value === 'string' ? value.split(/[,;\n]/) : listOf(value).map(textOf);
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const item of raw) {
    const skill = typeof item === 'string' ? htmlToLine(item) : '';
    if (!skill || skill.length > 40 || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    skills.push(skill);
    if (skills.length === 20) break;
  }
  return skills;
}

// `workHours` is schema.org text ("1st shift", "8am-5pm"); toJobPosting writes the effort and
// schedule there ("8–12 hours in total, on weekends"), and a bare number is taken as hours.
function effortOf(value: unknown): Effort {
  if (typeof value === 'number') return value > 0 && value <= 2000 ? { min: value, max: value } : { ...DEFAULT_JOB_POSTING_EFFORT };
  // Bounded, so a hostile value cannot make the pattern below slow.
  const text = typeof value === 'string' ? value.slice(0, 200) : '';
  const match = /(\d+(?:\.\d+)?)\s*(?:(?:[–—-]|to)\s*(\d+(?:\.\d+)?)\s*)?hours?\b/i.exec(text);
  if (!match) return { ...DEFAULT_JOB_POSTING_EFFORT };
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return min > 0 && max >= min && max <= 2000 ? { min, max } : { ...DEFAULT_JOB_POSTING_EFFORT };
}

function scheduleOf(value: unknown): Schedule {
  const text = typeof value === 'string' ? value.slice(0, 200) : '';
  if (/weekend/i.test(text)) return 'weekend';
  if (/evening/i.test(text)) return 'evenings';
  return 'flexible';
}

function countryOf(value: unknown): string | undefined {
  const text = textOf(value)?.trim();
  return text && /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : undefined;
}

// `applicantLocationRequirements` as `remote.countries`: every entry (a Country, a code, a
// `{ name }`) that names an ISO 3166-1 alpha-2 code, each once. Entries that name a country
// otherwise ("USA", "Canada") or a smaller area cannot be read as a code and are left out; with
// none left the gig is remote with no stated area.
function remoteOf(posting: Record<string, unknown>): Remote {
  const codes = listOf(posting['applicantLocationRequirements']).map(countryOf).filter((c) => c !== undefined);
  const countries = [...new Set(codes)].slice(0, MAX_REMOTE_COUNTRIES);
  return countries.length ? { countries } : true;
}

function locationOf(posting: Record<string, unknown>): Location | undefined {
  const address = objectOf(objectOf(posting['jobLocation'])?.['address']);
  if (!address) return undefined;
  const part = (key: string) => {
    const text = textOf(address[key]);
    return text ? clip(htmlToLine(text), 120) || undefined : undefined;
  };
  const city = part('addressLocality');
  const region = part('addressRegion');
  const country = countryOf(address['addressCountry']);
  if (!city && !region && !country) return undefined;
  return { ...(city ? { city } : {}), ...(region ? { region } : {}), ...(country ? { country } : {}) };
}

function isJobPosting(type: unknown): boolean {
  return listOf(type).some((t) => typeof t === 'string' && /(^|[/:#])JobPosting$/.test(t));
}

/**
 * Reads a schema.org `JobPosting` (as found in a page's JSON-LD or a static feed) into a
 * Project, or throws. What JobPosting cannot say is filled in, and documented here:
 * - `id`: `identifier` (its `value`), made Id-safe; otherwise a stable hash of title + company.
 * - `summary`: the description's first sentence (at most 300 characters). HTML in any text is
 *   reduced to plain text; no markup survives.
 * - `category`: `occupationalCategory` when it names one of ours, else `other`.
 * - `compensation`: `baseSalary` with unit `HOUR` is hourly; other units are a fixed fee.
 * - `effort` and `schedule`: parsed from `workHours` text ("8–12 hours … weekends") or a bare
 *   number; otherwise {@link DEFAULT_JOB_POSTING_EFFORT} (5–40 hours) and `flexible`.
 * - `remote`: `jobLocationType` `TELECOMMUTE`; its `applicantLocationRequirements` that name
 *   ISO 3166-1 alpha-2 codes become `remote.countries`. On-site gigs take `jobLocation.address`.
 * - `window`: a non-standard `window` ISO duration, else {@link DEFAULT_JOB_POSTING_WINDOW}.
 * - `status`: `closed` once `validThrough` has passed, else `open`; `spots` from
 *   `totalJobOpenings`, else 1; no custom questions. Only safe http(s) URLs are kept.
 *
 * @throws {MiInputError} when the data is not a JobPosting or lacks what a Project needs: a
 * title, a hiring organisation, readable pay, an ISO `datePosted`.
 *
 * @example
 * ```ts
 * const project = fromJobPosting(JSON.parse(script.textContent ?? ''), { fallbackCurrency: 'EUR' });
 * ```
 */
export function fromJobPosting(data: unknown, options: FromJobPostingOptions = {}): Project {
  return readJobPosting(data, options).project;
}

/**
 * {@link fromJobPosting}, and the optional fields it left out because their values were unsafe
 * (`javascript:` logos, `data:` websites): one issue per value, at its path in the posting. The
 * feed reader reports them as a warning entry; the gig is kept without them.
 *
 * @example
 * ```ts
 * const { project, dropped } = readJobPosting(posting); // dropped: [{ path: 'hiringOrganization.logo', … }]
 * ```
 */
export function readJobPosting(data: unknown, options: FromJobPostingOptions = {}): { project: Project; dropped: FieldIssue[] } {
  const posting = objectOf(data);
  if (!posting || Array.isArray(data)) fail('', 'expected one JobPosting object');
  if (!isJobPosting(posting['@type'])) fail('@type', '@type must be JobPosting');
  if (options === null || typeof options !== 'object') throw new MiInputError('fromJobPosting options must be an object');
  if (options.fallbackCurrency !== undefined) currencyDigits(options.fallbackCurrency);
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new MiInputError('fromJobPosting: now must be a valid Date');

  const title = clip(htmlToLine(textOf(posting['title']) ?? ''), 120);
  if (!title) fail('title', 'title is missing');
  const dropped: FieldIssue[] = [];
  const company = companyOf(posting, dropped);
  const text = clip(htmlToText(textOf(posting['description']) ?? ''), 10_000);
  const paragraphs = text.split('\n\n');
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(paragraphs[0] ?? '')?.[0] ?? paragraphs[0] ?? '';
  const summary = clip(sentence.replace(/\s+/g, ' ').trim(), 300) || title;
  // toJobPosting writes the summary as the first paragraph; don't repeat it in the description.
  const description = paragraphs.length > 1 && paragraphs[0]!.trim() === summary ? paragraphs.slice(1).join('\n\n') : text;
  const postedAt = dateTimeOf(posting['datePosted'], 'datePosted', false) ?? fail('datePosted', 'datePosted is missing');
  const applyBy = dateTimeOf(posting['validThrough'], 'validThrough', true);
  const remote = listOf(posting['jobLocationType']).some((t) => typeof t === 'string' && t.toUpperCase() === 'TELECOMMUTE') && remoteOf(posting);
  const location = remote ? undefined : locationOf(posting);
  const window = typeof posting['window'] === 'string' && IsoDuration.safeParse(posting['window']).success ? posting['window'] : DEFAULT_JOB_POSTING_WINDOW;
  const openings = Number(textOf(posting['totalJobOpenings']));

  const project = {
    id: idOf(posting, title, company.name),
    slug: slugify(title) || `gig-${stableHash(title)}`,
    title,
    summary,
    description,
    category: categoryOf(posting['occupationalCategory']),
    skills: skillsOf(posting['skills']),
    compensation: readSalary(posting, options.fallbackCurrency ?? 'USD'),
    effort: effortOf(posting['workHours']),
    window,
    schedule: scheduleOf(posting['workHours']),
    remote,
    ...(location ? { location } : {}),
    questions: [],
    ...(applyBy ? { applyBy } : {}),
    spots: Number.isInteger(openings) && openings >= 1 && openings <= 1000 ? openings : 1,
    company,
    postedAt,
    status: applyBy && Date.parse(applyBy) < now.getTime() ? 'closed' : 'open',
  };
  return { project: parseOrThrow(Project, project, 'Cannot turn this JobPosting into a project'), dropped };
}
