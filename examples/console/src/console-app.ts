import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createClient, type MiClient } from '@microintern/core';
import type { ConsoleContext } from './context.js';
import { classifyFailure, failureText, type Failure } from './failure.js';
import { LANGS, pickLang, setLang, LANG_STORAGE_KEY, type Catalog, type Lang } from './locale.js';
import { parseRoute, routeHref, type Route } from './router.js';
import { clearDrafts } from './drafts.js';
import { freshFetch } from './fresh-fetch.js';
import { endSession, expireSession, readSession, saveSession, startSession, type Session, type SessionState } from './session.js';
import { readSettings, writeSettings, type ConsoleSettings } from './settings.js';

interface ShellMessages {
  title: string;
  skip: string;
  nav: string;
  gigs: string;
  newGig: string;
  signOut: string;
  language: string;
  signedInAs: (name: string) => string;
  signInTitle: string;
  signInIntro: string;
  company: string;
  companyHint: string;
  key: string;
  keyHint: string;
  signIn: string;
  signingIn: string;
  wrongKey: string;
  expired: string;
  deploymentNote: string;
  notFound: string;
  back: string;
}

const shellMessages: Catalog<ShellMessages> = {
  en: {
    title: 'Company console',
    skip: 'Skip to the content',
    nav: 'Console',
    gigs: 'Gigs',
    newGig: 'Post a gig',
    signOut: 'Sign out',
    language: 'Language',
    signedInAs: (name) => `Signed in as ${name}`,
    signInTitle: 'Sign in to your company',
    signInIntro: 'Post gigs and review the students who apply. The key stays in this tab and is forgotten when you close it.',
    company: 'Company slug',
    companyHint: 'As in your careers page’s company attribute, e.g. forkful.',
    key: 'Secret key',
    keyHint: 'Starts with sk_. Created with the API’s admin command.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    wrongKey: 'That company and key do not match. Check both and try again.',
    expired: 'Your session has ended. Sign in again to go on; nothing you typed is lost.',
    deploymentNote: 'This reference console signs in with the API key itself. A real deployment puts its own login in front of it.',
    notFound: 'There is nothing at this address.',
    back: 'Back to the gigs',
  },
  es: {
    title: 'Consola de empresa',
    skip: 'Saltar al contenido',
    nav: 'Consola',
    gigs: 'Proyectos',
    newGig: 'Publicar un proyecto',
    signOut: 'Cerrar sesión',
    language: 'Idioma',
    signedInAs: (name) => `Sesión iniciada como ${name}`,
    signInTitle: 'Inicia sesión en tu empresa',
    signInIntro: 'Publica proyectos y revisa a los estudiantes que se postulan. La clave se queda en esta pestaña y se olvida al cerrarla.',
    company: 'Identificador de la empresa',
    companyHint: 'El del atributo company de tu página de empleo, p. ej. forkful.',
    key: 'Clave secreta',
    keyHint: 'Empieza por sk_. Se crea con el comando de administración de la API.',
    signIn: 'Iniciar sesión',
    signingIn: 'Iniciando sesión…',
    wrongKey: 'La empresa y la clave no coinciden. Revisa ambas y vuelve a intentarlo.',
    expired: 'Tu sesión ha terminado. Vuelve a iniciar sesión para seguir; no se pierde nada de lo que escribiste.',
    deploymentNote: 'Esta consola de referencia inicia sesión con la propia clave de la API. Un despliegue real pone su propio inicio de sesión delante.',
    notFound: 'No hay nada en esta dirección.',
    back: 'Volver a los proyectos',
  },
};

/**
 * A person is waiting on every call: one retry of a dropped read, and a 429 is shown at once
 * with its wait unless the server asks for only a few seconds.
 */
const CONSOLE_RETRY = { limit: 1, maxRetryAfter: 3_000 };

/** The longest delay `setTimeout` keeps (about 24.8 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;

const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/**
 * `<mi-console>`: the company console's shell. It keeps the session (sessionStorage), the
 * language and the route (the address's fragment), shows the sign-in form when nobody is
 * signed in or the session ended, and otherwise the view the route names, given a
 * {@link ConsoleContext}.
 */
export class MiConsole extends LitElement {
  static override properties = {
    lang: { state: true },
    route: { state: true },
    sessionState: { state: true },
    signInFailure: { state: true },
    signingIn: { state: true },
  };

  declare lang: Lang;
  declare route: Route;
  declare sessionState: SessionState;
  declare signInFailure: string | undefined;
  declare signingIn: boolean;
  /** The session the views were last given: kept while the sign-in form covers them. */
  private mounted: Session | undefined;
  private context: ConsoleContext | undefined;

