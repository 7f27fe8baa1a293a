// Registers <mi-apply-dialog>, and the <mi-apply-form> and <mi-availability-picker> inside it.
import '../apply-form/apply-form.js';
import { MiApplyDialog } from './apply-dialog.component.js';

export * from './apply-dialog.component.js';

MiApplyDialog.define('mi-apply-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'mi-apply-dialog': MiApplyDialog;
  }
}
