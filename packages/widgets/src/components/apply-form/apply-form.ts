// Registers <mi-apply-form> and the <mi-availability-picker> it renders.
import '../availability-picker/availability-picker.js';
import { MiApplyForm } from './apply-form.component.js';

export * from './apply-form.component.js';

MiApplyForm.define('mi-apply-form');

declare global {
  interface HTMLElementTagNameMap {
    'mi-apply-form': MiApplyForm;
  }
}
