import { MiHttpError } from '../errors/mi-http-error.js';
import { MiInputError } from '../errors/mi-input-error.js';
import { MiResponseError } from '../errors/mi-response-error.js';
import type { InvalidItem, Page } from '../models/page.js';
import type { Project } from '../models/project.js';
import type { ProjectQuery } from '../models/query.js';
import { checkProjectQuery } from '../models/project-quick.js';
import type { CallOptions, ProjectSource } from '../source.js';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.js';
import { feedItems, readFeedItems, type FeedDocument, type FeedFailure, type ParsedFeed } from './feed-data.js';
import { indexProject, projectAt, type IndexedProject } from './feed-index.js';
import { fetchFeed, type FeedFetch } from './fetch-feed.js';
import { feedQueryKey, filterProjects, toFeedQuery } from './filter-projects.js';
import { createSharedLoad } from './shared-load.js';
import { sortProjects } from './sort-projects.js';

/** What {@link createFeedSource} reads: the URL of a JSON file, or the document itself. */
export type FeedInput = string | URL | FeedDocument;

export interface FeedSourceOptions {
  /** Used instead of the global `fetch` to download a URL feed (tests, auth headers, caching). */
  fetch?: FeedFetch;
  /**
   * Called each time the feed is loaded (the first read, then every `refresh()`) when some of
   * its items were invalid and left out. `url` is the feed's URL when it was fetched.
   */
  onInvalid?: (skipped: InvalidItem[], context: { url?: string }) => void;
  /** The clock, for deciding which deadlines have passed. Defaults to the real time. */
  now?: () => Date;
  /** Currency for JSON-LD postings whose salary names none (`baseSalary.currency`). */
  fallbackCurrency?: string;
}

/** A {@link ProjectSource} over a static feed, which can be told to load its file again. */
export interface FeedSource extends ProjectSource {
  /**
   * Loads the feed again (fetches the URL again, or re-reads the data passed in, which may have
   * changed). Reads keep answering from the previous copy until the new one has loaded; if
   * loading fails, the previous copy stays and the promise rejects.
   */
  refresh(options?: CallOptions): Promise<void>;
}

interface LoadedFeed {
  entries: IndexedProject[];
  byId: Map<string, IndexedProject>;
  bySlug: Map<string, IndexedProject>;
  skipped: InvalidItem[];
}

function indexFeed({ projects, skipped }: ParsedFeed): LoadedFeed {
  const entries = projects.map(indexProject);
  const byId = new Map<string, IndexedProject>();
  const bySlug = new Map<string, IndexedProject>();
  for (const entry of entries) {
    byId.set(entry.project.id, entry);
    if (!bySlug.has(entry.project.slug)) bySlug.set(entry.project.slug, entry);
  }
  return { entries, byId, bySlug, skipped };
}

