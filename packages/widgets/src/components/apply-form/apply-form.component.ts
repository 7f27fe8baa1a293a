import { html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, initialState } from '@lit/task';
import { statusLinkUrl, type Project, type ProjectSource } from '@microintern/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { sourceContext } from '../../controllers/source-context.js';
import { MiApplyErrorEvent } from '../../events/mi-apply-error.js';
import { MiApplySubmitEvent } from '../../events/mi-apply-submit.js';
import { MiApplySuccessEvent } from '../../events/mi-apply-success.js';
import { applyMessagesFor } from '../../i18n/apply-catalog.js';
import type { ApplyMessages } from '../../i18n/apply-messages.js';
import { MiElement } from '../../internal/mi-element.js';
import { sourceFor } from '../../internal/source-for.js';
import type { MiAvailabilityPicker } from '../availability-picker/availability-picker.component.js';
import { applyFormStyles } from './apply-form.styles.js';
import { DraftSession, draftMode, type SentApplication } from './apply-draft.js';
import { emptyEntry, toInput, type ApplyEntry } from './apply-entry.js';
import { ClientResolver, type ApplyClient } from './apply-client.js';
import { EntryEditor } from './entry-editor.js';
import { failureStatus, serverFieldErrors, type FailureStatus } from './apply-status.js';
import { actionsTemplate, failureTemplate, fieldsTemplate, loadFailedTemplate, loadingTemplate, successTemplate } from './apply-template.js';
import { validateApplication, type FieldErrors } from './apply-validation.js';
import { fingerprint, SubmissionKeys } from './submission-key.js';

export type { ApplyClient } from './apply-client.js';

/**
 * The application form for one gig: who you are, a cover note, the company's questions, when
 * you can work, and consent. Checked as you go with the same schemas the API uses, saved as a
 * draft while you type, sent once per press with an idempotency key, and answered with a
 * receipt.
 *
 * @summary Apply to a paid micro-internship in a minute, without losing what you typed.
 *
 * @example
 * ```html
 * <mi-apply-form api="https://api.example.com" company="acme" project-id="clean-a-survey-data-set"></mi-apply-form>
 * <mi-apply-form draft="local"></mi-apply-form> <!-- then: form.project = project; form.client = createClient(…) -->
 * ```
 *
 * @slot success-actions - Buttons under the receipt, such as the dialog's "Done".
 *
 * @event {MiApplySubmitEvent} mi-apply-submit - A valid application is about to be sent: `detail.input`. Cancelable.
 * @event {MiApplySuccessEvent} mi-apply-success - The API stored it: `detail.receipt`, `detail.project`.
 * @event {MiApplyErrorEvent} mi-apply-error - Sending failed: `detail.error`. The entry is kept and the form says what next.
 *
 * @csspart form - The `<form>`.
 * @csspart title - The "Apply to …" heading.
 * @csspart group - A fieldset (about you, questions).
 * @csspart field - One labelled field with its hint and error.
 * @csspart error - The message under an invalid field.
 * @csspart availability - The `<mi-availability-picker>`.
 * @csspart status - The message after a failed attempt (`data-kind`: offline, timeout, rate-limited, closed…).
 * @csspart retry-button - "Try again".
 * @csspart submit-button - "Send application".
 * @csspart success - The view after sending; `receipt` holds the reference and time.
 * @csspart receipt - The reference and time received.
 * @csspart status-link - The applicant's private status link with its Copy button (with `status-page`).
 * @csspart copy-button - "Copy link".
 *
 * @cssproperty --mi-apply-max-width - Widest the form grows. Default 40rem.
 * @cssproperty --mi-apply-gap - Space between fields. Default 1.25rem.
 * @cssproperty --mi-input-background - Field background. Default `--mi-color-surface-raised`.
 * @cssproperty --mi-color-accent - System accent (button, focus ring).
 * @cssproperty --mi-color-danger - Error messages and invalid borders.
 */
