import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Project, ProjectSource } from '@microintern/core';
import { editPageUrl } from './board-query.js';

/** What {@link GigLinkController} needs from its board (kept off the element's public API). */
export interface GigLinkBoard {
  /** The prefix of the board's page-URL parameters, or undefined without `sync-url`. */
  urlPrefix(): string | undefined;
  source(): ProjectSource | undefined;
  /** The projects shown, or undefined until the first page has arrived. */
  shown(): readonly Project[] | undefined;
  /** Shows `project` first (it was not on the page the board loaded). */
  pin(project: Project): void;
  /** Opens `project`'s description and brings its card into view. */
  reveal(project: Project): Promise<void>;
}

/**
 * A link to one gig on a board with `sync-url`. Opening a card's description writes the gig's
 * slug into the page URL (`?mi-gig=clean-a-survey`), closing it takes it out again, so the
 * address a reader copies or shares opens that gig. A page opened with the parameter shows the
 * gig open and scrolled into view once the first page is on screen; a gig that is not on it is
 * fetched by its slug and shown first. A link to a gig that no longer exists leaves the board
 * as it is and drops the parameter.
 *
 * @example
 * ```ts
 * private readonly gigLink = new GigLinkController(this, { urlPrefix: () => this.urlPrefix, source: () => this.currentSource(), … });
 * // after a card's description opened or closed:
 * this.gigLink.written(project, this.expanded.has(project.id));
 * ```
 */
export class GigLinkController implements ReactiveController {
  private readonly board: GigLinkBoard;
  private wanted: string | undefined;
  private abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, board: GigLinkBoard) {
    this.board = board;
    host.addController(this);
  }

  hostConnected(): void {
    const prefix = this.board.urlPrefix();
    this.wanted = prefix === undefined ? undefined : new URLSearchParams(location.search).get(`${prefix}gig`) || undefined;
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  hostUpdated(): void {
    const wanted = this.wanted;
    if (wanted === undefined) return;
    const shown = this.board.shown();
    if (!shown) return;
    this.wanted = undefined;
    void this.open(wanted, shown);
  }

  /** Keeps the URL's gig in step with a card whose description just opened or closed. */
  written(project: Project, expanded: boolean): void {
    const prefix = this.board.urlPrefix();
    if (prefix === undefined) return;
    editPageUrl((params) => {
      const current = params.get(`${prefix}gig`);
      if (expanded) params.set(`${prefix}gig`, project.slug);
      else if (current === project.slug || current === project.id) params.delete(`${prefix}gig`);
    });
  }

  private async open(wanted: string, shown: readonly Project[]): Promise<void> {
    let project = shown.find((p) => p.slug === wanted || p.id === wanted);
    if (!project) {
      const source = this.board.source();
      if (!source) return;
      this.abort = new AbortController();
      try {
        project = await source.get(wanted, { signal: this.abort.signal });
      } catch {
        // Gone, or a mistyped link: the board stays as it is, and the address stops promising it.
        if (!this.abort.signal.aborted) this.forget(wanted);
        return;
      }
      // The reader changed the filters meanwhile: the list is theirs now.
      if (this.abort.signal.aborted || this.board.shown() !== shown) return;
      this.board.pin(project);
    }
    await this.board.reveal(project);
  }

  private forget(wanted: string): void {
    const prefix = this.board.urlPrefix();
    if (prefix === undefined) return;
    editPageUrl((params) => {
      if (params.get(`${prefix}gig`) === wanted) params.delete(`${prefix}gig`);
    });
  }
}
