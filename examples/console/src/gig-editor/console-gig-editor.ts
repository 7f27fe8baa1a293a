// `<console-gig-editor>`: posts a new gig (#/gigs/new) or edits a posted one (#/gigs/{id}), with
// a live preview of the card students will see, and closes a gig's applications. The form's
// text is the state (gig-form.ts); it is read into the model and checked with core's schemas
// on submit (gig-model.ts, validate-gig.ts), kept as a draft in sessionStorage as it changes
// (gig-draft.ts), and never cleared by a failed save.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatRate, newIdempotencyKey, type Project, type ProjectInput, type ProjectPatch } from '@microintern/core';
import { setDocumentTitle } from '../view-parts.js';
import { ConsoleView } from '../context.js';
import { draftKey } from '../drafts.js';
import { classifyFailure, failureText, type Failure } from '../failure.js';
import { localeOf } from '../locale.js';
import { routeHref } from '../router.js';
import { editorMessages, type EditorMessages } from './editor-messages.js';
import { errorSummary, type SummaryEntry } from './error-summary.js';
import type { SectionView } from './field-template.js';
import { controlFor } from './field-ids.js';
import { leaveFlash, takeFlash } from './flash.js';
import { readDraft, removeDraft, Throttle, writeDraft } from './gig-draft.js';
import { emptyGigForm, formFromProject, relocalize, sameForm, type FormLocale, type GigForm } from './gig-form.js';
import { readGigForm } from './gig-model.js';
import { basicsSection, placeSection, questionsSection, timingSection, type SectionActions } from './gig-sections.js';
import { problemText } from './issue-text.js';
import { readAmount, amountText } from '../money-text.js';
import { payCheck } from './pay-check.js';
import { paySection, type FloorEditor } from './pay-section.js';
import { previewProject, previewStandIns } from './preview-project.js';
import { MAX_QUESTIONS, moveQuestion, newQuestion, type QuestionForm } from './questions.js';
import { addSkills, removeSkill } from './skills.js';
import { checkGigChange, checkNewGig, serverErrors, type FieldErrors } from './validate-gig.js';

const DRAFT_MS = 400;
const PREVIEW_MS = 250;
const QUESTION_FIELD = /^q(\d+)\.(label|kind|required|options|maxLength)$/;

type Phase = 'loading' | 'ready' | 'failed';

/**
 * The gig editor view. Give it `ctx`, and `gigId` to edit a posted gig; without `gigId` it
 * posts a new one and then moves to `#/gigs/{id}`.
 *
 * Every control has a stable id (`gig-title`, `gig-pay-min`, `gig-q0-label`…), the submit
 * button says "Post the gig" or "Save changes", and the close button "Close applications".
 *
 * @example
 * ```ts
 * html`<console-gig-editor .ctx=${ctx} .gigId=${'p_123'}></console-gig-editor>`
 * ```
 */
export class ConsoleGigEditor extends ConsoleView {
  static override properties = {
    ...ConsoleView.properties,
    gigId: { attribute: false },
    form: { state: true },
    phase: { state: true },
    loadFailure: { state: true },
    project: { state: true },
    clientErrors: { state: true },
    serverErrors: { state: true },
    saving: { state: true },
    saveFailure: { state: true },
    news: { state: true },
    restored: { state: true },
    draftFailed: { state: true },
    preview: { state: true },
    previewStale: { state: true },
    closing: { state: true },
    closeFailure: { state: true },
    skillNote: { state: true },
    announcement: { state: true },
    floor: { state: true },
  };

