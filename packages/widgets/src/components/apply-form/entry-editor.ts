import type { Availability } from '@microintern/core';
import type { MiAvailabilityPicker } from '../availability-picker/availability-picker.component.js';
import { FIELD_PATHS, TEXT_FIELDS, type ApplyEntry, type TextField } from './apply-entry.js';

/** What the editor reads from and reports to the form. */
export interface EntryEditorHost {
  readonly value: ApplyEntry;
  entryChanged(entry: ApplyEntry, field: string | undefined): void;
}

const isPicker = (target: EventTarget | null): target is MiAvailabilityPicker =>
  target instanceof HTMLElement && target.localName === 'mi-availability-picker';

/**
 * Turns the form's `input` and `change` events into entry updates, one delegated listener for
 * every field. `input` updates the entry (and so the draft) on every keystroke; `change`, which
 * fires when a field is left after editing, marks it touched, which is when its error may
 * start to show. A field being typed into for the first time is never flagged mid-word.
 *
 * The availability picker is pushed its value only when the entry is replaced from outside
 * (a restored draft, a reset), never on every render: re-setting it mid-drag would fight the
 * person's pointer.
 *
 * @example
 * ```ts
 * private readonly editor = new EntryEditor(this);
 * html`<form @input=${this.editor.onInput} @change=${this.editor.onChange}>…</form>`;
 * ```
 */
export class EntryEditor {
  /** Field paths the person has left after changing them. */
  readonly touched = new Set<string>();
  private readonly host: EntryEditorHost;
  private pendingAvailability: { value: Availability | null } | undefined;

  constructor(host: EntryEditorHost) {
    this.host = host;
  }

  /** A new entry from outside: forget what was touched, and give the picker this availability. */
  reset(availability: Availability | null): void {
    this.touched.clear();
    this.pendingAvailability = { value: availability };
  }

  /** After a render: hands a pending availability to the picker, once it exists. */
  pushAvailability(picker: MiAvailabilityPicker | null): void {
    if (!picker || !this.pendingAvailability) return;
    const { value } = this.pendingAvailability;
    this.pendingAvailability = undefined;
    try {
      picker.value = value;
    } catch {
      picker.value = null; // A stored draft from an older shape: start the week blank.
    }
  }

  readonly onInput = (event: Event): void => {
    this.apply(event.target, false);
  };

  readonly onChange = (event: Event): void => {
    this.apply(event.target, true);
  };

  private apply(target: EventTarget | null, leaving: boolean): void {
    const entry = this.host.value;
    if (isPicker(target)) {
      const value = target.value;
      this.host.entryChanged({ ...entry, availability: value }, 'availability');
      if (leaving) this.touched.add('availability');
      return;
    }
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return;
    const question = target.dataset['question'];
    let next: ApplyEntry;
    let field: string;
    if (question) {
      if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
      next = { ...entry, answers: { ...entry.answers, [question]: target.value } };
      field = `answers.${question}`;
    } else if (target.name === 'consent' && target instanceof HTMLInputElement) {
      next = { ...entry, consent: target.checked };
      field = FIELD_PATHS.consent;
    } else if ((TEXT_FIELDS as readonly string[]).includes(target.name)) {
      const name = target.name as TextField;
      next = { ...entry, [name]: target.value };
      field = name === 'website' ? 'website' : FIELD_PATHS[name];
    } else {
      return;
    }
    // Radios, checkboxes and selects have no "typing": choosing is leaving.
    const chosen = target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox'));
    if (leaving || chosen) this.touched.add(field);
    this.host.entryChanged(next, field);
  }
}
