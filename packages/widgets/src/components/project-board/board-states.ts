import { html, nothing, type TemplateResult } from 'lit';
import { isMiError, isMiHttpError } from '@microintern/core';
import type { Messages } from '../../i18n/messages.js';
import { cardSkeleton } from '../project-card/card-template.js';

/** Placeholders with the outline of the cards they stand for, so nothing jumps when data lands. */
export function skeletonsTemplate(count: number): TemplateResult {
  return html`<div class="grid" part="list" aria-hidden="true">${Array.from({ length: count }, cardSkeleton)}</div>`;
}

/** Nothing matches: say so and offer to clear the filters when there are any. */
export function emptyTemplate(m: Messages, canClear: boolean, clear: () => void): TemplateResult {
  return html`<div class="state" part="empty">
    <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="11" cy="11" r="6.5" /><path d="M16 16l4.5 4.5" /></svg>
    <h3 class="state-title">${m.emptyTitle}</h3>
    <p class="state-body">${m.emptyBody}</p>
    ${canClear ? html`<button class="button secondary" type="button" @click=${clear}>${m.clearFilters}</button>` : nothing}
  </div>`;
}

/**
 * A short, safe description of why loading failed. Server problem titles and SDK messages are
 * shown (as text); anything else gets no detail rather than a stack-trace-like string.
 */
export function describeError(error: unknown): string {
  if (isMiHttpError(error)) return `${error.problem.title} (${error.status})`;
  if (isMiError(error)) return error.message;
  return '';
}

/** Loading failed: an alert with the reason and a Retry button. */
export function errorTemplate(m: Messages, error: unknown, retry: () => void): TemplateResult {
  const detail = describeError(error);
  return html`<div class="state error" part="error" role="alert">
    <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.5v.5" /></svg>
    <h3 class="state-title">${m.errorTitle}</h3>
    ${detail ? html`<p class="state-body">${detail}</p>` : nothing}
    <button class="button" part="retry-button" type="button" @click=${retry}>${m.retry}</button>
  </div>`;
}

/** "Load more", its busy state, and the inline error when the next page failed. */
export function loadMoreTemplate(m: Messages, state: 'idle' | 'loading' | 'error', load: () => void): TemplateResult {
  const busy = state === 'loading';
  return html`<div class="more">
    ${state === 'error' ? html`<p class="more-error" role="alert">${m.loadMoreFailed}</p>` : nothing}
    <button class="button secondary" part="load-more" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${busy ? undefined : load}>
      ${busy ? m.loadingMore : state === 'error' ? m.retry : m.loadMore}
    </button>
  </div>`;
}