  /** The posted gig to edit; none for a new gig. */
  declare gigId: string | undefined;
  declare private form: GigForm;
  declare private phase: Phase;
  declare private loadFailure: Failure | undefined;
  /** The posted gig as last loaded or saved. */
  declare private project: Project | undefined;
  /** The schema's errors; shown once a save was tried, then kept up to date as the form changes. */
  declare private clientErrors: FieldErrors | undefined;
  /** The server's errors from the last save, until the form changes. */
  declare private serverErrors: FieldErrors;
  declare private saving: boolean;
  declare private saveFailure: string | undefined;
  /** What the status line above the form says. */
  declare private news: 'posted' | 'saved' | 'no-changes' | 'closed' | undefined;
  declare private restored: boolean;
  declare private draftFailed: boolean;
  declare private preview: Project | undefined;
  declare private previewStale: boolean;
  declare private closing: boolean;
  declare private closeFailure: string | undefined;
  declare private skillNote: string | undefined;
  declare private announcement: string;
  declare private floor: Pick<FloorEditor, 'open' | 'amount' | 'currency' | 'error' | 'note'>;

  /** The form as loaded (or blank): what a draft is compared with, and a change is made from. */
  private baseline: GigForm | undefined;
  /** The draft key of the gig on screen; a new one means another gig (or company). */
  private key: string | undefined;
  private where: FormLocale = { locale: 'en-US', timeZone: 'UTC' };
  private loading: AbortController | undefined;
  /** The last new gig sent, and the idempotency key it went with: a retry of the same gig reuses it. */
  private attempt: { body: string; key: string } | undefined;
  /** Whether the last failure shown was the session ending. */
  private failedSignedOut = false;
  /** A gig just posted by the editor before this one, announced after the first render. */
  private arrived = false;
  private readonly draft = new Throttle(() => this.saveDraft(), DRAFT_MS);
  private readonly previewing = new Throttle(() => this.refreshPreview(), PREVIEW_MS);

  constructor() {
    super();
    this.phase = 'loading';
    this.serverErrors = {};
    this.saving = false;
    this.restored = false;
    this.draftFailed = false;
    this.previewStale = false;
    this.closing = false;
    this.announcement = '';
    this.floor = { open: false, amount: '', currency: 'USD', error: undefined, note: undefined };
  }

