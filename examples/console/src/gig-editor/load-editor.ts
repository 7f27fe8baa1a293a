// Loads the gig editor's module when the console first goes to `#/gigs/new` or `#/gigs/{id}`
// (at start, or on a later move), and the moment a link to it is pointed at or focused, so the
// code is usually there by the time the click lands. Until it arrives the shell's
// `<console-gig-editor>` is an empty element; if it cannot be fetched, that element says so
// and the next move tries again.
import { parseRoute } from '../router.js';

let loading: Promise<unknown> | undefined;

function load(): Promise<unknown> {
  return (loading ??= import('./define.js').catch((error: unknown) => {
    loading = undefined;
    showFailure();
    throw error;
  }));
}

function showFailure(): void {
  const spanish = document.documentElement.lang === 'es';
  for (const element of document.querySelectorAll('console-gig-editor:not(:defined)')) {
    const alert = document.createElement('p');
    alert.className = 'form-error';
    alert.setAttribute('role', 'alert');
    alert.textContent = spanish
      ? 'No se pudo cargar el formulario del proyecto. Revisa tu conexión y vuelve a cargar la página.'
      : 'The gig form could not be loaded. Check your connection, then reload the page.';
    element.replaceChildren(alert);
  }
}

function isEditorRoute(hash: string): boolean {
  const view = parseRoute(hash).view;
  return view === 'new-gig' || view === 'edit-gig';
}

/**
 * Starts loading the editor when the address is (or becomes) one of its routes, or a link to
 * one is about to be followed.
 *
 * @example
 * ```ts
 * loadGigEditorWhenNeeded(window);
 * ```
 */
export function loadGigEditorWhenNeeded(win: Window): void {
  const check = () => {
    if (isEditorRoute(win.location.hash)) void load().catch(() => {});
  };
  const prefetch = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#/gigs/"]') : null;
    if (link && isEditorRoute(link.getAttribute('href') ?? '')) void load().catch(() => {});
  };
  win.addEventListener('hashchange', check);
  win.document.addEventListener('pointerover', prefetch);
  win.document.addEventListener('focusin', prefetch);
  check();
}