  constructor() {
    super();
    this.lang = pickLang(location.search, safeGet(localStorage, LANG_STORAGE_KEY), navigator.languages);
    this.route = parseRoute(location.hash);
    this.sessionState = readSession(sessionStorage);
    this.signingIn = false;
    if (this.sessionState.state === 'active') this.mounted = this.sessionState.session;
  }

  protected override createRenderRoot(): HTMLElement {
    // The page's "Loading the console…" goes; the shell renders in its place.
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    setLang(this.lang, undefined, document);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.expiryTimer);
  }

  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('sessionState')) return;
    // A session runs out on time even in a tab left open: the sign-in form then covers the
    // views, which keep what was typed.
    clearTimeout(this.expiryTimer);
    const state = this.sessionState;
    // Ended under the person's hands: the key field is where they go next.
    if (state.state === 'expired' && changed.get('sessionState')?.state === 'active') this.querySelector<HTMLInputElement>('#sign-in-key')?.focus();
    if (state.state !== 'active') return;
    const wait = Math.min(Math.max(0, state.session.expiresAt - Date.now()), MAX_TIMEOUT);
    this.expiryTimer = setTimeout(() => {
      this.sessionState = readSession(sessionStorage);
    }, wait);
  }

  private readonly onHashChange = (): void => {
    this.route = parseRoute(location.hash);
    // A session can run out while the tab sits open: check at each move.
    if (this.sessionState.state === 'active') this.sessionState = readSession(sessionStorage);
  };

  private client: { company: string; key: string; mi: MiClient } | undefined;

  /** The one client per company and key: the sign-in check's client is the views' client after. */
  private clientFor(company: string, key: string): MiClient {
    if (this.client?.company !== company || this.client.key !== key) {
      this.client = { company, key, mi: createClient({ baseUrl: location.origin, company, key, retry: CONSOLE_RETRY, fetch: freshFetch }) };
    }
    return this.client.mi;
  }

  /** The context for the views, rebuilt only when what it holds changes. */
  private contextFor(session: Session): ConsoleContext {
    const c = this.context;
    if (c && c.session === session && c.lang === this.lang) return c;
    this.context = {
      client: this.clientFor(session.company, session.key),
      session,
      lang: this.lang,
      settings: readSettings(localStorage, session.company),
      signedOut: (failure: Failure) => this.onSignedOut(failure),
      saveSettings: (settings: ConsoleSettings) => {
        writeSettings(localStorage, session.company, settings);
        this.context = { ...this.contextFor(session), settings };
        this.requestUpdate();
      },
    };
    return this.context;
  }

  private onSignedOut(_failure: Failure): void {
    if (this.sessionState.state !== 'active') return;
    this.sessionState = expireSession(sessionStorage, this.sessionState.session.company);
  }

  private readonly onLang = (event: Event): void => {
    const lang = (event.target as HTMLSelectElement).value as Lang;
    this.lang = lang;
    setLang(lang, localStorage, document);
  };

  // The fragment holds the route, so the skip link moves focus itself instead of changing it.
  private readonly onSkip = (event: Event): void => {
    event.preventDefault();
    this.querySelector<HTMLElement>('#console-main')?.focus();
  };

  private readonly onSignOut = (): void => {
    endSession(sessionStorage);
    // Drafts of gig forms go too: the next person at this browser sees none of them.
    clearDrafts(sessionStorage);
    this.mounted = undefined;
    this.context = undefined;
    this.client = undefined;
    this.sessionState = { state: 'none' };
    this.signInFailure = undefined;
    location.hash = routeHref({ view: 'gigs' });
  };

  private readonly onSignIn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const company = String(data.get('company') ?? '').trim().toLowerCase();
    const key = String(data.get('key') ?? '').trim();
    const m = shellMessages[this.lang];
    this.signingIn = true;
    this.signInFailure = undefined;
    try {
      const client = this.clientFor(company, key);
      // A secret-key read checks the key; the directory gives the company's display name.
      await client.applications.counts();
      const directory = await client.companies.list().catch(() => []);
      const started = startSession(sessionStorage, company, key);
      const name = directory.find((entry) => entry.slug === company)?.name;
      const session = name ? { ...started, companyName: name } : started;
      if (name) saveSession(sessionStorage, session);
      // The views stay as they were when the same company signs in again (a draft survives).
      if (this.mounted?.company !== company) this.context = undefined;
      this.mounted = session;
      this.sessionState = { state: 'active', session };
      form.reset();
      // The form that held the focus is gone: the content it covered takes it.
      await this.updateComplete;
      this.querySelector<HTMLElement>('#console-main')?.focus();
    } catch (error) {
      // A slug or key the client refuses to send is as wrong as one the API refuses.
      const failure = classifyFailure(error);
      this.signInFailure = failure.kind === 'signed-out' || failure.kind === 'forbidden' || failure.kind === 'invalid'
        ? m.wrongKey
        : failureText(failure, this.lang);
    } finally {
      this.signingIn = false;
    }
  };

  override render(): TemplateResult {
    const m = shellMessages[this.lang];
    const state = this.sessionState;
    const active = state.state === 'active' ? state.session : undefined;
    return html`
      <a class="skip-link" href="#console-main" @click=${this.onSkip}>${m.skip}</a>
      <header class="console-header">
        <p class="brand">${m.title}</p>
        ${active
          ? html`<nav aria-label=${m.nav}>
              <a href=${routeHref({ view: 'gigs' })} aria-current=${this.route.view === 'gigs' ? 'page' : nothing}>${m.gigs}</a>
              <a href=${routeHref({ view: 'new-gig' })} aria-current=${this.route.view === 'new-gig' ? 'page' : nothing}>${m.newGig}</a>
            </nav>`
          : nothing}
        <div class="header-tools">
          <label class="lang"><span>${m.language}</span>
            <select @change=${this.onLang}>
              ${LANGS.map((lang) => html`<option value=${lang} ?selected=${lang === this.lang} lang=${lang}>${LANG_NAMES[lang]}</option>`)}
            </select>
          </label>
          ${active
            ? html`<span class="who">${m.signedInAs(active.companyName ?? active.company)}</span>
                <button type="button" class="secondary" @click=${this.onSignOut}>${m.signOut}</button>`
            : nothing}
        </div>
      </header>
      <main id="console-main" tabindex="-1">
        ${active ? nothing : this.signInTemplate(m, state)}
        ${this.mounted ? html`<div class="views" ?hidden=${!active} ?inert=${!active}>${this.viewTemplate(this.contextFor(this.mounted), m)}</div>` : nothing}
      </main>
    `;
  }

  private signInTemplate(m: ShellMessages, state: SessionState): TemplateResult {
    const company = state.state === 'expired' ? state.company : '';
    return html`
      <section class="sign-in" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">${m.signInTitle}</h1>
        <p>${m.signInIntro}</p>
        ${state.state === 'expired' ? html`<p class="notice" role="status">${m.expired}</p>` : nothing}
        <form @submit=${this.onSignIn} novalidate>
          <div class="field">
            <label for="sign-in-company">${m.company}</label>
            <input id="sign-in-company" name="company" autocomplete="organization" required .value=${company} aria-describedby="sign-in-company-hint" ?readonly=${this.signingIn}>
            <p class="hint" id="sign-in-company-hint">${m.companyHint}</p>
          </div>
          <div class="field">
            <label for="sign-in-key">${m.key}</label>
            <input id="sign-in-key" name="key" type="password" autocomplete="current-password" required spellcheck="false" aria-describedby="sign-in-key-hint" ?readonly=${this.signingIn}>
            <p class="hint" id="sign-in-key-hint">${m.keyHint}</p>
          </div>
          <p class="form-error" role="alert">${this.signInFailure ?? nothing}</p>
          <button type="submit" ?disabled=${this.signingIn}>${this.signingIn ? m.signingIn : m.signIn}</button>
        </form>
        <p class="hint">${m.deploymentNote}</p>
      </section>
    `;
  }

  /** The route's view. Each is its own element; see the view modules. */
  private viewTemplate(ctx: ConsoleContext, m: ShellMessages): TemplateResult {
    const route = this.route;
    switch (route.view) {
      case 'gigs':
        return html`<console-gigs .ctx=${ctx}></console-gigs>`;
      case 'new-gig':
        return html`<console-gig-editor .ctx=${ctx}></console-gig-editor>`;
      case 'edit-gig':
        return html`<console-gig-editor .ctx=${ctx} .gigId=${route.id}></console-gig-editor>`;
      case 'applicants':
        return html`<console-applicants .ctx=${ctx} .projectId=${route.projectId} .filters=${route.filters}></console-applicants>`;
      case 'applicant':
        return html`<console-applicant .ctx=${ctx} .applicationId=${route.id}></console-applicant>`;
      case 'not-found':
        return html`<section><h1>${m.notFound}</h1><p><a href=${routeHref({ view: 'gigs' })}>${m.back}</a></p></section>`;
    }
  }
}

function safeGet(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