export class MiApplyForm extends MiElement {
  static override styles = applyFormStyles;

  static override properties = {
    project: { attribute: false },
    projectId: { attribute: 'project-id' },
    api: {},
    company: {},
    src: {},
    source: { attribute: false },
    client: { attribute: false },
    draft: {},
    statusPage: { attribute: 'status-page' },
    hideTitle: { attribute: 'hide-title', type: Boolean },
    entry: { state: true },
    phase: { state: true },
    failure: { state: true },
    receipt: { state: true },
    live: { state: true },
    copied: { state: true },
  };

  /** The gig applied to. Set it, or let the form load `project-id`. */
  declare project: Project | undefined;
  /** Id or slug of the gig to load through `source`, `api` or `src`, or an enclosing board. */
  declare projectId: string | undefined;
  /** Base URL of the Micro-Internship API; applications are sent there. */
  declare api: string | undefined;
  /** Company slug, with `api`. */
  declare company: string | undefined;
  /** URL of a static feed to load the gig from (applications still need `api` or `client`). */
  declare src: string | undefined;
  /** Any `ProjectSource` to load the gig from. */
  declare source: ProjectSource | undefined;
  /** The client that sends applications; default one made from `api` and `company`. */
  declare client: ApplyClient | undefined;
  /** Where the draft is kept: `session` (default), `local`, or `off`. */
  declare draft: string | undefined;
  /**
   * The page that shows `<mi-application-status>`, relative to this page. The success view then
   * offers the applicant their private status link: that page with the application's id and
   * token in the URL fragment. Without it here, the nearest ancestor's `status-page` attribute
   * is used (across shadow roots, so a `<mi-project-board status-page="…">` passes it on to
   * the dialog it opens).
   */
  declare statusPage: string | undefined;
  /** Leaves out the heading, for hosts that show their own (the apply dialog). */
  declare hideTitle: boolean;
  declare private entry: ApplyEntry;
  declare private phase: 'idle' | 'sending' | 'sent';
  declare private failure: FailureStatus | undefined;
  declare private receipt: SentApplication | undefined;
  declare private live: string;
  declare private copied: 'yes' | 'no' | undefined;

  private readonly l10n = new LocalizeController(this);
  private readonly provided = new ContextConsumer(this, { context: sourceContext, subscribe: true });
  private readonly editor = new EntryEditor(this);
  private readonly drafts = new DraftSession();
  private keys = new SubmissionKeys();
  /** Set synchronously when a submission starts: the one-POST-per-intent guard. */
  private busy = false;
  private readonly clients = new ClientResolver();
  /** Shown after a send was attempted, or a field was left: before that, nobody is scolded. */
  private attempted = false;
  /** Field errors from the API's last 422, until the field is edited. */
  readonly serverErrors: FieldErrors = new Map();

  private readonly loader = new Task(this, {
    args: () => [this.project ? undefined : this.resolvedSource(), this.projectId] as const,
    task: async ([source, id], { signal }) => (source && id ? source.get(id, { signal }) : initialState),
  });

  constructor() {
    super();
    this.hideTitle = false;
    this.entry = emptyEntry();
    this.phase = 'idle';
    this.live = '';
  }

  /** The strings in the element's language. */
  get messages(): ApplyMessages {
    return applyMessagesFor(this.l10n.locale);
  }

  /** The gig shown: `project`, else the one loaded from `project-id`. */
  get currentProject(): Project | undefined {
    return this.project ?? this.loader.value;
  }

  /** What the person has typed so far. */
  get value(): ApplyEntry {
    return this.entry;
  }

  /** Replaces the entry (and saves it as the draft). */
  set value(entry: ApplyEntry) {
    this.entry = entry;
    this.saveDraft();
  }

  /** Sends the application, as pressing the button does; ignored while one is on its way. */
  requestSubmit(): void {
    void this.send();
  }

