import type { Availability } from '@microintern/core';
import type { ApplyMessages } from '../../i18n/apply-messages.js';

/** What the form control reads from and writes to the picker. */
export interface PickerFormHost extends HTMLElement {
  requestUpdate(): void;
  value: Availability;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly messages: ApplyMessages;
  cellElement(): HTMLElement | null;
  resetToDefault(): void;
}

/**
 * The picker's part in forms, through `ElementInternals`: the submitted value (the availability
 * as JSON, or nothing while no slot is chosen, like an empty input), the saved state the
 * browser restores on back/forward navigation, `required` validity, reset, and the disabled
 * state a `<fieldset disabled>` passes down. The element itself declares
 * `static formAssociated = true` and forwards the lifecycle callbacks here.
 *
 * @example
 * ```ts
 * private readonly control = new PickerFormControl(this);
 * formResetCallback() { this.control.reset(); }
 * protected override updated() { this.control.sync(); }
 * ```
 */
export class PickerFormControl {
  readonly internals: ElementInternals;
  /** True while an ancestor `<fieldset disabled>` (or the form) disables the control. */
  formDisabled = false;
  private readonly host: PickerFormHost;

  constructor(host: PickerFormHost) {
    this.host = host;
    this.internals = host.attachInternals();
  }

  /** Publishes the current value and validity; called after every render. */
  sync(): void {
    const value = this.host.value;
    const json = JSON.stringify(value);
    const empty = value.blocks.length === 0;
    // The state always carries the zone, so restoring an empty picker restores its zone too.
    this.internals.setFormValue(empty ? null : json, json);
    if (this.host.required && empty) {
      const anchor = this.host.cellElement() ?? undefined;
      this.internals.setValidity({ valueMissing: true }, this.host.messages.availabilityRequired, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  reset(): void {
    this.host.resetToDefault();
  }

  /** The browser hands back the state saved by {@link sync} (back/forward, session restore). */
  restore(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.host.value = JSON.parse(state) as Availability;
    } catch {
      // A state from an older version of the element that no longer parses: keep the default.
    }
  }

  setFormDisabled(disabled: boolean): void {
    this.formDisabled = disabled;
    this.host.requestUpdate();
  }
}
