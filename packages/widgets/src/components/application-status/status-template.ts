import { html, nothing, type TemplateResult } from 'lit';
import type { ApplicationStatusView } from '@microintern/core';
import type { StatusMessages } from '../../i18n/status-messages.js';

/** What the status view needs besides the answer: the strings and a date formatter. */
export interface StatusView {
  view: ApplicationStatusView;
  m: StatusMessages;
  date: (iso: string) => string;
}

/**
 * Where the application stands, what happens next, and its history, oldest first. Messages
 * are the company's plain text, rendered as text (never HTML), line breaks kept by CSS.
 */
export function statusTemplate({ view, m, date }: StatusView): TemplateResult {
  const company = view.company.name;
  return html`<section class="status" part="status" aria-labelledby="mi-status-title" data-status=${view.status}>
    <h2 id="mi-status-title" class="title" part="title" tabindex="-1">${m.title(view.project.title)}</h2>
    <p class="sent">${m.sentTo(company, date(view.submittedAt))}</p>
    <p class="current" part="current"><span class="badge" part="badge" data-status=${view.status}>${m.current(m.status[view.status])}</span></p>
    <h3 class="heading">${m.nextHeading}</h3>
    <p class="next" part="next">${m.next[view.status](company)}</p>
    <h3 class="heading">${m.historyHeading}</h3>
    <ol class="timeline" part="timeline">
      ${view.timeline.map(
        (entry) => html`<li class="entry" part="entry" data-status=${entry.status}>
          <span class="entry-status">${m.status[entry.status]}</span>
          <time datetime=${entry.at}>${date(entry.at)}</time>
          ${entry.message
            ? html`<figure class="message" part="message"><figcaption>${m.messageFrom(company)}</figcaption><blockquote><p>${entry.message}</p></blockquote></figure>`
            : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}

/** While the status loads. */
export function loadingTemplate(m: StatusMessages): TemplateResult {
  return html`<p class="notice" part="notice" role="status" data-kind="loading">${m.loading}</p>`;
}

/** The link is not one the API knows: wrong, cut short, or missing from the address. */
export function invalidTemplate(m: StatusMessages): TemplateResult {
  return html`<div class="notice" part="notice" role="alert" data-kind="invalid">
    <h2 class="title">${m.invalidTitle}</h2>
    <p>${m.invalidBody}</p>
  </div>`;
}

/** Loading failed in a way trying again can fix. */
export function errorTemplate(m: StatusMessages, reason: string, retry: () => void): TemplateResult {
  return html`<div class="notice" part="notice" role="alert" data-kind="error">
    <h2 class="title">${m.errorTitle}</h2>
    <p>${reason}</p>
    <button type="button" class="button" part="retry-button" @click=${retry}>${m.retry}</button>
  </div>`;
}
