import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { APPLICATION_LIMITS, type ApplicationReceipt, type Project } from '@microintern/core';
import type { ApplyMessages } from '../../i18n/apply-messages.js';
import type { ApplyEntry } from './apply-entry.js';
import { choiceField, errorTemplate, textField } from './apply-fields.js';
import type { FailureStatus } from './apply-status.js';

/** What the form's fields show. */
export interface FieldsView {
  project: Project;
  entry: ApplyEntry;
  /** Errors to show now, by field path. */
  errors: ReadonlyMap<string, string>;
  m: ApplyMessages;
  number: (n: number) => string;
  /** Passed on to the availability picker, which is an element with its own theme and language. */
  inherit: { theme: string; locale: string; timeZone: string | undefined };
}

/**
 * The application's fields in reading order: about you, the cover note, the company's
 * questions, availability, consent. Autocomplete tokens let browsers fill name, email, link and
 * school. Questions get ids from their position, never from data.
 */
export function fieldsTemplate(view: FieldsView): TemplateResult {
  const { project, entry, errors, m, number } = view;
  const note = entry.coverNote.length;
  const over = Math.max(0, note - APPLICATION_LIMITS.coverNote);
  return html`<fieldset class="group" part="group">
      <legend class="group-title">${m.aboutYou}</legend>
      ${textField({ id: 'f-name', name: 'name', label: m.name, value: entry.name, error: errors.get('applicant.name'), required: true, autocomplete: 'name' }, m)}
      ${textField({ id: 'f-email', name: 'email', label: m.email, value: entry.email, error: errors.get('applicant.email'), hint: m.emailHint, required: true, type: 'email', autocomplete: 'email', inputmode: 'email' }, m)}
      ${textField({ id: 'f-portfolio', name: 'portfolioUrl', label: m.portfolio, value: entry.portfolioUrl, error: errors.get('applicant.portfolioUrl'), hint: m.portfolioHint, required: false, type: 'url', autocomplete: 'url', inputmode: 'url' }, m)}
      <div class="pair">
        ${textField({ id: 'f-school', name: 'school', label: m.school, value: entry.school, error: errors.get('applicant.school'), required: false, autocomplete: 'organization' }, m)}
        ${textField({ id: 'f-year', name: 'graduationYear', label: m.graduationYear, value: entry.graduationYear, error: errors.get('applicant.graduationYear'), required: false, inputmode: 'numeric', autocomplete: 'off' }, m)}
      </div>
    </fieldset>
    ${textField({
      id: 'f-note', name: 'coverNote', label: m.coverNote, value: entry.coverNote, error: errors.get('coverNote'), hint: m.coverNoteHint, required: false, multiline: true,
      counter: { text: m.characters(number(note), number(APPLICATION_LIMITS.coverNote), over), over: over > 0 },
    }, m)}
    ${project.questions.length
      ? html`<fieldset class="group" part="group">
          <legend class="group-title">${m.questions}</legend>
          ${project.questions.map((question, i) => {
            const id = `q${i}`;
            const value = entry.answers[question.id] ?? '';
            const error = errors.get(`answers.${question.id}`);
            if (question.kind === 'choice' || question.kind === 'yes-no') return choiceField({ id, question, value, error }, m);
            return textField({
              id, question: question.id, label: question.label, value, error, required: question.required,
              type: question.kind === 'url' ? 'url' : 'text', multiline: question.kind === 'long-text', ...(question.kind === 'url' ? { inputmode: 'url' as const } : {}),
            }, m);
          })}
        </fieldset>`
      : nothing}
    <div class="field availability" ?data-invalid=${errors.has('availability')}>
      <mi-availability-picker id="f-availability" part="availability" name="availability" slot-minutes="60" .project=${project}
        theme=${view.inherit.theme} locale=${view.inherit.locale} time-zone=${view.inherit.timeZone ?? nothing}></mi-availability-picker>
      ${errorTemplate('f-availability', errors.get('availability'))}
    </div>
    <div class="field consent" ?data-invalid=${errors.has('consent')}>
      <label class="option" for="f-consent">
        <input type="checkbox" id="f-consent" name="consent" .checked=${live(entry.consent)} required aria-invalid=${errors.has('consent') ? 'true' : 'false'}
          aria-describedby=${errors.has('consent') ? 'f-consent-error' : nothing} />
        <span>${m.consent(project.company.name)}</span>
      </label>
      ${errorTemplate('f-consent', errors.get('consent'))}
    </div>
    <div class="hp" aria-hidden="true">
      <label for="f-website">${m.honeypot}</label>
      <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(entry.website)} />
    </div>`;
}