  private resolvedSource(): ProjectSource | undefined {
    return this.source ?? sourceFor({ api: this.api, company: this.company, src: this.src }) ?? this.provided.value;
  }

  protected override firstUpdated(): void {
    // Fetch the client's code while the person types, so pressing Send does not wait for it.
    if (this.api && !this.client) setTimeout(() => this.clients.prefetch(), 500);
  }

  protected override willUpdate(): void {
    const project = this.currentProject;
    if (!project) return;
    // A different gig (or the first one): its own draft, its own pending submission.
    const { switched, saved } = this.drafts.open(project.id, draftMode(this.draft));
    if (!switched) return;
    this.entry = saved?.entry ?? emptyEntry();
    this.keys = new SubmissionKeys(saved?.pending);
    // A gig this person already applied to shows its receipt and status link again.
    this.receipt = saved?.sent;
    this.phase = this.receipt ? 'sent' : this.phase === 'sending' ? 'sending' : 'idle';
    this.failure = undefined;
    this.copied = undefined;
    this.attempted = false;
    this.serverErrors.clear();
    this.editor.reset(this.entry.availability);
  }

  protected override updated(): void {
    this.editor.pushAvailability(this.renderRoot.querySelector<MiAvailabilityPicker>('mi-availability-picker'));
  }

  /** Called by the editor after each change the person makes. */
  entryChanged(entry: ApplyEntry, field: string | undefined): void {
    this.entry = entry;
    if (field) this.serverErrors.delete(field);
    this.saveDraft();
  }

  private saveDraft(): void {
    this.drafts.save({ entry: this.entry, pending: this.keys.pending });
  }

  /** The errors to show now: the schema's for fields already left (or all, after a send), then the API's. */
  private visibleErrors(project: Project): FieldErrors {
    const m = this.messages;
    const all = validateApplication(toInput(this.entry, project.id, project.questions), project.questions, m, (n) => this.l10n.number(n));
    const shown: FieldErrors = new Map();
    for (const [field, message] of all) if (this.attempted || this.editor.touched.has(field)) shown.set(field, message);
    for (const [field, message] of this.serverErrors) if (!shown.has(field)) shown.set(field, message);
    return shown;
  }

