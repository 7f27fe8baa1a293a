import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Question } from '@microintern/core';
import type { ApplyMessages } from '../../i18n/apply-messages.js';

/** One text field: its wiring and what it shows. */
export interface TextFieldView {
  /** DOM id, unique in the form's shadow root; never taken from data. */
  id: string;
  /** The entry key (`name`, `email`…); questions use `data-question` instead. */
  name?: string;
  question?: string;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string | undefined;
  required: boolean;
  type?: 'text' | 'email' | 'url';
  autocomplete?: string;
  inputmode?: 'numeric' | 'url' | 'email';
  multiline?: boolean;
  /** A live character count under a long field. */
  counter?: { text: string; over: boolean } | undefined;
}

/** The ids that describe a field: its hint, its error, its counter, in reading order. */
function describedBy(view: TextFieldView): string | typeof nothing {
  const ids = [view.hint ? `${view.id}-hint` : '', view.error ? `${view.id}-error` : '', view.counter ? `${view.id}-count` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** The message under an invalid field; its id is what `aria-describedby` points at. */
export function errorTemplate(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error
    ? html`<p class="error" part="error" id="${id}-error"><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" /><path d="M8 4.5v4M8 11v.5" /></svg>${error}</p>`
    : nothing;
}

function labelTemplate(view: { id: string; label: string; required: boolean }, m: ApplyMessages): TemplateResult {
  return html`<label class="label" for=${view.id}>${view.label}${view.required ? nothing : html` <span class="optional">(${m.optional})</span>`}</label>`;
}

/**
 * A labelled text input or textarea with its hint, inline error and counter. The error is tied
 * to the control with `aria-describedby` and flagged with `aria-invalid`, so a screen reader
 * reads it on focus. No `maxlength`: a pasted text that is too long stays visible, with a
 * message saying by how much, instead of being silently cut.
 */
export function textField(view: TextFieldView, m: ApplyMessages): TemplateResult {
  const common = {
    invalid: view.error ? 'true' : 'false',
    described: describedBy(view),
  };
  const control = view.multiline
    ? html`<textarea id=${view.id} class="control" name=${view.name ?? nothing} data-question=${view.question ?? nothing} rows="5"
        ?required=${view.required} aria-invalid=${common.invalid} aria-describedby=${common.described} .value=${live(view.value)}></textarea>`
    : html`<input id=${view.id} class="control" name=${view.name ?? nothing} data-question=${view.question ?? nothing} type=${view.type ?? 'text'}
        autocomplete=${view.autocomplete ?? nothing} inputmode=${view.inputmode ?? nothing} spellcheck=${view.type && view.type !== 'text' ? 'false' : nothing}
        ?required=${view.required} aria-invalid=${common.invalid} aria-describedby=${common.described} .value=${live(view.value)} />`;
  return html`<div class="field" part="field" ?data-invalid=${!!view.error}>
    ${labelTemplate(view, m)}
    ${view.hint ? html`<p class="hint" id="${view.id}-hint">${view.hint}</p>` : nothing}
    ${control}
    ${view.counter ? html`<p class="counter" id="${view.id}-count" ?data-over=${view.counter.over}>${view.counter.text}</p>` : nothing}
    ${errorTemplate(view.id, view.error)}
  </div>`;
}

/** A choice question (radio buttons for up to four options, else a select) or a yes-no question. */
export function choiceField(
  view: { id: string; question: Question; value: string; error: string | undefined },
  m: ApplyMessages,
): TemplateResult {
  const { id, question, value, error } = view;
  const options = question.kind === 'yes-no' ? [['yes', m.yes], ['no', m.no]] : (question.options ?? []).map((o) => [o, o]);
  const invalid = error ? 'true' : 'false';
  const described = error ? `${id}-error` : nothing;
  if (options.length > 4) {
    return html`<div class="field" part="field" ?data-invalid=${!!error}>
      ${labelTemplate({ id, label: question.label, required: question.required }, m)}
      <select id=${id} class="control" data-question=${question.id} ?required=${question.required} aria-invalid=${invalid} aria-describedby=${described}>
        <option value="" ?selected=${!value}>${m.choose}</option>
        ${options.map(([v, label]) => html`<option value=${v!} ?selected=${value === v}>${label}</option>`)}
      </select>
      ${errorTemplate(id, error)}
    </div>`;
  }
  return html`<fieldset class="field choice" part="field" ?data-invalid=${!!error} aria-describedby=${described}>
    <legend class="label">${question.label}${question.required ? nothing : html` <span class="optional">(${m.optional})</span>`}</legend>
    <div class="options">
      ${options.map(([v, label], i) => html`<label class="option" for="${id}-${i}">
        <input type="radio" id="${id}-${i}" name=${id} value=${v!} data-question=${question.id} .checked=${live(value === v)}
          ?required=${question.required} aria-invalid=${invalid} />
        <span>${label}</span>
      </label>`)}
    </div>
    ${errorTemplate(id, error)}
  </fieldset>`;
}
