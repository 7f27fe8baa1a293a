// The theme part of the form: light, dark or auto, presets, one control per token, and the
// WCAG AA contrast check of the colours the elements draw text in.
import { html, nothing, type TemplateResult } from 'lit';
import { AA_TEXT, contrastIssues } from './contrast.js';
import { FONT_STACKS, PRESETS, TOKENS, type TokenSpec } from './tokens.js';
import type { BuilderState } from './state.js';

const ratio = (n: number) => `${(Math.floor(n * 100) / 100).toFixed(2)}:1`;

function tokenControl(spec: TokenSpec, state: BuilderState, setToken: (name: string, value: string | undefined) => void): TemplateResult {
  const id = `token${spec.name.slice(4)}`;
  const set = state.tokens[spec.name];
  // The value the element shows: the page's own, else the theme's default (light for auto).
  const shown = set ?? spec[state.theme === 'dark' ? 'dark' : 'light'];
  const input = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  let control: TemplateResult;
  if (spec.kind === 'color') {
    control = html`<input id=${id} type="color" .value=${shown} @input=${(e: Event) => setToken(spec.name, input(e))}>
      <output for=${id} class="hex">${shown}</output>`;
  } else if (spec.kind === 'length') {
    control = html`<input id=${id} type="number" min=${spec.min!} max=${spec.max!} step=${spec.step!} .value=${String(parseFloat(shown))}
      @input=${(e: Event) => {
        const n = Number(input(e));
        if (input(e) !== '' && Number.isFinite(n) && n >= spec.min! && n <= spec.max!) setToken(spec.name, `${n}${spec.unit}`);
      }}><span class="unit">${spec.unit}</span>`;
  } else {
    control = html`<select id=${id} @change=${(e: Event) => setToken(spec.name, input(e) === spec.light ? undefined : input(e))}>
      ${FONT_STACKS.map((f) => html`<option value=${f.value} .selected=${shown === f.value}>${f.label}</option>`)}
    </select>`;
  }
  return html`<div class="token" data-token=${spec.name}>
    <label for=${id}>${spec.label} <code class="token-name">${spec.name}</code></label>
    <div class="token-control">
      ${control}
      ${set !== undefined
        ? html`<button type="button" class="reset" aria-label=${`Reset ${spec.label.toLowerCase()} to the theme's default`} @click=${() => setToken(spec.name, undefined)}>Reset</button>`
        : nothing}
    </div>
  </div>`;
}

/** The theme fieldset. */
export function themeTemplate(
  state: BuilderState,
  set: (patch: Partial<BuilderState>) => void,
  setToken: (name: string, value: string | undefined) => void,
): TemplateResult {
  const issues = contrastIssues(state.tokens, state.theme);
  const themes = [['light', 'Light'], ['dark', 'Dark'], ['auto', "Auto (the reader's setting)"]] as const;
  return html`
    <fieldset>
      <legend>Theme</legend>
      <div class="choices">${themes.map(([v, text]) => html`<label class="choice"><input type="radio" name="theme" .value=${v} .checked=${state.theme === v} @change=${() => set({ theme: v })}> ${text}</label>`)}</div>
      <fieldset class="inner">
        <legend>Presets</legend>
        <div class="presets">${PRESETS.map((p) => html`<button type="button" class="preset" @click=${() => set({ tokens: { ...p.tokens } })}>${p.label}</button>`)}</div>
      </fieldset>
      <div class="contrast" role="status">
        ${issues.length
          ? html`<div class="contrast-warning">
              <p><strong>Low contrast.</strong> WCAG AA needs ${AA_TEXT}:1 for text; these fall short:</p>
              <ul>${issues.map((i) => html`<li>${i.what}${state.theme === 'auto' ? ` (${i.scheme})` : ''}: ${ratio(i.ratio)} (<code>${i.text}</code> ${i.textColor} on <code>${i.background}</code> ${i.backgroundColor})</li>`)}</ul>
            </div>`
          : html`<p class="contrast-ok">Text colours pass WCAG AA (${AA_TEXT}:1).</p>`}
      </div>
      <fieldset class="inner">
        <legend>Tokens</legend>
        <p class="hint">Set on the element; the ones you leave alone follow the theme. Every token is described in <code>docs/theming.md</code>.</p>
        <div class="tokens">${TOKENS.map((spec) => tokenControl(spec, state, setToken))}</div>
      </fieldset>
    </fieldset>`;
}