  private async send(): Promise<void> {
    const project = this.currentProject;
    if (!project || this.busy || this.phase === 'sent') return;
    const m = this.messages;
    this.attempted = true;
    this.failure = undefined;
    const input = toInput(this.entry, project.id, project.questions);
    const errors = validateApplication(input, project.questions, m, (n) => this.l10n.number(n));
    if (errors.size) {
      this.failure = { kind: 'invalid', text: m.fixErrors(this.l10n.number(errors.size), errors.size), retry: false };
      await this.focusFirstError();
      return;
    }
    this.busy = true; // Before the event: a listener calling requestSubmit() again must not send twice.
    if (!this.dispatchEvent(new MiApplySubmitEvent({ input, project }))) {
      this.busy = false;
      return;
    }
    const idempotencyKey = this.keys.keyFor(fingerprint(input));
    this.saveDraft(); // With the pending key: a reload followed by "Send" is still the same submission.
    this.phase = 'sending';
    this.live = m.submitting;
    try {
      const client = await this.clients.resolve(this.client, this.api, this.company);
      const receipt = await client.applications.submit(project.id, input, { idempotencyKey });
      this.keys.settle();
      const page = this.resolvedStatusPage();
      const statusUrl = page && receipt.statusToken ? statusLinkUrl(new URL(page, document.baseURI), { applicationId: receipt.id, token: receipt.statusToken }) : undefined;
      const { statusToken: _token, ...kept } = receipt;
      this.receipt = { receipt: kept, email: input.applicant.email, statusUrl };
      this.entry = emptyEntry();
      // The draft becomes the record of what was sent, status link included, so a returning
      // applicant sees it rather than an empty form.
      this.drafts.save({ entry: this.entry, pending: undefined, sent: this.receipt });
      this.editor.reset(null);
      this.phase = 'sent';
      this.live = m.sentTitle;
      this.dispatchEvent(new MiApplySuccessEvent({ receipt, project }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
    } catch (error) {
      this.phase = 'idle';
      this.live = '';
      this.onFailure(error, project);
    } finally {
      this.busy = false;
    }
  }

  private onFailure(error: unknown, project: Project): void {
    const m = this.messages;
    const fields = serverFieldErrors(error);
    if (fields) {
      this.serverErrors.clear();
      for (const [field, message] of fields) this.serverErrors.set(field, message);
      const count = this.serverErrors.size;
      this.failure = { kind: 'invalid', text: m.fixErrors(this.l10n.number(count), count), retry: false };
      this.keys.settle();
      void this.focusFirstError();
    } else {
      this.failure = failureStatus(error, m, this.l10n.locale);
      if (!this.failure.retry) this.keys.settle();
    }
    this.saveDraft();
    this.dispatchEvent(new MiApplyErrorEvent({ error, project }));
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const invalid = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .availability[data-invalid] mi-availability-picker');
    invalid?.focus();
  }

  /** `status-page` here, else on the nearest ancestor that has it, crossing shadow roots. */
  private resolvedStatusPage(): string | undefined {
    if (this.statusPage) return this.statusPage;
    for (let node: Element | null = this; node; ) {
      const match: Element | null = node.parentElement?.closest('[status-page]') ?? null;
      if (match) return match.getAttribute('status-page') || undefined;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
      if (node?.hasAttribute('status-page')) return node.getAttribute('status-page') || undefined;
    }
    return undefined;
  }

  private readonly onCopy = async (): Promise<void> => {
    const url = this.receipt?.statusUrl;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = 'yes';
    } catch {
      // No clipboard permission (an iframe, an old browser): select the link for a manual copy.
      this.copied = 'no';
      this.renderRoot.querySelector<HTMLInputElement>('#status-link')?.select();
    }
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.send();
  };

  override render() {
    const m = this.messages;
    const project = this.currentProject;
    if (!project) {
      return this.loader.render({
        initial: () => nothing,
        pending: () => loadingTemplate(m),
        error: () => loadFailedTemplate(this.l10n.messages.projectNotFound, m, () => void this.loader.run()),
      });
    }
    const title = this.hideTitle ? nothing : html`<h2 class="title" part="title">${m.formTitle(project.title)}</h2>`;
    const live = html`<div class="visually-hidden" role="status">${this.live}</div>`;
    if (this.phase === 'sent' && this.receipt) {
      const closes = project.applyBy ? this.l10n.dateTime(project.applyBy) : undefined;
      const { receipt, email, statusUrl } = this.receipt;
      const link = statusUrl ? { url: statusUrl, copied: this.copied, copy: () => void this.onCopy() } : undefined;
      const view = { company: project.company.name, email, when: this.l10n.dateTime(receipt.submittedAt), closes, m, link };
      return html`${successTemplate(receipt, view)}${live}`;
    }
    const sending = this.phase === 'sending';
    const errors = this.visibleErrors(project);
    // "3 fields need attention" goes once they are all fixed; other failures stay until the next send.
    const failure = this.failure?.kind === 'invalid' && errors.size === 0 ? undefined : this.failure;
    return html`<form part="form" novalidate aria-busy=${sending ? 'true' : 'false'} aria-label=${m.formTitle(project.title)}
      @submit=${this.onSubmit} @input=${this.editor.onInput} @change=${this.editor.onChange}>
      ${title}
      ${failure ? failureTemplate(failure, m, () => void this.send()) : nothing}
      ${fieldsTemplate({
        project, entry: this.entry, errors, m, number: (n) => this.l10n.number(n),
        inherit: { theme: this.theme, locale: this.l10n.locale, timeZone: this.l10n.timeZone },
      })}
      ${actionsTemplate(sending, m)}
      ${live}
    </form>`;
  }
}
