import { html, LitElement, type PropertyValues } from 'lit';
import type { CompanySummary, Project } from '@microintern/core';
import { optionsTemplate } from './options-template.js';
import { syncPreview } from './preview.js';
import { snippetsTemplate, type CopyState, type SnippetView } from './snippets-template.js';
import { cspHeader, htmlSnippet, reactSnippet, sha256Source, styleText } from './snippets.js';
import { loadCompanies, loadGigs, logoOrigins } from './sources.js';
import { stateFromParams, stateToParams, type BuilderEnv, type BuilderState } from './state.js';
import { themeTemplate } from './theme-template.js';
import { TOKENS } from './tokens.js';

/** The builder's own URL parameters; the preview board's `sync-url` ones are left alone. */
const OWN_PARAMS = new Set([
  'element', 'source', 'api', 'company', 'src', 'apply-api', 'project-id', 'page-size', 'q', 'category', 'skills', 'schedule', 'sort',
  'min-rate', 'max-hours', 'sync-url', 'structured-data', 'theme', 'locale', 'currency-display', 'time-zone', 'script', 'view',
  ...TOKENS.map((t) => t.name),
]);

/**
 * The page's defaults: `<meta name="mi-builder-api|feed|script">` when a static copy sets them
 * (the docs build), else the reference server this page is served from.
 */
