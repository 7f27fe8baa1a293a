import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// The week and the fit (a whole window expanded) are drawn again only when what they show changes,
// not on every keystroke of the status message.
import { guard } from 'lit/directives/guard.js';
import { safeUrl, STATUS_MESSAGE_MAX, type Application, type AvailabilityException, type Project, type Question } from '@microintern/core';
import { zoneLabel } from '@microintern/widgets/components/availability-picker/picker-zones.js';
import { ConsoleView, type ConsoleContext } from '../context.js';
import { classifyFailure, failureText, type Failure } from '../failure.js';
import { localeOf, type Catalog, type Lang } from '../locale.js';
import { routeHref } from '../router.js';
import { applicationStatusLabel } from '../status-labels.js';
import { ViewLoad } from '../view-load.js';
import { dateTimeFormat, failureAlert, loadingLine, setDocumentTitle } from '../view-parts.js';
import { answerRows } from './answers.js';
import { fitSummary } from './fit-summary.js';
import { statusMoves, type StatusMove } from './status-moves.js';
import { weekGridTemplate } from './week-grid-template.js';
import { weekInZone } from './week-grid.js';

interface Messages {
  back: (gig: string) => string;
  loadingTitle: string;
  applied: (gig: string, date: string) => string;
  contact: string;
  email: string;
  school: string;
  graduation: string;
  portfolio: string;
  newTab: string;
  unsafeLink: string;
  none: string;
  coverNote: string;
  noCoverNote: string;
  answers: string;
  noAnswer: string;
  oldQuestion: (id: string) => string;
  yes: string;
  no: string;
  availability: string;
  noAvailability: string;
  zoneNote: (company: string, student: string, week: string) => string;
  sameZone: (zone: string, week: string) => string;
  gridCaption: (zone: string) => string;
  exceptions: string;
  exceptionNone: (date: string) => string;
  exceptionOnly: (date: string, spans: string) => string;
  fit: string;
  history: string;
  change: string;
  final: (status: string) => string;
  message: string;
  messageHint: (max: number) => string;
  move: Record<StatusMove, string>;
  moving: string;
  moved: Record<StatusMove, string>;
  seen: (withMessage: boolean) => string;
  confirmDecline: (name: string) => string;
  confirmYes: string;
  cancel: string;
  reloaded: string;
}

