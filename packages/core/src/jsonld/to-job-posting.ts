import { MiInputError } from '../errors/mi-input-error.js';
import type { Money } from '../models/money.js';
import type { Project } from '../models/project.js';
import { checkProject } from '../models/project-quick.js';
import { isSafeUrl, safeUrl } from '../models/safe-url.js';
import { currencyDigits } from '../rates/currency-digits.js';
import { effectiveHourly } from '../rates/effective-hourly.js';
import { minorToMajor } from '../rates/minor-units.js';
import type { Country, JobPosting, MonetaryAmount, Place } from './job-posting.js';

/** Options for {@link toJobPosting}. */
export interface ToJobPostingOptions {
  /** The page where the gig can be seen and applied for; must be an http(s) URL. */
  url?: string;
}

const SCHEDULE_WORDS: Readonly<Record<Project['schedule'], string>> = {
  weekend: 'on weekends',
  evenings: 'on weekday evenings',
  flexible: 'on a flexible schedule',
};

// schema.org has no per-project unit and Google reads only HOUR/DAY/WEEK/MONTH/YEAR, so a fixed
// fee is published as the hourly range it works out at over the effort estimate.
function baseSalary(project: Project): MonetaryAmount {
  const range: { min: Money; max: Money } =
    project.compensation.kind === 'hourly'
      ? { min: project.compensation.min, max: project.compensation.max ?? project.compensation.min }
      : effectiveHourly(project.compensation, project.effort);
  const digits = currencyDigits(range.min.currency);
  const min = minorToMajor(range.min.amount, digits);
  const max = minorToMajor(range.max.amount, digits);
  return {
    '@type': 'MonetaryAmount',
    currency: range.min.currency,
    value: min === max
      ? { '@type': 'QuantitativeValue', value: min, unitText: 'HOUR' }
      : { '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitText: 'HOUR' },
  };
}

function workHours(project: Project): string {
  const { min, max } = project.effort;
  const hours = min === max ? `${min} hour${min === 1 ? '' : 's'}` : `${min}–${max} hours`;
  return `${hours} in total, ${SCHEDULE_WORDS[project.schedule]}`;
}

// Where a remote gig's applicants may live: its `remote.countries`, or else the country of its
// `location`, as earlier versions wrote it. With neither the posting names no place at all,
// which Google's guidelines count as incomplete for a TELECOMMUTE job (docs/feed-format.md).
function applicantCountries(project: Project): Country[] {
  const { remote, location } = project;
  const codes = typeof remote === 'object' ? remote.countries : location?.country ? [location.country] : [];
  return codes.map((name) => ({ '@type': 'Country', name }));
}

function place(project: Project): Place | undefined {
  const { city, region, country } = project.location ?? {};
  if (!city && !region && !country) return undefined;
  return {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      ...(city ? { addressLocality: city } : {}),
      ...(region ? { addressRegion: region } : {}),
      ...(country ? { addressCountry: country } : {}),
    },
  };
}

/**
 * Describes a project as a schema.org `JobPosting` for search engines. Decisions worth knowing:
 * `employmentType` is both `CONTRACTOR` and `INTERN` (a paid, short, project-based student
 * gig is both); a fixed fee appears in `baseSalary` as its effective hourly range (`unitText`
 * `HOUR`); the effort and schedule go into `workHours` as words; `spots` becomes
 * `totalJobOpenings`; a remote gig's `remote.countries` (or, without them, its `location.country`)
 * become `applicantLocationRequirements`, one `Country` per code. Only safe http(s) URLs are
 * written.
 *
 * @throws {MiInputError} when `project` is not a valid Project or `url` is not http(s).
 *
 * @example
 * ```ts
 * const posting = toJobPosting(project, { url: 'https://acme.example/careers#p_clean-data' });
 * posting.baseSalary.value; // { '@type': 'QuantitativeValue', minValue: 18, maxValue: 22, unitText: 'HOUR' }
 * ```
 */
export function toJobPosting(project: Project, options: ToJobPostingOptions = {}): JobPosting {
  // Checked without zod: a board writes JSON-LD for every card it shows, after its first paint.
  const p = checkProject(project);
  if (options === null || typeof options !== 'object') throw new MiInputError('toJobPosting options must be an object');
  if (options.url !== undefined && !isSafeUrl(options.url)) {
    throw new MiInputError('toJobPosting: url must be an http:// or https:// address', [{ path: 'url', message: 'Must be an http:// or https:// address' }]);
  }
  // The summary leads, as it does on a card, unless the description already starts with it.
  const body = p.description.trim();
  const description = body === '' ? p.summary : body.startsWith(p.summary) ? body : `${p.summary}\n\n${body}`;
  const website = safeUrl(p.company.website);
  const logo = safeUrl(p.company.logoUrl);
  const location = place(p);
  const countries = p.remote ? applicantCountries(p) : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: p.title,
    description,
    identifier: { '@type': 'PropertyValue', name: p.company.name, value: p.id },
    datePosted: p.postedAt,
    ...(p.applyBy ? { validThrough: p.applyBy } : {}),
    employmentType: ['CONTRACTOR', 'INTERN'],
    hiringOrganization: {
      '@type': 'Organization',
      name: p.company.name,
      ...(website ? { sameAs: website } : {}),
      ...(logo ? { logo } : {}),
    },
    ...(p.remote ? { jobLocationType: 'TELECOMMUTE' as const } : {}),
    ...(countries.length ? { applicantLocationRequirements: countries } : {}),
    ...(!p.remote && location ? { jobLocation: location } : {}),
    baseSalary: baseSalary(p),
    directApply: true,
    ...(p.skills.length ? { skills: p.skills.join(', ') } : {}),
    ...(p.category !== 'other' ? { occupationalCategory: p.category } : {}),
    workHours: workHours(p),
    totalJobOpenings: p.spots,
    ...(options.url !== undefined ? { url: options.url } : {}),
  };
}

const UNSAFE_IN_SCRIPT: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * {@link toJobPosting} as JSON that is safe to place inside
 * `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c`-style
 * escapes, so no text in the project (a title of `</script><script>…`, say) can close the
 * element or open a comment, and U+2028/U+2029 are escaped for older JavaScript parsers.
 * `JSON.parse` gives back exactly the same object.
 *
 * @throws {MiInputError} as {@link toJobPosting} does.
 *
 * @example
 * ```ts
 * script.textContent = jobPostingToJson(project);
 * ```
 */
export function jobPostingToJson(project: Project, options: ToJobPostingOptions = {}): string {
  return JSON.stringify(toJobPosting(project, options)).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c]!);
}
