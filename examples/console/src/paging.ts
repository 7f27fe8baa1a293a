// Every page of a cursor-paged list, for the views that show a whole list at once (a company's
// gigs, one gig's applicants) and filter it locally.

/** A page as core's client returns it. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Options of {@link collectPages}. */
export interface CollectOptions {
  /** Told how many items are in after each page, for a progress line. */
  onProgress?: (loaded: number) => void;
  /** Stops the walk between pages. */
  signal?: AbortSignal;
}

/**
 * Fetches page after page until the server says there is no next one, and returns the items in
 * order, each id once (an offset cursor can shift an item onto the next page when a gig is
 * posted mid-walk). A cursor sent back twice would loop for ever: that is an error.
 *
 * @example
 * ```ts
 * const applications = await collectPages(
 *   (cursor) => mi.applications.list(projectId, { limit: 100, ...(cursor ? { cursor } : {}), signal }),
 *   { onProgress: (n) => (status.textContent = `${n} loaded`), signal },
 * );
 * ```
 */
export async function collectPages<T extends { id: string }>(
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
  { onProgress, signal }: CollectOptions = {},
): Promise<T[]> {
  const items: T[] = [];
  const seenIds = new Set<string>();
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const page = await fetchPage(cursor);
    for (const item of page.items) {
      if (seenIds.has(item.id)) continue;
      seenIds.add(item.id);
      items.push(item);
    }
    onProgress?.(items.length);
    if (page.nextCursor === null) return items;
    if (seenCursors.has(page.nextCursor)) throw new Error(`The server sent the cursor "${page.nextCursor}" twice; stopped instead of looping`);
    seenCursors.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}