/** The message after a failed attempt, with "Try again" when trying again can help. */
export function failureTemplate(failure: FailureStatus, m: ApplyMessages, retry: () => void): TemplateResult {
  const keep = failure.kind === 'invalid' || failure.kind === 'no-endpoint' ? nothing : html` <span>${m.entryKept}</span>`;
  return html`<div class="status" part="status" role="alert" data-kind=${failure.kind}>
    <p><span>${failure.text}</span>${keep}</p>
    ${failure.retry ? html`<button type="button" class="button secondary" part="retry-button" @click=${retry}>${m.tryAgain}</button>` : nothing}
  </div>`;
}

/** The applicant's private status link in the success view, and what copying it did. */
export interface StatusLinkView {
  url: string;
  copied: 'yes' | 'no' | undefined;
  copy: () => void;
}

/**
 * The private status link: the whole URL in a read-only field (so it can be selected and copied
 * by hand too), a Copy button, and a link to open it. The copy result is announced.
 */
function statusLinkTemplate(link: StatusLinkView, m: ApplyMessages): TemplateResult {
  return html`<div class="status-link" part="status-link">
    <label class="label" for="status-link">${m.statusLinkTitle}</label>
    <p class="hint" id="status-link-hint">${m.statusLinkHint}</p>
    <div class="link-row">
      <input class="control" id="status-link" type="text" readonly .value=${link.url} aria-describedby="status-link-hint" />
      <button type="button" class="button secondary" part="copy-button" @click=${link.copy}>${m.copyLink}</button>
    </div>
    <p class="hint" role="status">${link.copied === 'yes' ? m.linkCopied : link.copied === 'no' ? m.copyFailed : ''}</p>
    <a href=${link.url} target="_blank" rel="noopener">${m.openStatusLink}</a>
  </div>`;
}

/** The view after the API took the application: what it received, when, and what happens next. */
export function successTemplate(
  receipt: ApplicationReceipt,
  view: { company: string; email: string; when: string; closes: string | undefined; m: ApplyMessages; link?: StatusLinkView | undefined },
): TemplateResult {
  const { m } = view;
  return html`<section class="success" part="success" aria-labelledby="sent-title">
    <svg class="tick" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="11" /><path d="M7 12.5l3.2 3.2L17 9" /></svg>
    <h2 id="sent-title" class="title" tabindex="-1">${m.sentTitle}</h2>
    <p>${m.sentBody(view.company, view.email)}</p>
    <dl class="receipt" part="receipt">
      <div><dt>${m.receiptId}</dt><dd><code>${receipt.id}</code></dd></div>
      <div><dt>${m.receivedAt}</dt><dd><time datetime=${receipt.submittedAt}>${view.when}</time></dd></div>
    </dl>
    <p class="next">${m.nextSteps(view.closes)}</p>
    ${view.link ? statusLinkTemplate(view.link, m) : nothing}
    <slot name="success-actions"></slot>
  </section>`;
}

/** While the gig named by `project-id` loads, and when it cannot be. */
export function loadingTemplate(m: ApplyMessages): TemplateResult {
  return html`<p class="loading" role="status">${m.loadingProject}</p>`;
}

export function loadFailedTemplate(text: string, m: ApplyMessages, retry: () => void): TemplateResult {
  return html`<div class="status" role="alert" data-kind="rejected"><p>${text}</p>
    <button type="button" class="button secondary" @click=${retry}>${m.tryAgain}</button></div>`;
}

/**
 * The send button. While sending it is `aria-disabled`, not `disabled`: a disabled button drops
 * keyboard focus mid-submit; presses in between are ignored by the form's in-flight guard. It
 * keeps its label, with a spinner beside it, and the live region says "Sending…".
 */
export function actionsTemplate(sending: boolean, m: ApplyMessages): TemplateResult {
  return html`<div class="actions">
    <button type="submit" class="button" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
      ${sending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<span>${m.submit}</span>
    </button>
  </div>`;
}