const messages: Catalog<Messages> = {
  en: {
    back: (gig) => `Applicants for ${gig}`,
    loadingTitle: 'Applicant',
    applied: (gig, date) => `Applied to ${gig} on ${date}`,
    contact: 'Contact',
    email: 'Email',
    school: 'School',
    graduation: 'Graduation year',
    portfolio: 'Portfolio',
    newTab: '(opens in a new tab)',
    unsafeLink: 'Not shown as a link: it is not a plain http(s) address.',
    none: 'not given',
    coverNote: 'Cover note',
    noCoverNote: 'No cover note.',
    answers: 'Answers',
    noAnswer: 'No answer',
    oldQuestion: (id) => `A question no longer on the gig (${id})`,
    yes: 'Yes',
    no: 'No',
    availability: 'Availability',
    noAvailability: 'The student did not say when they can work.',
    zoneNote: (company, student, week) => `Shown in ${company}, your console’s time zone, for the week starting ${week}. The student gave their hours in ${student}.`,
    sameZone: (zone, week) => `Shown in ${zone}, the time zone the student gave and your console’s, for the week starting ${week}.`,
    gridCaption: (zone) => `Free hours in ${zone}`,
    exceptions: 'Dated exceptions, in the student’s time zone',
    exceptionNone: (date) => `${date}: not available`,
    exceptionOnly: (date, spans) => `${date}: only ${spans}`,
    fit: 'Fit with this gig',
    history: 'History',
    change: 'Change the status',
    final: (status) => `${status} is a final status: there is nothing more to change.`,
    message: 'Message to the student (optional)',
    messageHint: (max) => `Shown to the student on their status page. Plain text, up to ${max} characters.`,
    move: { reviewing: 'Mark as reviewing', accepted: 'Accept', declined: 'Decline' },
    moving: 'Saving…',
    moved: { reviewing: 'Marked as reviewing.', accepted: 'Accepted.', declined: 'Declined.' },
    seen: (withMessage) => (withMessage ? 'The student sees the change and your message on their status page.' : 'The student sees the change on their status page.'),
    confirmDecline: (name) => `Decline ${name}? This is final: the application cannot be reopened.`,
    confirmYes: 'Yes, decline',
    cancel: 'Cancel',
    reloaded: 'The page now shows where the application stands.',
  },
  es: {
    back: (gig) => `Candidatos para ${gig}`,
    loadingTitle: 'Candidato',
    applied: (gig, date) => `Se postuló a ${gig} el ${date}`,
    contact: 'Contacto',
    email: 'Correo',
    school: 'Centro de estudios',
    graduation: 'Año de graduación',
    portfolio: 'Portafolio',
    newTab: '(se abre en una pestaña nueva)',
    unsafeLink: 'No se muestra como enlace: no es una dirección http(s) normal.',
    none: 'no indicado',
    coverNote: 'Carta de presentación',
    noCoverNote: 'Sin carta de presentación.',
    answers: 'Respuestas',
    noAnswer: 'Sin respuesta',
    oldQuestion: (id) => `Una pregunta que ya no está en el proyecto (${id})`,
    yes: 'Sí',
    no: 'No',
    availability: 'Disponibilidad',
    noAvailability: 'El estudiante no indicó cuándo puede trabajar.',
    zoneNote: (company, student, week) => `En ${company}, la zona horaria de tu consola, para la semana que empieza el ${week}. El estudiante indicó sus horas en ${student}.`,
    sameZone: (zone, week) => `En ${zone}, la zona horaria que indicó el estudiante y la de tu consola, para la semana que empieza el ${week}.`,
    gridCaption: (zone) => `Horas libres en ${zone}`,
    exceptions: 'Excepciones con fecha, en la zona horaria del estudiante',
    exceptionNone: (date) => `${date}: no disponible`,
    exceptionOnly: (date, spans) => `${date}: solo ${spans}`,
    fit: 'Encaje con el proyecto',
    history: 'Historial',
    change: 'Cambiar el estado',
    final: (status) => `${status} es un estado final: no hay nada más que cambiar.`,
    message: 'Mensaje para el estudiante (opcional)',
    messageHint: (max) => `Se muestra al estudiante en su página de estado. Texto sin formato, hasta ${max} caracteres.`,
    move: { reviewing: 'Marcar en revisión', accepted: 'Aceptar', declined: 'Rechazar' },
    moving: 'Guardando…',
    moved: { reviewing: 'Marcada en revisión.', accepted: 'Aceptada.', declined: 'Rechazada.' },
    seen: (withMessage) => (withMessage ? 'El estudiante ve el cambio y tu mensaje en su página de estado.' : 'El estudiante ve el cambio en su página de estado.'),
    confirmDecline: (name) => `¿Rechazar a ${name}? Es definitivo: la candidatura no se puede reabrir.`,
    confirmYes: 'Sí, rechazar',
    cancel: 'Cancelar',
    reloaded: 'La página muestra ahora el estado actual de la candidatura.',
  },
};

interface Loaded {
  application: Application;
  project: Project;
}

/** Sentences joined with a space, a full stop added where the first lacks one (a server's detail). */
function sentences(first: string, second: string): string {
  if (!second) return first;
  return `${first}${/[.!?…]$/.test(first) ? '' : '.'} ${second}`;
}

async function loadApplicant(ctx: ConsoleContext, id: string, signal: AbortSignal): Promise<Loaded> {
  const application = await ctx.client.applications.get(id, { signal });
  const project = await ctx.client.projects.get(application.projectId, { signal });
  return { application, project };
}

/**
 * `<console-applicant .applicationId>` (`#/applications/{id}`): one applicant — contact, cover
 * note, answers under the gig's questions, portfolio (only a safe http(s) link), their week
 * drawn in the company's time zone, the fit with the gig, the history — and the status moves
 * the rules allow from where the application stands, each with an optional message to the
 * student.
 */
