import { MiAvailabilityPicker } from './availability-picker.component.js';

export * from './availability-picker.component.js';

MiAvailabilityPicker.define('mi-availability-picker');

declare global {
  interface HTMLElementTagNameMap {
    'mi-availability-picker': MiAvailabilityPicker;
  }
}
