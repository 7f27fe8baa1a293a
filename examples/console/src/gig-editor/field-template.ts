// The gig form's one way of drawing a field: a label, the control, its hint and its error,
// wired with `aria-describedby` and `aria-invalid` so a screen reader reads the error with the
// field. Every control has an id (for the label and the error summary) and a `name`, the form
// key the editor's one input listener writes to.
import { guard } from 'lit/directives/guard.js';
import type { Choice } from './choices.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../locale.js';
import type { ConsoleSettings } from '../settings.js';
import type { EditorMessages } from './editor-messages.js';
import type { GigForm } from './gig-form.js';

/** What a section of the form draws from. */
export interface SectionView {
  form: GigForm;
  m: EditorMessages;
  lang: Lang;
  locale: string;
  settings: ConsoleSettings;
  /** The error shown at the control `id`, if any. */
  error(id: string): string | undefined;
}


/** The ids a control's `aria-describedby` names: its hint and its error, when shown. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | typeof nothing {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** The hint and the error under a control. */
export function notes(id: string, hint: string | undefined, error: string | undefined): TemplateResult {
  return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}`;
}

/** A label, with "(optional)" after it for an optional field. */
export function labelText(text: string, optional: boolean | undefined, m: EditorMessages): TemplateResult {
  return html`${text}${optional ? html` <span class="optional">${m.optional}</span>` : nothing}`;
}

/** A text control's options. */
export interface TextField {
  id: string;
  name: keyof GigForm;
  label: string;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'number' | 'datetime-local';
  inputmode?: 'decimal' | 'numeric' | 'text';
  min?: string;
  step?: string;
  maxlength?: number;
  autocomplete?: string;
  /** A class for the field's box (its width). */
  size?: 'short' | 'medium';
}

/**
 * A text field bound to `form[field.name]`.
 *
 * @example
 * ```ts
 * textField(view, { id: 'gig-title', name: 'title', label: m.title, maxlength: 120 });
 * ```
 */
export function textField(view: SectionView, field: TextField): TemplateResult {
  const { id, name, label, hint } = field;
  const error = view.error(id);
  const value = String(view.form[name] ?? '');
  const described = describedBy(id, !!hint, error);
  const control = field.multiline
    ? html`<textarea id=${id} name=${name} .value=${value} aria-invalid=${error ? 'true' : nothing} aria-describedby=${described} maxlength=${field.maxlength ?? nothing}></textarea>`
    : html`<input id=${id} name=${name} type=${field.type ?? 'text'} .value=${value} inputmode=${field.inputmode ?? nothing} min=${field.min ?? nothing} step=${field.step ?? nothing}
        maxlength=${field.maxlength ?? nothing} autocomplete=${field.autocomplete ?? 'off'} aria-invalid=${error ? 'true' : nothing} aria-describedby=${described}>`;
  return html`<div class="field ${field.size ?? ''}">
    <label for=${id}>${labelText(label, field.optional, view.m)}</label>
    ${control}
    ${notes(id, hint, error)}
  </div>`;
}

/**
 * A select bound to `form[name]`; `placeholder` adds an empty first option.
 *
 * @example
 * ```ts
 * selectField(view, { id: 'gig-category', name: 'category', label: m.category, options, placeholder: m.choose });
 * ```
 */
export function selectField(view: SectionView, field: { id: string; name: keyof GigForm; label: string; options: readonly Choice[]; placeholder?: string; hint?: string; optional?: boolean; size?: 'short' | 'medium' }): TemplateResult {
  const { id, name, hint } = field;
  const error = view.error(id);
  const value = String(view.form[name] ?? '');
  return html`<div class="field ${field.size ?? ''}">
    <label for=${id}>${labelText(field.label, field.optional, view.m)}</label>
    <select id=${id} name=${name} aria-invalid=${error ? 'true' : nothing} aria-describedby=${describedBy(id, !!hint, error)}>
      ${field.placeholder !== undefined ? html`<option value="" ?selected=${value === ''}>${field.placeholder}</option>` : nothing}
      ${guard([field.options, value], () => field.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`))}
    </select>
    ${notes(id, hint, error)}
  </div>`;
}

/**
 * A group of radio buttons bound to `form[name]`, in a fieldset with `legend`. The first
 * radio's id is `${idPrefix}-${first value}`, where the error for the group points.
 *
 * @example
 * ```ts
 * radioGroup(view, { idPrefix: 'gig-pay', name: 'payKind', legend: m.payKind, options: [{ value: 'hourly', label: m.hourly }, …] });
 * ```
 */
export function radioGroup(view: SectionView, group: { idPrefix: string; name: keyof GigForm; legend: string; options: readonly Choice[] }): TemplateResult {
  const value = String(view.form[group.name] ?? '');
  const firstId = `${group.idPrefix}-${group.options[0]?.value ?? ''}`;
  const error = view.error(firstId);
  return html`<fieldset class="choices" aria-describedby=${describedBy(firstId, false, error)}>
    <legend>${group.legend}</legend>
    ${group.options.map((o) => html`<label class="choice">
      <input type="radio" id="${group.idPrefix}-${o.value}" name=${group.name} value=${o.value} .checked=${o.value === value} aria-invalid=${error && o.value === value ? 'true' : nothing}>
      ${o.label}
    </label>`)}
    ${notes(firstId, undefined, error)}
  </fieldset>`;
}