export function readEnv(doc: Document = document): BuilderEnv {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="mi-builder-${name}"]`)?.content.trim() || undefined;
  const origin = doc.location.origin;
  return {
    api: meta('api') ?? origin,
    feed: meta('feed') ?? `${origin}/blog-embed/gigs.json`,
    script: meta('script') ?? `${origin}/cdn/mi-project-board.js`,
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `<embed-builder>`: the builder page's app. It renders into its light DOM (styled by
 * builder.css), keeps its state in the page URL, and shows the real widget as the preview.
 */
export class EmbedBuilder extends LitElement {
  static override properties = {
    state: { state: true },
    companies: { state: true },
    companiesError: { state: true },
    gigs: { state: true },
    gigsError: { state: true },
    styleHash: { state: true },
    copies: { state: true },
  };

  declare state: BuilderState;
  declare companies: CompanySummary[] | undefined;
  declare companiesError: string | undefined;
  declare gigs: Project[] | undefined;
  declare gigsError: string | undefined;
  declare styleHash: string | undefined;
  declare copies: Record<string, CopyState>;

  private readonly env = readEnv();
  private companiesKey = '';
  private gigsKey = '';
  private hashedText = '';
  private companiesAbort: AbortController | undefined;
  private gigsAbort: AbortController | undefined;
  private readonly copyTimers = new Map<string, number>();

  constructor() {
    super();
    this.state = stateFromParams(new URLSearchParams(location.search), this.env);
    this.copies = {};
  }

  protected override createRenderRoot(): HTMLElement {
    // The page's "Loading…" placeholder goes; Lit would render after it.
    this.replaceChildren();
    return this;
  }

  private set(patch: Partial<BuilderState>): void {
    this.state = { ...this.state, ...patch };
    const url = new URL(location.href);
    const params = stateToParams(this.state, this.env);
    for (const [name, value] of url.searchParams) if (!OWN_PARAMS.has(name)) params.append(name, value);
    url.search = params.toString();
    history.replaceState(history.state, '', url);
  }

  private setToken = (name: string, value: string | undefined): void => {
    const tokens = { ...this.state.tokens };
    if (value === undefined) delete tokens[name];
    else tokens[name] = value;
    this.set({ tokens });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('state')) this.loadFor(this.state);
    const { state } = this;
    // A card needs a gig: the first of the source's, until one is chosen.
    if (state.element === 'card' && this.gigs?.length && !this.gigs.some((g) => g.slug === state.projectId || g.id === state.projectId)) {
      this.set({ projectId: this.gigs[0]!.slug });
    }
    const text = styleText(this.state);
    if (text !== this.hashedText) {
      this.hashedText = text;
      this.styleHash = undefined;
      // Web Crypto exists only in secure contexts (https, localhost): elsewhere say so.
      if (text) sha256Source(text).then((hash) => this.hashedText === text && (this.styleHash = hash), () => this.hashedText === text && (this.styleHash = ''));
    }
  }

  /** Starts reading the companies and gigs the state's source has, when the source changed. */
  private loadFor(state: BuilderState): void {
    const companiesKey = state.source === 'api' ? state.api : '';
    if (companiesKey !== this.companiesKey) {
      this.companiesKey = companiesKey;
      this.companies = undefined;
      this.companiesError = undefined;
      this.companiesAbort?.abort();
      if (companiesKey) {
        const abort = (this.companiesAbort = new AbortController());
        loadCompanies(companiesKey, abort.signal).then(
          (companies) => !abort.signal.aborted && (this.companies = companies),
          (error: unknown) => !abort.signal.aborted && (this.companiesError = message(error)),
        );
      }
    }
    const gigsKey = state.source === 'api' ? `api ${state.api} ${state.company}` : `feed ${state.src}`;
    if (gigsKey !== this.gigsKey) {
      this.gigsKey = gigsKey;
      this.gigs = undefined;
      this.gigsError = undefined;
      this.gigsAbort?.abort();
      const abort = (this.gigsAbort = new AbortController());
      loadGigs(state, abort.signal).then(
        (gigs) => !abort.signal.aborted && (this.gigs = gigs),
        (error: unknown) => !abort.signal.aborted && (this.gigsError = message(error)),
      );
    }
  }

  protected override updated(): void {
    const stage = this.querySelector<HTMLElement>('.stage');
    if (stage) syncPreview(stage, this.state);
  }

  private logoOrigins(): string[] {
    if (this.state.source === 'feed') return logoOrigins(this.gigs ?? []);
    const companies = (this.companies ?? []).filter((c) => !this.state.company || c.slug === this.state.company);
    return [...new Set(companies.flatMap((c) => (c.logoUrl ? [new URL(c.logoUrl).origin] : [])))].sort();
  }

  private snippets(): SnippetView[] {
    const style = styleText(this.state);
    const hashNote = !style
      ? ''
      : this.styleHash
        ? ' The hash in style-src allows exactly the snippet’s <style> block: paste it unchanged, or move its rules into your stylesheet and drop the hash.'
        : this.styleHash === ''
          ? ' This page cannot hash the <style> block (Web Crypto needs https): move its rules into your stylesheet, which style-src \'self\' allows.'
          : ' Computing the hash of the <style> block…';
    return [
      {
        id: 'html',
        title: 'HTML',
        note: 'Paste into any page: the module script, then the element with only the attributes that differ from its defaults.',
        text: htmlSnippet(this.state),
      },
      {
        id: 'react',
        title: 'React',
        note: html`With <code>@microintern/react</code> (install it with <code>@microintern/widgets</code>); the elements come with your bundle, so no script tag.`,
        text: reactSnippet(this.state),
      },
      {
        id: 'csp',
        title: 'CSP header',
        note: `The Content-Security-Policy your server sends with the HTML snippet (docs/security.md). With the React snippet, script-src needs only your own origin.${hashNote}`,
        text: `${cspHeader(this.state, { logoOrigins: this.logoOrigins(), ...(this.styleHash ? { styleHash: this.styleHash } : {}) })}\n`,
      },
    ];
  }

  private async copy(id: SnippetView['id']): Promise<void> {
    const text = this.snippets().find((s) => s.id === id)!.text;
    clearTimeout(this.copyTimers.get(id));
    try {
      await navigator.clipboard.writeText(text);
      this.copies = { ...this.copies, [id]: { kind: 'copied' } };
      this.copyTimers.set(id, window.setTimeout(() => (this.copies = { ...this.copies, [id]: { kind: 'idle' } }), 4000));
    } catch (error) {
      // No clipboard (a page over plain http, or permission refused): select the text instead.
      const code = this.querySelector(`[data-snippet="${id}"] pre`);
      if (code) getSelection()?.selectAllChildren(code);
      this.copies = { ...this.copies, [id]: { kind: 'failed', message: `Could not copy (${message(error)}); the text is selected: press Ctrl+C or ⌘C.` } };
    }
  }

  protected override render() {
    const { state } = this;
    const set = (patch: Partial<BuilderState>) => this.set(patch);
    return html`
      <div class="layout">
        <form class="options" aria-label="Embed options" @submit=${(e: Event) => e.preventDefault()}>
          ${optionsTemplate({ state, set, companies: this.companies, companiesError: this.companiesError, gigs: this.gigs, gigsError: this.gigsError })}
          ${themeTemplate(state, set, this.setToken)}
        </form>
        <div class="output">
          <section class="preview" aria-labelledby="preview-title">
            <div class="preview-head">
              <h2 id="preview-title">Live preview</h2>
              <fieldset class="view">
                <legend>Preview width</legend>
                ${(['desktop', 'phone'] as const).map((v) => html`<label class="choice"><input type="radio" name="view" .value=${v} .checked=${state.view === v} @change=${() => set({ view: v })}> ${v === 'desktop' ? 'Desktop' : 'Phone (375 px)'}</label>`)}
              </fieldset>
            </div>
            <div class="frame" data-view=${state.view}><div class="stage"></div></div>
          </section>
          <section class="snippets" aria-labelledby="snippets-title">
            <h2 id="snippets-title">Snippets</h2>
            ${snippetsTemplate(this.snippets(), this.copies, (id) => void this.copy(id))}
          </section>
        </div>
      </div>`;
  }
}