  protected override createRenderRoot(): HTMLElement {
    // A message left by the loader while this module was on its way goes.
    this.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flushDraft);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.flushDraft);
    this.draft.flush();
    this.previewing.cancel();
    this.loading?.abort();
  }

  private readonly flushDraft = (): void => this.draft.flush();

  private get m(): EditorMessages {
    return editorMessages[this.ctx.lang];
  }

  private whereNow(): FormLocale {
    return { locale: localeOf(this.ctx.lang), timeZone: this.ctx.settings.timeZone };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.ctx) return;
    const key = draftKey(this.ctx.session.company, this.gigId ?? 'new');
    if (key !== this.key) {
      this.start(key);
      return;
    }
    if (!changed.has('ctx')) return;
    // Signed in again: a failure that said the session had ended no longer holds.
    const before = changed.get('ctx') as this['ctx'] | undefined;
    const signedInAgain = !!before && before.session !== this.ctx.session;
    if (signedInAgain) {
      if (this.failedSignedOut) this.saveFailure = undefined;
      this.failedSignedOut = false;
    }
    const where = this.whereNow();
    if (where.locale !== this.where.locale || where.timeZone !== this.where.timeZone) {
      // Another language or zone: amounts and the deadline are rewritten, their meaning kept.
      this.form = relocalize(this.form, this.where, where);
      if (this.baseline) this.baseline = relocalize(this.baseline, this.where, where);
      this.where = where;
      if (this.clientErrors) this.clientErrors = this.errorsNow();
      this.refreshPreview();
    }
    // Signed in again after the load found the session over: load now. Another language or
    // setting behind the sign-in form is a new context with the same, ended session: no retry.
    if (signedInAgain && this.phase === 'failed' && this.loadFailure?.kind === 'signed-out') void this.load();
  }

  /** Shows the gig of `key`: a blank form (or its draft), or the posted gig once loaded. */
  private start(key: string): void {
    this.draft.flush();
    this.previewing.cancel();
    this.loading?.abort();
    this.key = key;
    this.where = this.whereNow();
    this.project = undefined;
    this.preview = undefined;
    this.previewStale = false;
    this.clientErrors = undefined;
    this.serverErrors = {};
    this.saveFailure = undefined;
    this.news = undefined;
    this.restored = false;
    this.closeFailure = undefined;
    this.skillNote = undefined;
    this.attempt = undefined;
    this.baseline = undefined;
    this.form = emptyGigForm(this.ctx.settings);
    if (!this.gigId) {
      this.baseline = this.form;
      this.restoreDraft();
      this.phase = 'ready';
      this.refreshPreview();
      return;
    }
    const flash = takeFlash(this.gigId);
    if (flash) {
      this.loaded(flash.project);
      this.arrived = true;
      return;
    }
    void this.load();
  }

  private async load(): Promise<void> {
    const id = this.gigId;
    if (!id) return;
    const controller = new AbortController();
    this.loading = controller;
    this.phase = 'loading';
    this.loadFailure = undefined;
    try {
      const project = await this.ctx.client.projects.get(id, { signal: controller.signal });
      if (!controller.signal.aborted) this.loaded(project);
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = classifyFailure(error);
      if (failure.kind === 'signed-out') this.ctx.signedOut(failure);
      this.loadFailure = failure;
      this.phase = 'failed';
    }
  }

  private loaded(project: Project): void {
    this.project = project;
    this.baseline = formFromProject(project, this.where);
    this.form = this.baseline;
    this.restoreDraft();
    this.phase = 'ready';
    this.refreshPreview();
  }

  private restoreDraft(): void {
    if (!this.key || !this.baseline) return;
    const draft = readDraft(sessionStorage, this.key, this.baseline, this.where);
    if (draft && !sameForm(draft, this.baseline)) {
      this.form = draft;
      this.restored = true;
    }
  }

  private saveDraft(): void {
    if (!this.key || !this.baseline || this.phase !== 'ready') return;
    if (sameForm(this.form, this.baseline)) removeDraft(sessionStorage, this.key);
    else this.draftFailed = !writeDraft(sessionStorage, this.key, this.form, this.where);
  }

  private readonly discard = async (): Promise<void> => {
    if (!this.baseline || !this.key) return;
    this.draft.cancel();
    removeDraft(sessionStorage, this.key);
    this.form = this.baseline;
    this.restored = false;
    this.clientErrors = undefined;
    this.serverErrors = {};
    this.refreshPreview();
    await this.updateComplete;
    this.querySelector<HTMLElement>('#gig-editor-title')?.focus();
  };

  /** Every edit goes through here: the draft and the preview follow, errors are checked again once shown. */
  private change(patch: Partial<GigForm>): void {
    this.form = { ...this.form, ...patch };
    this.serverErrors = {};
    if (this.news !== 'closed') this.news = undefined;
    this.draft.ask();
    this.previewing.ask();
    if (this.clientErrors) this.clientErrors = this.errorsNow();
  }

  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name;
    if (!name) return;
    const question = QUESTION_FIELD.exec(name);
    if (question) {
      const index = Number(question[1]);
      const field = question[2] as keyof QuestionForm;
      const value = field === 'required' ? (target as HTMLInputElement).checked : target.value;
      this.change({ questions: this.form.questions.map((q, i) => (i === index ? { ...q, [field]: value } : q)) });
      return;
    }
    if (!(name in this.form) || typeof this.form[name as keyof GigForm] !== 'string') return;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    this.change({ [name]: target.value } as Partial<GigForm>);
  };

  /** The form's errors now: as a new gig, or as the change to the posted one. */
  private errorsNow(): FieldErrors {
    const reading = readGigForm(this.form, this.where);
    const checked = !this.gigId || !this.baseline ? checkNewGig(reading, this.ctx.lang) : checkGigChange(reading, readGigForm(this.baseline, this.where), this.ctx.lang);
    return checked.ok ? {} : checked.errors;
  }

  private refreshPreview(): void {
    if (!this.ctx || this.phase !== 'ready') return;
    const checked = checkNewGig(readGigForm(this.form, this.where), this.ctx.lang);
    if (!checked.ok) {
      this.previewStale = this.preview !== undefined;
      return;
    }
    const { session } = this.ctx;
    const server = this.project
      ? { id: this.project.id, company: this.project.company, postedAt: this.project.postedAt, status: this.form.status || this.project.status }
      : previewStandIns({ slug: session.company, name: session.companyName ?? session.company }, new Date());
    this.preview = previewProject(checked.value, server);
    this.previewStale = false;
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    const target = this.querySelector<HTMLElement>('#gig-form [aria-invalid="true"]') ?? this.querySelector<HTMLElement>('#gig-error-summary');
    target?.focus();
  }

  private readonly focusControl = (id: string): void => {
    this.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.saving || this.phase !== 'ready') return;
    if (this.form.skillText.trim()) this.addTypedSkills();
    this.saveFailure = undefined;
    const sent = this.form;
    const id = this.gigId;
    if (!id) {
      const checked = checkNewGig(readGigForm(sent, this.where), this.ctx.lang);
      if (checked.ok) await this.send(() => this.post(checked.value));
      else await this.showErrors(checked.errors);
      return;
    }
    if (!this.baseline) return;
    const checked = checkGigChange(readGigForm(sent, this.where), readGigForm(this.baseline, this.where), this.ctx.lang);
    if (!checked.ok) return this.showErrors(checked.errors);
    if (Object.keys(checked.value).length === 0) {
      this.clientErrors = {};
      this.news = 'no-changes';
      return;
    }
    await this.send(() => this.save(id, checked.value, sent));
  };

  private async showErrors(errors: FieldErrors): Promise<void> {
    this.clientErrors = errors;
    await this.focusFirstError();
  }

  /** Sends a save; a failure is shown, the form is left as it is. */
  private async send(work: () => Promise<void>): Promise<void> {
    this.clientErrors = {};
    this.serverErrors = {};
    this.saving = true;
    try {
      await work();
    } catch (error) {
      const failure = classifyFailure(error);
      this.failedSignedOut = failure.kind === 'signed-out';
      if (failure.kind === 'signed-out') this.ctx.signedOut(failure);
      if (failure.kind === 'invalid' && Object.keys(failure.fieldErrors).length) {
        this.serverErrors = serverErrors(failure.fieldErrors, this.ctx.lang);
        void this.focusFirstError();
      }
      this.saveFailure = failureText(failure, this.ctx.lang);
    } finally {
      this.saving = false;
    }
  }

  private async post(input: ProjectInput): Promise<void> {
    const body = JSON.stringify(input);
    // The same gig sent again (after a timeout, say) carries the same key: the API answers
    // with the gig it made the first time instead of posting it twice.
    if (this.attempt?.body !== body) this.attempt = { body, key: newIdempotencyKey() };
    const project = await this.ctx.client.projects.create(input, { idempotencyKey: this.attempt.key });
    this.draft.cancel();
    if (this.key) removeDraft(sessionStorage, this.key);
    leaveFlash(project.id, { kind: 'posted', project });
    location.hash = routeHref({ view: 'edit-gig', id: project.id });
  }

  private async save(id: string, patch: ProjectPatch, sent: GigForm): Promise<void> {
    const project = await this.ctx.client.projects.update(id, patch);
    this.project = project;
    this.baseline = formFromProject(project, this.where);
    // What the server stored is shown, unless more was typed while it saved.
    if (sameForm(this.form, sent)) {
      this.form = this.baseline;
      this.draft.cancel();
      if (this.key) removeDraft(sessionStorage, this.key);
    } else {
      this.draft.ask();
    }
    this.restored = false;
    this.news = 'saved';
    this.refreshPreview();
  }

  // The skills box

  private addTypedSkills(): void {
    const before = this.form.skills.length;
    const added = addSkills(this.form.skills, this.form.skillText);
    this.change({ skills: added.skills, skillText: added.rest });
    const names = added.skills.slice(before).join(', ');
    const m = this.m;
    this.skillNote = [names ? m.skillAdded(names) : '', added.refused ? m.skillRefused[added.refused] : ''].filter(Boolean).join(' ');
  }

  private sectionActions(): SectionActions {
    return {
      skillNote: this.skillNote,
      skillKey: (event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ',') return;
        event.preventDefault();
        this.addTypedSkills();
      },
      addSkill: () => {
        this.addTypedSkills();
        this.querySelector<HTMLElement>('#gig-skills')?.focus();
      },
      removeSkill: async (index: number) => {
        const name = this.form.skills[index] ?? '';
        this.change({ skills: removeSkill(this.form.skills, index) });
        this.skillNote = this.m.skillRemoved(name);
        await this.updateComplete;
        const left = this.form.skills.length;
        this.focusControl(left === 0 ? 'gig-skills' : `gig-skill-remove-${Math.min(index, left - 1)}`);
      },
      addQuestion: async () => {
        if (this.form.questions.length >= MAX_QUESTIONS) return;
        this.change({ questions: [...this.form.questions, newQuestion(this.form.questions)] });
        await this.updateComplete;
        this.focusControl(`gig-q${this.form.questions.length - 1}-label`);
      },
      moveQuestion: async (index: number, by: number) => {
        const to = Math.min(this.form.questions.length - 1, Math.max(0, index + by));
        this.change({ questions: moveQuestion(this.form.questions, index, by) });
        this.announcement = this.m.questionMoved(to + 1);
        await this.updateComplete;
        // The same button again, unless the question reached the end that disables it.
        const same = this.querySelector<HTMLButtonElement>(`#gig-q${to}-${by < 0 ? 'up' : 'down'}`);
        this.focusControl(same && !same.disabled ? same.id : `gig-q${to}-${by < 0 ? 'down' : 'up'}`);
      },
      removeQuestion: async (index: number) => {
        this.change({ questions: this.form.questions.filter((_, i) => i !== index) });
        this.announcement = this.m.questionRemoved;
        await this.updateComplete;
        const left = this.form.questions.length;
        this.focusControl(left === 0 ? 'gig-add-question' : `gig-q${Math.min(index, left - 1)}-remove`);
      },
    };
  }

  // The floor

  private floorEditor(): FloorEditor {
    const floor = this.floor;
    return {
      ...floor,
      toggle: () => {
        const settings = this.ctx.settings.hourlyFloor;
        this.floor = floor.open
          ? { ...floor, open: false }
          : { open: true, amount: amountText(settings, this.where.locale), currency: settings.currency, error: undefined, note: undefined };
      },
      input: (event: Event) => {
        const target = event.target as HTMLInputElement | HTMLSelectElement;
        this.floor = target.id === 'gig-floor-currency' ? { ...this.floor, currency: target.value } : { ...this.floor, amount: target.value };
      },
      save: () => {
        const reading = readAmount(this.floor.amount, this.floor.currency, this.where.locale);
        if (!('money' in reading)) {
          const problem = reading.problem === 'decimals' ? { kind: 'decimals' as const, digits: reading.digits } : { kind: reading.problem === 'required' ? ('required' as const) : ('amount' as const) };
          this.floor = { ...this.floor, error: problemText(problem, this.ctx.lang), note: undefined };
          return;
        }
        this.ctx.saveSettings({ ...this.ctx.settings, hourlyFloor: reading.money });
        const text = formatRate({ kind: 'hourly', min: reading.money }, { locale: this.where.locale });
        this.floor = { ...this.floor, error: undefined, note: this.m.floorSaved(text) };
      },
    };
  }

  // Closing

  private readonly askToClose = (): void => {
    this.closeFailure = undefined;
    this.querySelector<HTMLDialogElement>('#gig-close-dialog')?.showModal();
  };

  private readonly keepOpen = (): void => {
    this.querySelector<HTMLDialogElement>('#gig-close-dialog')?.close();
  };

  private readonly confirmClose = async (): Promise<void> => {
    this.querySelector<HTMLDialogElement>('#gig-close-dialog')?.close();
    const id = this.gigId;
    if (!id || this.closing) return;
    this.closing = true;
    try {
      const project = await this.ctx.client.projects.close(id);
      const before = this.baseline?.status;
      this.project = project;
      if (this.baseline) this.baseline = { ...this.baseline, status: project.status };
      // The status select follows, unless it was already set to something else by hand.
      if (this.form.status === before) this.form = { ...this.form, status: project.status };
      this.draft.ask();
      this.news = 'closed';
      this.refreshPreview();
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'signed-out') this.ctx.signedOut(failure);
      this.closeFailure = failure.kind === 'signed-out' ? undefined : failureText(failure, this.ctx.lang);
    } finally {
      this.closing = false;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>(this.closeFailure ? '#gig-close-error' : '#gig-news')?.focus();
  };

  protected override updated(): void {
    if (this.arrived) {
      // Posted by the editor before this one: said here, in a live region already on the page.
      this.arrived = false;
      this.news = 'posted';
      this.querySelector<HTMLElement>('#gig-editor-title')?.focus();
    }
  }

  // Rendering

  override render(): TemplateResult {
    const m = this.m;
    const title = !this.gigId ? m.newTitle : this.project ? m.editTitle(this.project.title) : m.editUnknown;
    setDocumentTitle([title], this.ctx.lang);
    return html`<section class="gig-editor" aria-labelledby="gig-editor-title" aria-busy=${this.phase === 'loading' ? 'true' : 'false'}>
      <div class="gig-editor-head">
        <h1 id="gig-editor-title" tabindex="-1">${title}</h1>
        ${this.project ? this.toolsTemplate(m, this.project) : nothing}
      </div>
      <div id="gig-news" class=${this.news === 'no-changes' ? 'notice' : this.news ? 'success' : ''} role="status" tabindex="-1">${this.newsTemplate(m)}</div>
      ${this.phase === 'loading' ? html`<p class="loading-line" role="status">${m.loading}</p>` : nothing}
      ${this.phase === 'failed' && this.loadFailure ? this.loadFailedTemplate(m, this.loadFailure) : nothing}
      ${this.phase === 'ready' ? this.editorTemplate(m) : nothing}
      ${this.project ? this.closeDialogTemplate(m, this.project) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private toolsTemplate(m: EditorMessages, project: Project): TemplateResult {
    const open = this.baseline?.status === 'open';
    return html`<div class="gig-tools">
      <a class="button secondary" href=${routeHref({ view: 'applicants', projectId: project.id })}>${m.seeApplicants}</a>
      ${open ? html`<button type="button" class="danger" id="gig-close" ?disabled=${this.closing} @click=${this.askToClose}>${this.closing ? m.closing : m.close}</button>` : nothing}
      ${this.closeFailure ? html`<p class="form-error" id="gig-close-error" role="alert" tabindex="-1">${this.closeFailure}</p>` : nothing}
    </div>`;
  }

  private newsTemplate(m: EditorMessages): TemplateResult | typeof nothing {
    const project = this.project;
    switch (this.news) {
      case 'posted':
        return html`${m.posted(project?.title ?? '')} ${this.newsLinks(m)}`;
      case 'saved':
        return html`${m.saved} ${this.newsLinks(m)}`;
      case 'closed':
        return html`${m.closed}`;
      case 'no-changes':
        return html`${m.noChanges}`;
      default:
        return nothing;
    }
  }

  private newsLinks(m: EditorMessages): TemplateResult | typeof nothing {
    if (!this.project) return nothing;
    return html`<a href=${routeHref({ view: 'applicants', projectId: this.project.id })}>${m.seeApplicants}</a> · <a href=${routeHref({ view: 'gigs' })}>${m.backToGigs}</a>`;
  }

  private loadFailedTemplate(m: EditorMessages, failure: Failure): TemplateResult {
    return html`<div class="load-failed" role="alert">
      <p>${failureText(failure, this.ctx.lang)}</p>
      <p>
        ${failure.kind === 'not-found' ? nothing : html`<button type="button" @click=${() => void this.load()}>${m.retry}</button>`}
        <a href=${routeHref({ view: 'gigs' })}>${m.backToGigs}</a>
      </p>
    </div>`;
  }

  private editorTemplate(m: EditorMessages): TemplateResult {
    const form = this.form;
    const errors = { ...(this.clientErrors ?? {}), ...this.serverErrors };
    const byControl = new Map<string, string>();
    const entries: SummaryEntry[] = [];
    for (const [path, message] of Object.entries(errors)) {
      const id = controlFor(path, form);
      if (id && !byControl.has(id)) byControl.set(id, message);
      entries.push({ id, message });
    }
    const view: SectionView = { form, m, lang: this.ctx.lang, locale: this.where.locale, settings: this.ctx.settings, error: (id) => byControl.get(id) };
    const reading = readGigForm(form, this.where);
    const check = payCheck(reading.fields['compensation'], reading.fields['effort'], this.ctx.settings.hourlyFloor, this.where.locale);
    const actions = this.sectionActions();
    return html`
      ${this.restored
        ? html`<div class="notice restored"><p>${m.restored}</p><button type="button" class="secondary" @click=${this.discard}>${m.discard}</button></div>`
        : nothing}
      ${this.draftFailed ? html`<p class="warning" role="alert">${m.draftNotKept}</p>` : nothing}
      <div class="gig-editor-layout">
        <form id="gig-form" class="gig-form" novalidate aria-describedby="gig-editor-intro" @input=${this.onInput} @submit=${this.onSubmit}>
          <p class="hint" id="gig-editor-intro">${m.intro}</p>
          ${errorSummary(entries, m, this.focusControl)}
          ${basicsSection(view, actions)}
          ${paySection(view, check, this.floorEditor())}
          ${timingSection(view)}
          ${placeSection(view)}
          ${questionsSection(view, actions)}
          <div class="form-actions">
            <button type="submit" id="gig-submit" ?disabled=${this.saving}>${this.saving ? m.saving : this.gigId ? m.submitEdit : m.submitNew}</button>
            <p class="form-error" role="alert">${this.saveFailure ?? nothing}</p>
          </div>
        </form>
        ${this.previewTemplate(m)}
      </div>`;
  }

  private previewTemplate(m: EditorMessages): TemplateResult {
    return html`<aside class="gig-preview" aria-labelledby="gig-preview-title">
      <h2 id="gig-preview-title">${m.preview}</h2>
      <p class="hint">${m.previewIntro}</p>
      ${this.preview
        ? html`${this.previewStale ? html`<p class="warning">${m.previewStale}</p>` : nothing}
            <mi-project-card theme="auto" time-zone=${this.ctx.settings.timeZone} .project=${this.preview} @mi-apply-open=${stopApply}></mi-project-card>`
        : html`<p class="empty">${m.previewEmpty}</p>`}
    </aside>`;
  }

  private closeDialogTemplate(m: EditorMessages, project: Project): TemplateResult {
    return html`<dialog id="gig-close-dialog" class="confirm" aria-labelledby="gig-close-title" aria-describedby="gig-close-text">
      <h2 id="gig-close-title">${m.confirmTitle}</h2>
      <p id="gig-close-text">${m.confirmText(project.title)}</p>
      <div class="dialog-actions">
        <button type="button" class="secondary" id="gig-keep-open" autofocus @click=${this.keepOpen}>${m.keepOpen}</button>
        <button type="button" class="danger" id="gig-confirm-close" @click=${this.confirmClose}>${m.confirmClose}</button>
      </div>
    </dialog>`;
  }
}

/**
 * The preview card's Apply button: `mi-apply-open` is cancelable, and cancelled here the card
 * opens no apply dialog, so nothing can be sent from the preview.
 */
function stopApply(event: Event): void {
  event.preventDefault();
}
