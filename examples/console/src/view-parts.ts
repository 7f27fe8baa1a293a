// Pieces every review view draws the same way: the loading line, a failure with a way to try
// again, the document's title.
import { html, type TemplateResult } from 'lit';
import { failureText, type Failure } from './failure.js';
import { localeOf, type Catalog, type Lang } from './locale.js';

interface Messages {
  console: string;
  loading: string;
  loadingCount: (n: number) => string;
  retry: string;
}

const messages: Catalog<Messages> = {
  en: {
    console: 'Company console',
    loading: 'Loading…',
    loadingCount: (n) => `Loading… ${n} so far`,
    retry: 'Try again',
  },
  es: {
    console: 'Consola de empresa',
    loading: 'Cargando…',
    loadingCount: (n) => `Cargando… ${n} hasta ahora`,
    retry: 'Reintentar',
  },
};

/**
 * The status line shown while a view loads; with a count once the first page is in.
 *
 * @example
 * ```ts
 * html`<section aria-busy="true">${loadingLine(this.ctx.lang, state.loaded)}</section>`
 * ```
 */
export function loadingLine(lang: Lang, loaded = 0): TemplateResult {
  const m = messages[lang];
  return html`<p class="loading-line" role="status">${loaded > 0 ? m.loadingCount(loaded) : m.loading}</p>`;
}

/**
 * A failure in words, as an alert, with a "Try again" button when `retry` is given. A
 * `signed-out` failure shows too: the shell's sign-in form covers the view meanwhile.
 *
 * @example
 * ```ts
 * failureAlert(state.failure, this.ctx.lang, () => this.load.run())
 * ```
 */
export function failureAlert(failure: Failure, lang: Lang, retry?: () => void): TemplateResult {
  return html`<div class="view-failure" role="alert">
    <p>${failureText(failure, lang)}</p>
    ${retry ? html`<button type="button" class="secondary" @click=${retry}>${messages[lang].retry}</button>` : null}
  </div>`;
}

/**
 * Sets the document's title to a view's name, then the console's.
 *
 * @example
 * ```ts
 * setDocumentTitle(['Applicants for Clean a survey', 'Forkful'], 'en'); // "Applicants for Clean a survey · Forkful · Company console"
 * ```
 */
export function setDocumentTitle(parts: readonly string[], lang: Lang): void {
  document.title = [...parts, messages[lang].console].join(' · ');
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The console's date and time format in `lang`, in `timeZone` (the console's setting), naming
 * the zone: "Dec 8, 2026, 6:00 PM CST". One formatter per language and zone.
 *
 * @example
 * ```ts
 * dateTimeFormat('es', 'Europe/Madrid').format(new Date(application.submittedAt)); // '3 dic 2026, 20:39 CET'
 * ```
 */
export function dateTimeFormat(lang: Lang, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    // dateStyle and timeStyle cannot be combined with timeZoneName: the fields one by one.
    format = new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone });
    dateTimeFormats.set(key, format);
  }
  return format;
}
