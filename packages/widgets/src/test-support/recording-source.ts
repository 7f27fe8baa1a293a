import type { CallOptions, Page, Project, ProjectQuery, ProjectSource } from '@microintern/core';

/** One call a {@link RecordingSource} received. */
export interface RecordedCall {
  query: ProjectQuery;
  signal: AbortSignal | undefined;
}

/**
 * A `ProjectSource` for tests that records every `page()` call and answers from an array,
 * `limit` at a time with numeric cursors. `hold()` makes the next answers wait until released,
 * in any order, to test aborts and late answers; `fail()` makes the next call reject.
 * Like a careless server, it ignores the abort signal unless `honourAbort` is set.
 */
export class RecordingSource implements ProjectSource {
  readonly calls: RecordedCall[] = [];
  private held: { release: () => void }[] | undefined;
  private failures: unknown[] = [];
  honourAbort = false;

  constructor(public projects: Project[], public extra: Partial<Page<Project>> = {}) {}

  /** Answers wait until `release(i)` is called for the i-th held call. */
  hold(): { release: (index: number) => void } {
    const held: { release: () => void }[] = [];
    this.held = held;
    return { release: (index) => held[index]?.release() };
  }

  /** The next call rejects with `error`. */
  fail(error: unknown): void {
    this.failures.push(error);
  }

  async page(query: ProjectQuery = {}, options: CallOptions = {}): Promise<Page<Project>> {
    this.calls.push({ query, signal: options.signal });
    if (this.held) {
      const held = this.held;
      await new Promise<void>((resolve) => held.push({ release: resolve }));
    }
    if (this.honourAbort) options.signal?.throwIfAborted();
    if (this.failures.length) throw this.failures.shift();
    const limit = query.limit ?? 20;
    const start = query.cursor ? Number(query.cursor) : 0;
    const items = this.projects.slice(start, start + limit);
    const end = start + items.length;
    return {
      items,
      nextCursor: end < this.projects.length ? String(end) : null,
      total: this.projects.length,
      skipped: [],
      ...this.extra,
    };
  }

  async *list(query: Omit<ProjectQuery, 'cursor'> = {}): AsyncIterable<Project> {
    yield* (await this.page(query)).items;
  }

  async get(idOrSlug: string): Promise<Project> {
    const found = this.projects.find((p) => p.id === idOrSlug || p.slug === idOrSlug);
    if (!found) throw new Error(`No project ${idOrSlug}`);
    return found;
  }
}
