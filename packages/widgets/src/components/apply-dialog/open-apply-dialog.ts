import type { Project } from '@microintern/core';
import type { MiApplyOpenEvent } from '../../events/mi-apply-open.js';
import { MiErrorEvent } from '../../events/mi-error.js';
import type { MiApplyDialog } from './apply-dialog.component.js';
import { deepActiveElement } from './deep-active-element.js';

/** What a host passes on to the dialog it opens. */
export interface OpenApplyDialogOptions {
  /** The API and company applications go to (the host's own `api` and `company`). */
  api?: string | undefined;
  company?: string | undefined;
  /** Copied to the dialog so it looks and reads like its host. */
  theme?: string | undefined;
  locale?: string | undefined;
  timeZone?: string | undefined;
  /** Gets focus back when the dialog closes. Default: what has focus now. */
  opener?: HTMLElement | undefined;
}

/** An element whose Apply buttons open the apply dialog: where it sends, and how it looks. */
export interface ApplyHost extends HTMLElement {
  api?: string | undefined;
  company?: string | undefined;
  /** `apply-api`: where applications go when the element reads a feed rather than `api`. */
  applyApi?: string | undefined;
  theme?: string | undefined;
  locale?: string | undefined;
  timeZone?: string | undefined;
}

// `mi-apply-open` events whose default action an element has already taken on.
const claimed = new WeakSet<Event>();

/**
 * The default action of `mi-apply-open`: opens the apply dialog in `host`. The first element to
 * take an event on opens the dialog: a board hears its cards' presses, slotted cards' included,
 * while they are dispatched, before the card that fired it gets here, so one dialog opens.
 * Decided in a microtask, after every listener has seen the event: when the page called
 * `preventDefault()`, it runs its own flow and nothing opens.
 *
 * Applications go to the host's `api` and `company`; for a host that reads a feed, to its
 * `apply-api` with no company (the API's marketplace route finds the gig's company from its id).
 * With neither, the dialog says it has nowhere to send.
 *
 * @example
 * ```ts
 * this.addEventListener('mi-apply-open', (event) => openOnApply(this, event));
 * ```
 */
export function openOnApply(host: ApplyHost, event: MiApplyOpenEvent, opener?: HTMLElement): void {
  if (claimed.has(event)) return;
  claimed.add(event);
  queueMicrotask(() => {
    if (event.defaultPrevented) return;
    const { api, company, applyApi, theme, locale, timeZone } = host;
    const target = api ? { api, company } : { api: applyApi || undefined };
    void openApplyDialog(host, event.detail.project, { ...target, theme, locale, timeZone, ...(opener ? { opener } : {}) });
  });
}

let loading: Promise<unknown> | undefined;

function loadDialog(): Promise<unknown> {
  return (loading ??= import('./apply-dialog.js').catch((error: unknown) => {
    loading = undefined; // A failed chunk download is tried again on the next press.
    throw error;
  }));
}

/**
 * Starts loading the apply dialog's code (the dialog, form, picker and the schemas they check
 * with) when a press looks likely: a pointer over an Apply button, or focus on one. A person
 * points at a button some hundred milliseconds before pressing it, which is about what the
 * download and first run of that code take, so the dialog opens as if it had been there. Cards
 * and boards call it from `pointerover` and `focusin`; errors wait for the press to report them.
 *
 * @example
 * ```ts
 * root.addEventListener('pointerover', (event) => { if (isApplyButton(event)) prefetchApplyDialog(); });
 * ```
 */
export function prefetchApplyDialog(event: Event): void {
  if (loading) return;
  const target = event.composedPath()[0];
  if (target instanceof Element && target.closest('button[data-action="apply"]:not([disabled])')) void loadDialog().catch(() => {});
}

/**
 * Opens the apply dialog for `project` inside `host`'s shadow root, creating it on first use.
 * The dialog, the form and the availability picker are imported here, on the first press of an
 * Apply button, so a page that only browses gigs never downloads them (with code splitting,
 * they are a separate chunk of the CDN board file). If that chunk cannot be loaded, `host` fires
 * `mi-error` and the promise resolves to undefined; the next press tries again.
 *
 * @example
 * ```ts
 * this.addEventListener('mi-apply-open', (event) =>
 *   void openApplyDialog(this, event.detail.project, { api: this.api, company: this.company }));
 * ```
 */
export async function openApplyDialog(host: HTMLElement, project: Project, options: OpenApplyDialogOptions = {}): Promise<MiApplyDialog | undefined> {
  const opener = options.opener ?? deepActiveElement();
  try {
    await loadDialog();
  } catch (error) {
    // The chunk did not arrive (offline, a deploy replaced it): the host hears of it, the press can be repeated.
    host.dispatchEvent(new MiErrorEvent({ error }));
    return undefined;
  }
  const root = host.shadowRoot ?? host;
  // The host may have left the page while the chunk downloaded; a dialog there could not open.
  if (!host.isConnected) return undefined;
  let dialog = root.querySelector('mi-apply-dialog');
  if (!dialog) {
    dialog = document.createElement('mi-apply-dialog');
    root.append(dialog);
  }
  const { api, company, theme, locale, timeZone } = options;
  Object.assign(dialog, { api, company, locale, timeZone, ...(theme ? { theme } : {}) });
  await dialog.show(project, opener);
  return dialog;
}
