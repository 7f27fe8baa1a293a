import type { CallOptions, Page, Project, ProjectQuery, ProjectSource } from '@microintern/core';

// Sources are shared by every element on the page that names the same API and company, or the
// same feed URL: a blog post with a card and a board over one `gigs.json` fetches it once.
const sources = new Map<string, ProjectSource>();

/** Where an element's data comes from, as its attributes say. */
export interface SourceAttributes {
  /** Base URL of the Micro-Internship API. */
  api?: string | undefined;
  /** A company slug: only that company's gigs. Used with `api`. */
  company?: string | undefined;
  /** URL of a static JSON feed. Used when `api` is not set. */
  src?: string | undefined;
}

/**
 * A `ProjectSource` whose implementation is imported on its first call. A board over a feed
 * never downloads the HTTP client (ky), and a board over the API never downloads the feed
 * reader, when the widgets are bundled with code splitting.
 */
function lazySource(load: () => Promise<ProjectSource>): ProjectSource {
  let loading: Promise<ProjectSource> | undefined;
  const get = () => (loading ??= load().catch((error: unknown) => {
    loading = undefined; // A failed chunk download is retried by the next call (Retry button).
    throw error;
  }));
  return {
    async page(query?: ProjectQuery, options?: CallOptions): Promise<Page<Project>> {
      return (await get()).page(query, options);
    },
    async *list(query?: Omit<ProjectQuery, 'cursor'>, options?: CallOptions): AsyncIterable<Project> {
      yield* (await get()).list(query, options);
    },
    async get(idOrSlug: string, options?: CallOptions): Promise<Project> {
      return (await get()).get(idOrSlug, options);
    },
  };
}

/**
 * The shared `ProjectSource` for a set of attributes: a client over `api` (+ `company`), else a
 * feed over `src`, else `undefined`. Relative URLs resolve against the page.
 *
 * @example
 * ```ts
 * const source = sourceFor({ api: 'https://api.example.com', company: 'acme' });
 * const page = await source?.page({ limit: 5 });
 * ```
 */
export function sourceFor({ api, company, src }: SourceAttributes): ProjectSource | undefined {
  if (!api && !src) return undefined;
  const url = new URL((api || src)!, document.baseURI).href;
  const key = api ? `api ${url} ${company ?? ''}` : `feed ${url}`;
  let source = sources.get(key);
  if (!source) {
    source = api
      ? lazySource(() => import('./load-client.js').then((m) => m.clientSource(url, company)))
      : lazySource(() => import('./load-feed.js').then((m) => m.feedSource(url)));
    sources.set(key, source);
  }
  return source;
}
