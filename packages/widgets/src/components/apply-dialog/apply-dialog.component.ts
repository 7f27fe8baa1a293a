import { html, nothing } from 'lit';
import type { Project } from '@microintern/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { applyMessagesFor } from '../../i18n/apply-catalog.js';
import { MiElement } from '../../internal/mi-element.js';
import type { ApplyClient, MiApplyForm } from '../apply-form/apply-form.component.js';
import { applyDialogStyles } from './apply-dialog.styles.js';
import { deepActiveElement } from './deep-active-element.js';

/**
 * The apply form in a native modal `<dialog>`: the browser keeps focus inside it and makes the
 * rest of the page inert, Escape closes it, and focus goes back to the button that opened it.
 * Closing keeps the form (and its draft), so reopening continues where the person stopped.
 *
 * `<mi-project-board>` creates one the first time an Apply button is pressed; use it directly
 * to open the form from your own button.
 *
 * @summary The apply form in an accessible modal dialog.
 *
 * @example
 * ```html
 * <button id="apply">Apply</button>
 * <mi-apply-dialog api="https://api.example.com" company="acme"></mi-apply-dialog>
 * <script type="module">
 *   const dialog = document.querySelector('mi-apply-dialog');
 *   document.querySelector('#apply').addEventListener('click', () => dialog.show(project));
 * </script>
 * ```
 *
 * @event {MiApplySubmitEvent} mi-apply-submit - From the form inside: a valid application is about to be sent. Cancelable.
 * @event {MiApplySuccessEvent} mi-apply-success - From the form inside: the API stored the application.
 * @event {MiApplyErrorEvent} mi-apply-error - From the form inside: sending failed.
 *
 * @csspart dialog - The `<dialog>` box.
 * @csspart header - The title row with the close button.
 * @csspart title - The "Apply to …" heading.
 * @csspart close-button - The × button.
 * @csspart form - The `<mi-apply-form>` inside.
 * @csspart done-button - "Done" under the receipt.
 *
 * @cssproperty --mi-dialog-width - Widest the dialog grows. Default 44rem.
 * @cssproperty --mi-dialog-backdrop - What covers the page behind. Default a translucent dark.
 * @cssproperty --mi-dialog-background - Dialog background. Default `--mi-color-surface-raised`.
 */
export class MiApplyDialog extends MiElement {
  static override styles = applyDialogStyles;

  static override properties = {
    project: { attribute: false },
    api: {},
    company: {},
    client: { attribute: false },
    draft: {},
    open: { type: Boolean, reflect: true },
  };

  /** The gig whose form is shown. */
  declare project: Project | undefined;
  /** Base URL of the Micro-Internship API, passed to the form. */
  declare api: string | undefined;
  /** Company slug, passed to the form. */
  declare company: string | undefined;
  /** A client for the form to send with (see `<mi-apply-form>`). */
  declare client: ApplyClient | undefined;
  /** The form's draft storage: `session` (default), `local` or `off`. */
  declare draft: string | undefined;
  /** Whether the dialog is showing. Read-only: use {@link show} and {@link close}. */
  declare open: boolean;

  private readonly l10n = new LocalizeController(this);
  /** Where focus goes back to on close: what had focus when the dialog opened. */
  private returnTo: HTMLElement | undefined;

  constructor() {
    super();
    this.open = false;
  }

  /** The inner `<mi-apply-form>`, once rendered. */
  get form(): MiApplyForm | null {
    return this.renderRoot.querySelector('mi-apply-form');
  }

  /**
   * Opens the dialog as a modal for `project` (or the current one) and puts focus on the
   * form's first field. `opener` gets focus back on close; by default, whatever had focus.
   */
  async show(project: Project | undefined = this.project, opener: HTMLElement | undefined = deepActiveElement()): Promise<void> {
    this.project = project;
    this.returnTo = opener;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || !project || !this.isConnected) return; // showModal() throws on a detached dialog.
    if (!dialog.open) dialog.showModal();
    this.open = true;
    const form = this.form;
    await form?.updateComplete;
    // The browser focused the first focusable element, the close button; the name field is where work starts.
    form?.renderRoot.querySelector<HTMLElement>('input, textarea, select, [tabindex="0"]')?.focus();
  }

  /** Closes the dialog; the form and its draft stay for the next {@link show}. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private readonly onClose = (): void => {
    this.open = false;
    const target = this.returnTo;
    this.returnTo = undefined;
    if (target?.isConnected) target.focus();
  };

  override render() {
    const m = applyMessagesFor(this.l10n.locale);
    const project = this.project;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      <div class="header" part="header">
        <h2 id="title" class="title" part="title">${project ? m.formTitle(project.title) : nothing}</h2>
        <button type="button" class="close" part="close-button" aria-label=${m.close} @click=${() => this.close()}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
        </button>
      </div>
      ${project
        ? html`<mi-apply-form part="form" hide-title .project=${project} .client=${this.client} api=${this.api ?? nothing}
            company=${this.company ?? nothing} draft=${this.draft ?? nothing} theme=${this.theme} locale=${this.locale ?? nothing}
            time-zone=${this.timeZone ?? nothing}>
            <button slot="success-actions" type="button" class="done" part="done-button" @click=${() => this.close()}>${m.done}</button>
          </mi-apply-form>`
        : nothing}
    </dialog>`;
  }
}