export class ConsoleApplicant extends ConsoleView {
  static override properties = {
    ...ConsoleView.properties,
    applicationId: {},
    message: { state: true },
    confirming: { state: true },
    moving: { state: true },
    result: { state: true },
  };

  declare applicationId: string;
  declare message: string;
  declare confirming: boolean;
  declare moving: StatusMove | undefined;
  declare result: { ok: true; move: StatusMove; withMessage: boolean } | { ok: false; failure: Failure; reloaded: boolean } | undefined;

  private readonly load = new ViewLoad<Loaded>(this, (ctx, signal) => loadApplicant(ctx, this.applicationId, signal), () => [this.applicationId]);

  constructor() {
    super();
    this.message = '';
    this.confirming = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicationId') && changed.get('applicationId') !== undefined) {
      this.message = '';
      this.confirming = false;
      this.result = undefined;
    }
    const state = this.load.state;
    const m = messages[this.ctx.lang];
    setDocumentTitle(state.kind === 'ready' ? [state.value.application.applicant.name, state.value.project.title] : [m.loadingTitle], this.ctx.lang);
  }

  private async move(to: StatusMove, loaded: Loaded): Promise<void> {
    if (to === 'declined' && !this.confirming) {
      this.confirming = true;
      this.result = undefined;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#decline-confirm')?.focus();
      return;
    }
    this.confirming = false;
    this.moving = to;
    this.result = undefined;
    const text = this.message.trim();
    try {
      const application = await this.ctx.client.applications.setStatus(loaded.application.id, { status: to, ...(text ? { message: text } : {}) });
      this.load.set({ ...loaded, application });
      this.message = '';
      this.result = { ok: true, move: to, withMessage: Boolean(text) };
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'signed-out') this.ctx.signedOut(failure);
      let reloaded = false;
      if (failure.kind === 'conflict') {
        // Someone else moved it meanwhile (another tab, a colleague): show where it stands now.
        try {
          this.load.set({ ...loaded, application: await this.ctx.client.applications.get(loaded.application.id) });
          reloaded = true;
        } catch {
          // The failure above already says what went wrong; the page keeps what it had.
        }
      }
      this.result = { ok: false, failure, reloaded };
    } finally {
      this.moving = undefined;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('#status-outcome')?.focus();
  }

  override render(): TemplateResult {
    const { lang } = this.ctx;
    const m = messages[lang];
    const state = this.load.state;
    if (state.kind !== 'ready') {
      return html`<section class="applicant-view" aria-labelledby="applicant-title" aria-busy=${state.kind === 'loading' ? 'true' : 'false'}>
        <h1 id="applicant-title">${m.loadingTitle}</h1>
        ${state.kind === 'loading' ? loadingLine(lang) : failureAlert(state.failure, lang, () => this.load.run())}
      </section>`;
    }
    const { application, project } = state.value;
    const { applicant } = application;
    const dates = dateTimeFormat(lang, this.ctx.settings.timeZone);
    return html`
      <article class="applicant-view" aria-labelledby="applicant-title">
        <p class="back-link"><a href=${routeHref({ view: 'applicants', projectId: project.id })}><span aria-hidden="true">← </span>${m.back(project.title)}</a></p>
        <div class="view-head">
          <h1 id="applicant-title">${applicant.name}</h1>
          <p class="view-meta">
            <span class="status-badge" data-status=${application.status}>${applicationStatusLabel(application.status, lang)}</span>
            <span>${m.applied(project.title, dates.format(new Date(application.submittedAt)))}</span>
          </p>
        </div>
        <div class="applicant-columns">
          <div class="applicant-main">
            ${this.contactTemplate(application, m)}
            <h2>${m.coverNote}</h2>
            ${application.coverNote?.trim() ? html`<p class="prose">${application.coverNote}</p>` : html`<p class="muted">${m.noCoverNote}</p>`}
            ${this.answersTemplate(project.questions, application.answers, m)}
            ${guard([application, lang, this.ctx.settings.timeZone], () => this.availabilityTemplate(application, lang))}
          </div>
          <div class="applicant-side">
            ${guard([project, application, lang, this.ctx.settings.timeZone], () => this.fitTemplate(project, application, lang))}
            ${this.actionsTemplate(state.value, lang)}
            ${this.historyTemplate(application, lang)}
          </div>
        </div>
      </article>
    `;
  }

  private contactTemplate(application: Application, m: Messages): TemplateResult {
    const { applicant } = application;
    const portfolio = applicant.portfolioUrl;
    const safe = safeUrl(portfolio);
    return html`
      <h2>${m.contact}</h2>
      <dl class="facts">
        <dt>${m.email}</dt><dd><a href=${`mailto:${applicant.email}`}>${applicant.email}</a></dd>
        <dt>${m.school}</dt><dd>${applicant.school || html`<span class="muted">${m.none}</span>`}</dd>
        <dt>${m.graduation}</dt><dd>${applicant.graduationYear ?? html`<span class="muted">${m.none}</span>`}</dd>
        <dt>${m.portfolio}</dt>
        <dd>${safe
          ? html`<a href=${safe} target="_blank" rel="noopener noreferrer nofollow ugc">${safe}</a> <span class="hint inline">${m.newTab}</span>`
          : portfolio
            ? html`<span class="unsafe-url">${portfolio}</span><p class="hint">${m.unsafeLink}</p>`
            : html`<span class="muted">${m.none}</span>`}</dd>
      </dl>
    `;
  }

  private answersTemplate(questions: readonly Question[], answers: Readonly<Record<string, string>>, m: Messages): TemplateResult | typeof nothing {
    const rows = answerRows(questions, answers);
    if (!rows.length) return nothing;
    const answerText = (question: Question | undefined, answer: string) => {
      if (question?.kind === 'yes-no') return answer === 'yes' ? m.yes : answer === 'no' ? m.no : answer;
      const link = question?.kind === 'url' ? safeUrl(answer) : undefined;
      return link ? html`<a href=${link} target="_blank" rel="noopener noreferrer nofollow ugc">${link}</a> <span class="hint inline">${m.newTab}</span>` : answer;
    };
    return html`
      <h2>${m.answers}</h2>
      <dl class="answers">
        ${rows.map((row) => html`
          <dt>${row.question?.label ?? m.oldQuestion(row.id)}</dt>
          <dd class="prose">${row.answer === undefined ? html`<span class="muted">${m.noAnswer}</span>` : answerText(row.question, row.answer)}</dd>`)}
      </dl>
    `;
  }

  private availabilityTemplate(application: Application, lang: Lang): TemplateResult {
    const m = messages[lang];
    const availability = application.availability;
    if (!availability) return html`<h2>${m.availability}</h2><p class="muted">${m.noAvailability}</p>`;
    const zone = this.ctx.settings.timeZone;
    const now = new Date();
    const week = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: zone }).format(now);
    const note = zone === availability.timeZone
      ? m.sameZone(zoneLabel(zone), week)
      : m.zoneNote(zoneLabel(zone), zoneLabel(availability.timeZone), week);
    return html`
      <h2>${m.availability}</h2>
      <p class="hint" id="week-note">${note}</p>
      ${weekGridTemplate(weekInZone(availability, zone, now), lang, m.gridCaption(zoneLabel(zone)))}
      ${availability.exceptions?.length ? this.exceptionsTemplate(availability.exceptions, lang) : nothing}
    `;
  }

  private exceptionsTemplate(exceptions: readonly AvailabilityException[], lang: Lang): TemplateResult {
    const m = messages[lang];
    const day = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'full', timeZone: 'UTC' });
    const sorted = [...exceptions].sort((a, b) => a.date.localeCompare(b.date));
    return html`
      <h3 class="small-heading">${m.exceptions}</h3>
      <ul class="day-list">
        ${sorted.map((e) => {
          const date = day.format(new Date(`${e.date}T12:00:00Z`));
          return html`<li>${e.blocks.length ? m.exceptionOnly(date, e.blocks.map((b) => `${b.start}–${b.end}`).join(', ')) : m.exceptionNone(date)}</li>`;
        })}
      </ul>
    `;
  }

  private fitTemplate(project: Project, application: Application, lang: Lang): TemplateResult {
    const m = messages[lang];
    const summary = fitSummary(project, application.availability, new Date(), lang, this.ctx.settings.timeZone);
    return html`
      <section class="panel fit-panel" aria-labelledby="fit-title">
        <h2 id="fit-title">${m.fit}</h2>
        <p class="fit-verdict" data-verdict=${summary.verdict}>${summary.sentence}</p>
        ${summary.reasons.length ? html`<ul class="fit-reasons">${summary.reasons.map((r) => html`<li>${r}</li>`)}</ul>` : nothing}
      </section>
    `;
  }

  private actionsTemplate(loaded: Loaded, lang: Lang): TemplateResult {
    const m = messages[lang];
    const { application } = loaded;
    const moves = statusMoves(application.status);
    const result = this.result;
    // One place for the outcome, focused after a move: the button pressed may be gone by then.
    const resultTemplate = html`<div id="status-outcome" tabindex="-1">
      <p class="status-result" role="status">${result?.ok ? `${m.moved[result.move]} ${m.seen(result.withMessage)}` : ''}</p>
      ${result && !result.ok
        ? html`<div class="view-failure" role="alert"><p>${sentences(failureText(result.failure, lang), result.reloaded ? m.reloaded : '')}</p></div>`
        : nothing}
    </div>`;
    if (!moves.length) {
      return html`<section class="panel" aria-labelledby="change-title">
        <h2 id="change-title">${m.change}</h2>
        <p>${m.final(applicationStatusLabel(application.status, lang))}</p>
        ${resultTemplate}
      </section>`;
    }
    const messageError = result && !result.ok ? result.failure.fieldErrors['message'] : undefined;
    const busy = this.moving !== undefined;
    return html`
      <section class="panel status-actions" aria-labelledby="change-title">
        <h2 id="change-title">${m.change}</h2>
        <div class="field">
          <label for="status-message">${m.message}</label>
          <textarea id="status-message" name="message" maxlength=${STATUS_MESSAGE_MAX} .value=${this.message} ?readonly=${busy}
            aria-describedby="status-message-hint status-message-error" aria-invalid=${messageError ? 'true' : 'false'}
            @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}></textarea>
          <p class="hint" id="status-message-hint">${m.messageHint(STATUS_MESSAGE_MAX)}</p>
          <p class="field-error" id="status-message-error">${messageError ?? ''}</p>
        </div>
        ${this.confirming
          ? html`<div class="confirm" role="group" aria-labelledby="decline-confirm">
              <p id="decline-confirm" tabindex="-1">${m.confirmDecline(application.applicant.name)}</p>
              <div class="form-actions">
                <button type="button" class="danger" data-move="declined-confirm" @click=${() => this.move('declined', loaded)}>${m.confirmYes}</button>
                <button type="button" class="secondary" @click=${() => this.cancelDecline()}>${m.cancel}</button>
              </div>
            </div>`
          : html`<div class="form-actions">
              ${moves.map((to) => html`<button type="button" data-move=${to} class=${to === 'declined' ? 'danger' : to === 'reviewing' ? 'secondary' : ''}
                ?disabled=${busy} @click=${() => this.move(to, loaded)}>${this.moving === to ? m.moving : m.move[to]}</button>`)}
            </div>`}
        ${resultTemplate}
      </section>
    `;
  }

  private async cancelDecline(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.querySelector<HTMLElement>('button[data-move="declined"]')?.focus();
  }

  private historyTemplate(application: Application, lang: Lang): TemplateResult {
    const m = messages[lang];
    const dates = dateTimeFormat(lang, this.ctx.settings.timeZone);
    const timeline = application.timeline?.length ? application.timeline : [{ status: 'received' as const, at: application.submittedAt }];
    return html`
      <section class="panel" aria-labelledby="history-title">
        <h2 id="history-title">${m.history}</h2>
        <ol class="timeline">
          ${timeline.map((entry) => html`<li>
            <span class="status-badge" data-status=${entry.status}>${applicationStatusLabel(entry.status, lang)}</span>
            <time datetime=${entry.at}>${dates.format(new Date(entry.at))}</time>
            ${'message' in entry && entry.message ? html`<p class="prose timeline-message">${entry.message}</p>` : nothing}
          </li>`)}
        </ol>
      </section>
    `;
  }
}
