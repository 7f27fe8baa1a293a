// The snippet panels: each shows its text and has a Copy button whose result is announced.
import { html, type TemplateResult } from 'lit';

/** One snippet as shown: its id, heading, text and what the page says about it. */
export interface SnippetView {
  id: 'html' | 'react' | 'csp';
  title: string;
  note: TemplateResult | string;
  text: string;
}

/** The copy state of one panel: nothing yet, copied, or a failure to show. */
export type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; message: string };

export function snippetsTemplate(snippets: readonly SnippetView[], copies: Record<string, CopyState>, copy: (id: SnippetView['id']) => void): TemplateResult {
  return html`${snippets.map((s) => {
    const state = copies[s.id] ?? { kind: 'idle' };
    return html`<section class="snippet" data-snippet=${s.id} aria-labelledby=${`${s.id}-title`}>
      <div class="snippet-head">
        <h3 id=${`${s.id}-title`}>${s.title}</h3>
        <p id=${`${s.id}-copied`} class="copy-status" role="status">${state.kind === 'copied' ? `${s.title} copied to the clipboard.` : state.kind === 'failed' ? state.message : ''}</p>
        <button type="button" class="copy" aria-describedby=${`${s.id}-copied`} @click=${() => copy(s.id)}>${state.kind === 'copied' ? 'Copied ✓' : `Copy ${s.title}`}</button>
      </div>
      <p class="hint">${s.note}</p>
      <pre tabindex="0" aria-label=${`${s.title} snippet`}><code>${s.text}</code></pre>
    </section>`;
  })}`;
}
