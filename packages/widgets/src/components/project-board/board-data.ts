import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Facets, Page, Project, ProjectQuery, ProjectSource } from '@microintern/core';
import { MiErrorEvent } from '../../events/mi-error.js';
import { MiInvalidItemsEvent } from '../../events/mi-invalid-items.js';
import { MiLoadEvent } from '../../events/mi-load.js';

/** What the controller needs from its board. */
export interface BoardDataHost extends ReactiveControllerHost, HTMLElement {
  /** The source to read, or undefined while none is configured. */
  currentSource(): ProjectSource | undefined;
  /** Filters, sort and page size of the first page (no cursor). */
  query(): ProjectQuery;
}

/**
 * The board's data: the first page through `@lit/task`, further pages by cursor.
 *
 * The task re-runs whenever the source or the query changes. Starting a run aborts the older
 * request (the task aborts its signal), and an answer that arrives after a newer run started
 * is dropped even when the source ignores the signal: the run checks its own signal before
 * touching any state, and the task only reports the latest run. "Load more" appends the next
 * cursor's page, skipping ids already shown, so each project is fetched and shown once.
 *
 * Every completed page is announced with `mi-load` (and `mi-invalid-items` when the source
 * dropped invalid items); every failure with `mi-error`.
 *
 * @example
 * ```ts
 * private data = new BoardDataController(this);
 * override render() {
 *   return this.data.task.status === TaskStatus.ERROR ? this.renderError() : this.data.items.map(…);
 * }
 * ```
 */
export class BoardDataController implements ReactiveController {
  /** Every project shown, in order: the first page, then each page "Load more" added. */
  items: Project[] = [];
  nextCursor: string | null = null;
  total: number | undefined;
  facets: Facets | undefined;
  /** The state of "Load more". */
  more: 'idle' | 'loading' | 'error' = 'idle';
  moreError: unknown;
  readonly task: Task<readonly [ProjectSource | undefined, string], Page<Project>>;

  private readonly host: BoardDataHost;
  private moreAbort: AbortController | undefined;
  // Events wait here until the host has rendered what they announce.
  private queued: ({ page: Page<Project>; signal: AbortSignal } | { error: unknown; signal: AbortSignal })[] = [];

  private readonly rendered: () => boolean;

  /** `rendered` says whether the host has finished rendering its list (announcements wait for it). */
  constructor(host: BoardDataHost, rendered: () => boolean = () => true) {
    this.host = host;
    this.rendered = rendered;
    host.addController(this);
    this.task = new Task(host, {
      // The query is compared as JSON: a new object with the same filters must not refetch.
      args: () => [host.currentSource(), JSON.stringify(host.query())] as const,
      task: ([source, key], { signal }) => this.loadFirst(source, JSON.parse(key) as ProjectQuery, signal),
    });
  }

  hostDisconnected(): void {
    this.moreAbort?.abort();
  }

  /** True until the first page of the current query has arrived (or failed). */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Loads the first page again (the Retry button). */
  retry(): void {
    if (this.task.status === TaskStatus.ERROR) void this.task.run();
    else if (this.more === 'error') void this.loadMore();
  }

  private async loadFirst(source: ProjectSource | undefined, query: ProjectQuery, signal: AbortSignal) {
    this.moreAbort?.abort();
    this.more = 'idle';
    if (!source) return initialState;
    try {
      const page = await source.page(query, { signal });
      signal.throwIfAborted();
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.facets = page.facets ?? this.facets;
      this.announce(page, signal);
      return page;
    } catch (error) {
      if (!signal.aborted) this.queued.push({ error, signal });
      throw error;
    }
  }

  /**
   * Fetches the page after the last one shown and appends its new projects. Returns the index
   * of the first appended project (for moving focus there), or undefined when nothing was added.
   */
  async loadMore(): Promise<number | undefined> {
    const source = this.host.currentSource();
    const cursor = this.nextCursor;
    if (!source || !cursor || this.more === 'loading' || this.task.status !== TaskStatus.COMPLETE) return undefined;
    const controller = new AbortController();
    this.moreAbort = controller;
    this.more = 'loading';
    this.host.requestUpdate();
    try {
      const page = await source.page({ ...this.host.query(), cursor }, { signal: controller.signal });
      controller.signal.throwIfAborted();
      const seen = new Set(this.items.map((p) => p.id));
      const fresh = page.items.filter((p) => !seen.has(p.id));
      const first = this.items.length;
      this.items = [...this.items, ...fresh];
      this.nextCursor = page.nextCursor;
      this.total = page.total ?? this.total;
      this.more = 'idle';
      this.host.requestUpdate();
      this.announce(page, controller.signal);
      return fresh.length ? first : undefined;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.more = 'error';
      this.moreError = error;
      this.queued.push({ error, signal: controller.signal });
      this.host.requestUpdate();
      return undefined;
    }
  }

  /** The projects of the current query once its first page is here, else undefined. */
  get shown(): readonly Project[] | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.items : undefined;
  }

  /** Shows `project` first, once: a later page that holds it does not show it again. */
  pin(project: Project): void {
    this.items = [project, ...this.items.filter((p) => p.id !== project.id)];
    this.host.requestUpdate();
  }

  // Events go out after the page (or the error state) is on screen, so a listener can already
  // find its cards: they wait for the first host update that renders a settled state.
  private announce(page: Page<Project>, signal: AbortSignal): void {
    this.queued.push({ page, signal });
  }

  hostUpdated(): void {
    if (!this.queued.length || this.task.status === TaskStatus.PENDING || this.more === 'loading' || !this.rendered()) return;
    const queued = this.queued;
    this.queued = [];
    for (const entry of queued) {
      if (entry.signal.aborted) continue;
      if ('error' in entry) {
        this.host.dispatchEvent(new MiErrorEvent({ error: entry.error }));
        continue;
      }
      const { page } = entry;
      this.host.dispatchEvent(new MiLoadEvent({ items: page.items, total: page.total, nextCursor: page.nextCursor }));
      if (page.skipped.length) this.host.dispatchEvent(new MiInvalidItemsEvent({ skipped: page.skipped }));
    }
  }
}
