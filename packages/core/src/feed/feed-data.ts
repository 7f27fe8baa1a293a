import type { FieldIssue } from '../errors/mi-input-error.js';
import type { InvalidItem } from '../models/page.js';
import type { Project } from '../models/project.js';
import { readProjectQuickly } from '../models/project-quick.js';
import { isJobPosting } from './json-ld-shape.js';

/** The feed format version this SDK reads and writes. */
export const FEED_VERSION = 1;

/**
 * A static feed file: `{ "version": 1, "projects": [...] }`. Each project has the same shape as
 * the API's `Project`; extra top-level members (a title, a generation date) are allowed and
 * ignored.
 *
 * @example
 * ```json
 * { "version": 1, "generatedAt": "2026-11-20T14:00:00Z", "projects": [{ "id": "p_1", "slug": "clean-a-data-set", "...": "..." }] }
 * ```
 */
export interface FeedData {
  version: typeof FEED_VERSION;
  projects: readonly unknown[];
  [extension: string]: unknown;
}

/** One schema.org `JobPosting` as JSON-LD (`@type` may also be a list that includes it). */
export interface JobPostingJsonLd {
  '@type': string | readonly string[];
  [property: string]: unknown;
}

/** A JSON-LD document with a `@graph`; its `JobPosting` nodes are read, other nodes ignored. */
export interface JsonLdGraph {
  '@graph': readonly unknown[];
  [property: string]: unknown;
}

/** What a feed document may be, whether passed in or served from a URL. */
export type FeedDocument = FeedData | JobPostingJsonLd | JsonLdGraph | readonly unknown[];

/** The valid projects of a feed document and the items that were left out. */
export interface ParsedFeed {
  projects: Project[];
  skipped: InvalidItem[];
}

/** Builds the error for a document that is not a feed at all (input or response error). */
export type FeedFailure = (message: string, issues?: FieldIssue[]) => Error;

export interface ReadFeedOptions {
  /** Passed to `fromJobPosting` for postings whose salary names no currency. */
  fallbackCurrency?: string | undefined;
  /** Passed to `fromJobPosting`, which marks postings past `validThrough` as closed. */
  now?: Date | undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A valid project and its position in the document, for reporting duplicates where they are. */
export interface PlacedProject {
  project: Project;
  index: number;
}

/** A document item and its position in the document. */
export interface PlacedItem {
  value: unknown;
  index: number;
}

// The feed file is written by hand more often than not, so a repeated id is likely a copy-paste
// slip. The first one wins; later ones are reported rather than kept, because `get(id)` and the
// id tie-break of every sort need ids to be unique.
function dropDuplicateIds(found: readonly PlacedProject[], skipped: readonly InvalidItem[]): ParsedFeed {
  const seen = new Set<string>();
  const projects: Project[] = [];
  const all = [...skipped];
  for (const { project, index } of found) {
    if (!seen.has(project.id)) {
      seen.add(project.id);
      projects.push(project);
      continue;
    }
    all.push({
      index,
      id: project.id,
      issues: [{ path: 'id', message: `Duplicate id: an earlier project in this feed already uses "${project.id}"`, code: 'duplicate_id' }],
    });
  }
  all.sort((a, b) => a.index - b.index);
  return { projects, skipped: all };
}

async function readProjects(items: readonly unknown[]): Promise<ParsedFeed> {
  const found: PlacedProject[] = [];
  const unsure: PlacedItem[] = [];
  // One item at a time so each valid project keeps its position in the file.
  items.forEach((value, index) => {
    const project = readProjectQuickly(value);
    if (project) found.push({ project, index });
    else unsure.push({ value, index });
  });
  let skipped: InvalidItem[] = [];
  if (unsure.length) {
    // Only a feed with items the quick reader doubts downloads zod and the Project schema.
    const { readDoubtful } = await import('./read-doubtful.js');
    const checked = readDoubtful(unsure);
    found.push(...checked.found);
    skipped = checked.skipped;
    found.sort((a, b) => a.index - b.index);
  }
  return dropDuplicateIds(found, skipped);
}

async function readPostings(items: readonly PlacedItem[], options: ReadFeedOptions): Promise<ParsedFeed> {
  const { readJsonLd } = await import('./read-json-ld.js');
  const { found, skipped } = readJsonLd(items, options);
  return dropDuplicateIds(found, skipped);
}

/** The items of a feed document, before they are checked: feed-format projects or JSON-LD postings. */
export type FeedItems = { kind: 'projects'; items: readonly unknown[] } | { kind: 'postings'; items: readonly PlacedItem[] };

/** Checks each item of a document {@link feedItems} accepted. Invalid items come back in `skipped`. */
export function readFeedItems(feed: FeedItems, options: ReadFeedOptions = {}): Promise<ParsedFeed> {
  return feed.kind === 'projects' ? readProjects(feed.items) : readPostings(feed.items, options);
}

/**
 * Reads a feed document: the `{ version: 1, projects }` format, an array of `JobPosting`s, one
 * `JobPosting`, or a JSON-LD `@graph`. Invalid items are returned in `skipped`; a document that
 * is none of these, or a feed of another version, throws the error `fail` builds.
 *
 * @example
 * ```ts
 * const { projects, skipped } = readFeed(json, (message, issues) => new MiInputError(message, issues));
 * ```
 */
export function feedItems(document: unknown, fail: FeedFailure): FeedItems {
  if (Array.isArray(document)) return { kind: 'postings', items: document.map((value, index) => ({ value, index })) };
  if (document === null || typeof document !== 'object') {
    throw fail(`Not a feed: expected { "version": ${FEED_VERSION}, "projects": [...] } or JobPosting JSON-LD, got ${describe(document)}`);
  }
  const doc = document as Record<string, unknown>;
  if ('version' in doc) {
    if (doc.version !== FEED_VERSION) {
      throw fail(`Unsupported feed version ${JSON.stringify(doc.version) ?? 'undefined'}: this version of @microintern/core reads version ${FEED_VERSION} feeds`, [
        { path: 'version', message: `Must be ${FEED_VERSION}`, code: 'unsupported_version' },
      ]);
    }
    if (!Array.isArray(doc.projects)) {
      throw fail(`A version ${FEED_VERSION} feed needs a "projects" array, got ${describe(doc.projects)}`, [
        { path: 'projects', message: 'Expected an array' },
      ]);
    }
    return { kind: 'projects', items: doc.projects };
  }
  if ('@graph' in doc) {
    const graph = doc['@graph'];
    if (!Array.isArray(graph)) throw fail(`"@graph" must be an array, got ${describe(graph)}`, [{ path: '@graph', message: 'Expected an array' }]);
    // A graph legitimately mixes node types (Organization, WebPage, BreadcrumbList); only the
    // JobPostings are gigs, the rest is not an error.
    const postings = graph.map((value, index) => ({ value, index })).filter(({ value }) => isJobPosting(value));
    return { kind: 'postings', items: postings };
  }
  if (isJobPosting(doc)) return { kind: 'postings', items: [{ value: doc, index: 0 }] };
  if ('projects' in doc) {
    throw fail(`The feed has no "version": add "version": ${FEED_VERSION} next to "projects"`, [{ path: 'version', message: 'Required' }]);
  }
  throw fail(
    `Not a feed: expected { "version": ${FEED_VERSION}, "projects": [...] }, a JobPosting, an array of JobPostings or { "@graph": [...] }`,
  );
}