function toUrl(input: string | URL): URL {
  if (typeof input === 'string' && /^\s*[[{]/.test(input)) {
    // Otherwise a page would resolve the JSON text as a relative link and fetch a 404.
    throw new MiInputError('The feed input is JSON text, not a URL: pass JSON.parse(text) instead', [
      { path: 'input', message: 'Must be a URL or parsed data' },
    ]);
  }
  // In a page, `gigs.json` is relative to the page like any other link; elsewhere there is
  // nothing to resolve it against.
  const base = typeof location === 'undefined' ? undefined : location.href;
  try {
    return new URL(input, base);
  } catch {
    throw new MiInputError(
      `Invalid feed URL "${String(input)}"${base ? '' : ': outside a browser it must be absolute (https://…)'}`,
      [{ path: 'input', message: 'Must be a URL' }],
    );
  }
}

const inputFailure: FeedFailure = (message, issues) => new MiInputError(message, issues);

/**
 * A {@link ProjectSource} backed by a static JSON file or data in memory, so every widget works
 * with no backend. Filtering, search, facets, sorting and paging happen locally and behave like
 * the API's.
 *
 * `input` is one of:
 * - a URL (string or `URL`; relative to the page in a browser): fetched on the first read, then
 *   cached; `refresh()` fetches it again. HTTP errors reject with {@link MiHttpError}, failures
 *   to connect with `MiNetworkError`, a body that is not a feed with {@link MiResponseError}.
 * - a feed `{ version: 1, projects: [...] }`;
 * - schema.org `JobPosting` JSON-LD: an array of postings, one posting, or `{ "@graph": [...] }`
 *   (only its JobPosting nodes are read), mapped through `fromJobPosting`.
 *
 * Data passed in is checked at once: a document that is not a feed, or a feed of another
 * version, throws {@link MiInputError} here. Items are checked one by one; invalid ones (and
 * repeated ids) are left out, passed to `onInvalid`, and listed in `skipped` of the **first page
 * only** (the page read without a cursor), so a board that loads more pages does not report the
 * same items again. `skipped[].index` is the item's position in the document.
 *
 * A gig still marked `open` whose `applyBy` has passed counts as `closed`: a static file goes
 * stale, and the default `status: ['open']` should not offer gigs that no longer take
 * applications.
 *
 * @example
 * ```ts
 * const source = createFeedSource('/gigs.json', { onInvalid: (skipped) => console.warn(skipped) });
 * const page = await source.page({ q: 'survey', schedule: ['weekend'], sort: 'pay', limit: 10 });
 * for await (const project of source.list({ category: ['data'] })) console.log(project.title);
 * ```
 */
export function createFeedSource(input: FeedInput, options: FeedSourceOptions = {}): FeedSource {
  const { onInvalid, fallbackCurrency } = options;
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new MiInputError('options.fetch must be a function', [{ path: 'fetch', message: 'Must be a function' }]);
  }
  if (onInvalid !== undefined && typeof onInvalid !== 'function') {
    throw new MiInputError('options.onInvalid must be a function', [{ path: 'onInvalid', message: 'Must be a function' }]);
  }
  const url = typeof input === 'string' || input instanceof URL ? toUrl(input) : undefined;
  // Read the global at call time, not now, so a fetch installed later (or by a test) is used.
  const fetchFn: FeedFetch = options.fetch ?? ((request) => fetch(request));
  const clock = () => (options.now ? options.now() : new Date()).getTime();
  const readOptions = () => ({ fallbackCurrency, now: new Date(clock()) });

  // A document that is not a feed fails right away, where it was passed in; its items are
  // checked on the first read.
  const inline = url ? undefined : feedItems(input, inputFailure);

  const report = (skipped: InvalidItem[]) => {
    if (skipped.length > 0) onInvalid?.([...skipped], url ? { url: url.href } : {});
  };

  const feed = createSharedLoad<LoadedFeed>(async (signal) => {
    let loaded: LoadedFeed;
    if (url) {
      const { document, request, response } = await fetchFeed(url, fetchFn, signal);
      const items = feedItems(document, (message, issues) => new MiResponseError(request, response, message, issues));
      loaded = indexFeed(await readFeedItems(items, readOptions()));
    } else {
      loaded = indexFeed(await readFeedItems(inline!, readOptions()));
    }
    report(loaded.skipped);
    return loaded;
  });

  function notFound(idOrSlug: string): MiHttpError {
    return new MiHttpError(new Request(url ?? 'feed:'), new Response(null, { status: 404 }), {
      type: 'about:blank',
      title: 'Project not found',
      status: 404,
      detail: `No project with id or slug "${idOrSlug}" in this feed`,
    });
  }

  const source: FeedSource = {
    async page(query: ProjectQuery = {}, callOptions: CallOptions = {}): Promise<Page<Project>> {
      const { signal } = callOptions;
      signal?.throwIfAborted();
      const parsed = await checkProjectQuery(query);
      const feedQuery = toFeedQuery(parsed);
      const key = feedQueryKey(feedQuery);
      const offset = parsed.cursor === undefined ? 0 : decodeFeedCursor(parsed.cursor, key);
      const loaded = await feed.get(signal);
      signal?.throwIfAborted();
      const now = clock();
      const { matched, facets } = filterProjects(loaded.entries, feedQuery, now);
      sortProjects(matched, feedQuery.sort);
      const end = offset + feedQuery.limit;
      return {
        items: matched.slice(offset, end).map((entry) => projectAt(entry, now)),
        nextCursor: end < matched.length ? encodeFeedCursor(end, key) : null,
        total: matched.length,
        facets,
        skipped: parsed.cursor === undefined ? [...loaded.skipped] : [],
      };
    },

    async *list(query: Omit<ProjectQuery, 'cursor'> = {}, callOptions: CallOptions = {}): AsyncGenerator<Project> {
      // A cursor makes no sense for a walk that starts at the beginning; ignore one passed in
      // from untyped code rather than refuse it.
      const { cursor: _ignored, ...rest } = query as ProjectQuery;
      let cursor: string | undefined;
      do {
        const page: Page<Project> = await source.page(cursor === undefined ? rest : { ...rest, cursor }, callOptions);
        yield* page.items;
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
    },

    async get(idOrSlug: string, callOptions: CallOptions = {}): Promise<Project> {
      const { signal } = callOptions;
      signal?.throwIfAborted();
      if (typeof idOrSlug !== 'string' || idOrSlug.trim() === '') {
        throw new MiInputError('get() needs a project id or slug', [{ path: 'idOrSlug', message: 'Required' }]);
      }
      const loaded = await feed.get(signal);
      signal?.throwIfAborted();
      const entry = loaded.byId.get(idOrSlug) ?? loaded.bySlug.get(idOrSlug);
      if (!entry) throw notFound(idOrSlug);
      return projectAt(entry, clock());
    },

    async refresh(callOptions: CallOptions = {}): Promise<void> {
      await feed.reload(callOptions.signal);
    },
  };
  return source;
}
