import type { CallOptions, Page, Project, ProjectQuery, ProjectSource } from '@microintern/core';

/** One `page()` call a {@link RecordingSource} received, still waiting for its answer. */
export interface RecordedCall {
  query: ProjectQuery;
  signal: AbortSignal | undefined;
  resolve(page: Page<Project>): void;
  reject(error: unknown): void;
}

/**
 * A `ProjectSource` that records every `page()` call and answers only when the test says so,
 * so a test can hold a request in flight, change filters, and then answer the stale one.
 * Like a careless server it ignores the signal: the code under test must drop stale answers.
 */
export class RecordingSource implements ProjectSource {
  readonly calls: RecordedCall[] = [];

  page(query: ProjectQuery = {}, { signal }: CallOptions = {}): Promise<Page<Project>> {
    return new Promise((resolve, reject) => this.calls.push({ query, signal, resolve, reject }));
  }

  async *list(): AsyncGenerator<Project> {
    throw new Error('RecordingSource.list is not used by these tests');
  }

  get(): Promise<Project> {
    return Promise.reject(new Error('RecordingSource.get is not used by these tests'));
  }

  /** The most recent call. */
  get last(): RecordedCall {
    const call = this.calls.at(-1);
    if (!call) throw new Error('no page() call was made');
    return call;
  }
}

/**
 * A `ProjectSource` that answers at once: `page()` with `answer(query)` (a page, or a thrown
 * error), `get()` with the project of that id from `projects`. Every query is recorded.
 */
export function answeringSource(projects: Project[], answer?: (query: ProjectQuery) => Page<Project>): ProjectSource & { queries: ProjectQuery[] } {
  const queries: ProjectQuery[] = [];
  return {
    queries,
    async page(query = {}) {
      queries.push(query);
      return answer ? answer(query) : { items: projects, nextCursor: null, total: projects.length, skipped: [] };
    },
    async *list() {
      yield* projects;
    },
    async get(id) {
      const project = projects.find((p) => p.id === id || p.slug === id);
      if (!project) throw new Error(`no project ${id}`);
      return project;
    },
  };
}
