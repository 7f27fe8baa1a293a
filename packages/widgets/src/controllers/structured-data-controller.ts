import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Project } from '@microintern/core';

type Host = ReactiveControllerHost & HTMLElement;

const MARK = 'data-mi-structured-data';
const NONE: readonly Project[] = [];

/**
 * Publishes schema.org `JobPosting` JSON-LD for the projects an element shows, so search
 * engines index the gigs of a careers page (an iframe embed cannot do this).
 *
 * Where: one `<script type="application/ld+json" data-mi-structured-data>` per shown project,
 * appended to the element's own light DOM. Crawlers read JSON-LD anywhere in the document; the
 * element's light DOM keeps each board's postings with it (two boards never touch each other's
 * scripts, and a board inside another component's shadow root still writes into the document
 * tree it lives in). The shadow root has no slot for them, so they never render.
 *
 * When: after the element has rendered, in an idle moment, so a long board paints first. Scripts
 * are reused per project id, removed when their project leaves the list, and all removed when
 * the element disconnects or `enabled()` turns false.
 *
 * The JSON comes from `jobPostingToJson` in `@microintern/core`, which escapes `<` so a title
 * such as `</script><script>…` cannot end the script element. On pages that enforce Trusted
 * Types it goes through a policy named `microintern-json-ld`, which the page lists in its
 * `trusted-types` directive; where that is refused, no JSON-LD is written for the rest of the
 * page's life (one violation report, not one per card) and the board works on.
 *
 * @example
 * ```ts
 * new StructuredDataController(this, () => this.data.items, () => this.structuredData !== 'off');
 * ```
 */
export class StructuredDataController implements ReactiveController {
  private readonly host: Host;
  private readonly projects: () => readonly Project[];
  private readonly enabled: () => boolean;
  private readonly scripts = new Map<string, { project: Project; script: HTMLScriptElement }>();
  private scheduled = false;
  private written: readonly Project[] | undefined;

  constructor(host: Host, projects: () => readonly Project[], enabled: () => boolean) {
    this.host = host;
    this.projects = projects;
    this.enabled = enabled;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the document: the scripts were removed on disconnect and must come back.
    this.written = undefined;
    this.schedule();
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.sync(NONE, () => {});
  }

  private current(): readonly Project[] {
    return this.enabled() ? this.projects() : NONE;
  }

  private schedule(): void {
    if (this.scheduled || this.current() === this.written) return;
    this.scheduled = true;
    const run = async () => {
      const { writeJsonLd } = await import('../internal/load-json-ld.js');
      this.scheduled = false;
      if (this.host.isConnected) this.sync(this.current(), writeJsonLd);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void run(), { timeout: 500 });
    else setTimeout(() => void run(), 50);
  }

  /** Makes the light DOM hold exactly one script per project in `projects`, in order. */
  private sync(projects: readonly Project[], write: (script: HTMLScriptElement, project: Project) => void): void {
    this.written = projects;
    const keep = new Set<string>();
    const fragment = document.createDocumentFragment();
    for (const project of projects) {
      if (keep.has(project.id)) continue;
      let entry = this.scripts.get(project.id);
      if (!entry || entry.project !== project) {
        const script = entry?.script ?? document.createElement('script');
        try {
          script.type = 'application/ld+json';
          // Throws for inline data that is not a valid Project (publish nothing rather than half
          // a posting), and where Trusted Types are enforced without our policy.
          write(script, project);
        } catch {
          continue;
        }
        script.setAttribute(MARK, '');
        entry = { project, script };
        this.scripts.set(project.id, entry);
      }
      keep.add(project.id);
      fragment.append(entry.script);
    }
    for (const [id, { script }] of this.scripts) {
      if (!keep.has(id)) {
        script.remove();
        this.scripts.delete(id);
      }
    }
    this.host.append(fragment);
  }
}
