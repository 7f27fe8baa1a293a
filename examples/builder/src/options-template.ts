// The builder's form, minus the theme: element, source, board settings, initial filters and
// formats. Each control calls `set` with the part of the state it changes.
import { html, nothing, type TemplateResult } from 'lit';
import type { CompanySummary, Project } from '@microintern/core';
import { CATEGORIES, CURRENCY_DISPLAYS, LOCALES, SCHEDULES, SORTS, TIME_ZONES, type BuilderState } from './state.js';

/** What the form needs besides the state. */
export interface OptionsContext {
  state: BuilderState;
  set: (patch: Partial<BuilderState>) => void;
  companies: CompanySummary[] | undefined;
  companiesError: string | undefined;
  gigs: Project[] | undefined;
  gigsError: string | undefined;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;
const label = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const LOCALE_NAMES: Record<string, string> = {
  en: 'English', 'en-GB': 'English (United Kingdom)', es: 'Spanish', 'es-MX': 'Spanish (Mexico)',
  'de-DE': 'German (Germany)', 'fr-FR': 'French (France)', 'ja-JP': 'Japanese (Japan)',
};
const DISPLAY_NAMES: Record<string, string> = { symbol: 'Symbol ($20)', narrowSymbol: 'Narrow symbol ($20)', code: 'Code (USD 20)', name: 'Name (20 US dollars)' };

function radios<T extends string>(name: string, choices: readonly (readonly [T, string])[], current: T, pick: (v: T) => void): TemplateResult {
  return html`<div class="choices">${choices.map(
    ([v, text]) => html`<label class="choice"><input type="radio" name=${name} .value=${v} .checked=${current === v} @change=${() => pick(v)}> ${text}</label>`,
  )}</div>`;
}

function toggleIn(list: readonly string[], item: string, on: boolean): string[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

function sourceFields({ state, set, companies, companiesError, gigs, gigsError }: OptionsContext): TemplateResult {
  const api = html`
    <div class="field">
      <label for="api">API base URL</label>
      <input id="api" type="url" required .value=${state.api} @change=${(e: Event) => set({ api: value(e), company: '', projectId: '' })}>
    </div>
    <div class="field">
      <label for="company">Company</label>
      <select id="company" aria-describedby="company-status" @change=${(e: Event) => set({ company: value(e), projectId: '' })}>
        <option value="" .selected=${!state.company}>Every company (the marketplace)</option>
        ${(companies ?? []).map((c) => html`<option value=${c.slug} .selected=${state.company === c.slug}>${c.name} (${c.openProjects} open)</option>`)}
        ${state.company && companies && !companies.some((c) => c.slug === state.company)
          ? html`<option value=${state.company} selected>${state.company}</option>`
          : nothing}
      </select>
      <p id="company-status" class="hint" role="status">${companiesError
        ? html`<span class="error">Could not read <code>GET /v1/companies</code>: ${companiesError}</span>`
        : companies ? `${companies.length} companies from GET /v1/companies` : 'Loading companies…'}</p>
    </div>`;
  const feed = html`
    <div class="field">
      <label for="src">Feed URL</label>
      <input id="src" type="url" required .value=${state.src} @change=${(e: Event) => set({ src: value(e), projectId: '' })}>
    </div>
    <div class="field">
      <label for="apply-api">Apply target: API for applications</label>
      <input id="apply-api" type="url" placeholder="https://api.example.com" aria-describedby="apply-api-hint" .value=${state.applyApi} @change=${(e: Event) => set({ applyApi: value(e) })}>
      <p id="apply-api-hint" class="hint">The <code>apply-api</code> attribute: where Apply sends applications from a feed.</p>
    </div>`;
  const card = state.element === 'card'
    ? html`<div class="field">
        <label for="project-id">Gig</label>
        <select id="project-id" aria-describedby="gig-status" @change=${(e: Event) => set({ projectId: value(e) })}>
          ${(gigs ?? []).map((g) => html`<option value=${g.slug} .selected=${state.projectId === g.slug}>${g.title}</option>`)}
        </select>
        <p id="gig-status" class="hint" role="status">${gigsError ? html`<span class="error">Could not read the gigs: ${gigsError}</span>` : gigs ? `${gigs.length} gigs` : 'Loading gigs…'}</p>
      </div>`
    : nothing;
  return html`
    <fieldset>
      <legend>Source</legend>
      ${radios('source', [['api', 'Reference API'], ['feed', 'Feed URL']], state.source, (source) => set({ source, projectId: '' }))}
      ${state.source === 'api' ? api : feed}
      ${state.source === 'api' ? html`<p class="hint">Apply target: applications go to this API, filed under the gig's company.</p>` : nothing}
      ${card}
    </fieldset>`;
}

function boardFields({ state, set }: OptionsContext): TemplateResult {
  return html`
    <fieldset>
      <legend>Board</legend>
      <div class="field">
        <label for="page-size">Gigs per page</label>
        <input id="page-size" type="number" min="1" max="100" step="1" inputmode="numeric" .value=${String(state.pageSize)}
          @input=${(e: Event) => { const n = Number(value(e)); if (Number.isInteger(n) && n >= 1 && n <= 100) set({ pageSize: n }); }}>
      </div>
      <div class="field">
        <label for="sort">Sort</label>
        <select id="sort" @change=${(e: Event) => set({ sort: value(e) })}>
          ${SORTS.map((s) => html`<option value=${s} .selected=${state.sort === s}>${{ newest: 'Newest first (default)', pay: 'Best pay', shortest: 'Shortest', deadline: 'Nearest deadline' }[s]}</option>`)}
        </select>
      </div>
      <label class="choice"><input id="sync-url" type="checkbox" .checked=${state.syncUrl} @change=${(e: Event) => set({ syncUrl: checked(e) })}> <span>Keep filters and the open gig in the page URL (<code>sync-url</code>)</span></label>
      ${state.syncUrl ? html`<div class="field">
        <label for="sync-prefix">URL parameter prefix</label>
        <input id="sync-prefix" type="text" pattern="[a-z][a-z0-9-]{0,19}" placeholder="mi-" aria-describedby="sync-prefix-hint" .value=${state.syncPrefix}
          @input=${(e: Event) => { const v = value(e); if (v === '' || /^[a-z][a-z0-9-]{0,19}$/.test(v)) set({ syncPrefix: v }); }}>
        <p id="sync-prefix-hint" class="hint">Empty: <code>mi-</code>. Lowercase letters, digits and dashes.</p>
      </div>` : nothing}
      <label class="choice"><input id="structured-data" type="checkbox" .checked=${state.structuredData} @change=${(e: Event) => set({ structuredData: checked(e) })}> <span>Structured data for search engines (JSON-LD)</span></label>
    </fieldset>
    <fieldset>
      <legend>Initial filters</legend>
      <div class="field">
        <label for="q">Search text</label>
        <input id="q" type="search" maxlength="200" .value=${state.q} @input=${(e: Event) => set({ q: value(e) })}>
      </div>
      <fieldset class="inner">
        <legend>Categories</legend>
        <div class="choices">${CATEGORIES.map((c) => html`<label class="choice"><input type="checkbox" name="category" .value=${c} .checked=${state.category.includes(c)}
          @change=${(e: Event) => set({ category: toggleIn(state.category, c, checked(e)) })}> ${label(c)}</label>`)}</div>
      </fieldset>
      <fieldset class="inner">
        <legend>Schedules</legend>
        <div class="choices">${SCHEDULES.map((s) => html`<label class="choice"><input type="checkbox" name="schedule" .value=${s} .checked=${state.schedule.includes(s)}
          @change=${(e: Event) => set({ schedule: toggleIn(state.schedule, s, checked(e)) })}> ${label(s)}</label>`)}</div>
      </fieldset>
      <div class="field">
        <label for="skills">Skills, comma-separated</label>
        <input id="skills" type="text" .value=${state.skills.join(', ')}
          @change=${(e: Event) => set({ skills: value(e).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) })}>
      </div>
      <div class="field">
        <label for="min-rate">Pay floor (US dollars an hour)</label>
        <input id="min-rate" type="number" min="0" max="10000" step="1" inputmode="numeric" .value=${state.minRate ? String(state.minRate / 100) : ''}
          @input=${(e: Event) => { const n = Number(value(e)); if (Number.isFinite(n) && n >= 0 && n <= 10000) set({ minRate: Math.round(n * 100) }); }}>
      </div>
      <div class="field">
        <label for="max-hours">At most this many hours</label>
        <input id="max-hours" type="number" min="0" max="1000" step="1" inputmode="numeric" .value=${state.maxHours ? String(state.maxHours) : ''}
          @input=${(e: Event) => { const n = Number(value(e)); if (Number.isInteger(n) && n >= 0 && n <= 1000) set({ maxHours: n }); }}>
      </div>
    </fieldset>`;
}

function formatFields({ state, set }: OptionsContext): TemplateResult {
  return html`
    <fieldset>
      <legend>Language and formats</legend>
      <div class="field">
        <label for="locale">Locale</label>
        <select id="locale" @change=${(e: Event) => set({ locale: value(e) })}>
          <option value="" .selected=${!state.locale}>The host page's language (default)</option>
          ${LOCALES.map((l) => html`<option value=${l} .selected=${state.locale === l}>${LOCALE_NAMES[l]} — ${l}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="currency-display">Currency display</label>
        <select id="currency-display" @change=${(e: Event) => set({ currencyDisplay: value(e) })}>
          ${CURRENCY_DISPLAYS.map((d) => html`<option value=${d} .selected=${state.currencyDisplay === d}>${DISPLAY_NAMES[d]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="time-zone">Time zone for deadlines</label>
        <select id="time-zone" @change=${(e: Event) => set({ timeZone: value(e) })}>
          <option value="" .selected=${!state.timeZone}>The reader's own (default)</option>
          ${TIME_ZONES.map((z) => html`<option value=${z} .selected=${state.timeZone === z}>${z}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="script">Widget script URL</label>
        <input id="script" type="url" required aria-describedby="script-hint" .value=${state.script} @change=${(e: Event) => set({ script: value(e) })}>
        <p id="script-hint" class="hint">Where your page loads <code>mi-project-board.js</code> from (it registers the card too).</p>
      </div>
    </fieldset>`;
}

/** The whole options form except the theme. */
export function optionsTemplate(context: OptionsContext): TemplateResult {
  const { state, set } = context;
  return html`
    <fieldset>
      <legend>Element</legend>
      ${radios('element', [['board', 'Board of gigs'], ['card', 'One gig card']], state.element, (element) => set({ element }))}
    </fieldset>
    ${sourceFields(context)}
    ${state.element === 'board' ? boardFields(context) : nothing}
    ${formatFields(context)}`;
}
