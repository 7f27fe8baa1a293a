import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatEffort, weeklyHours, type Application, type Availability, type Project } from '@microintern/core';
import { fitSummary, type FitSummary } from '../applicant/fit-summary.js';
import { ConsoleView, type ConsoleContext } from '../context.js';
import { classifyFailure, type Failure } from '../failure.js';
import { localeOf, type Catalog, type Lang } from '../locale.js';
import { collectPages } from '../paging.js';
import { routeHref, type ApplicantFilters } from '../router.js';
import { applicationStatusLabel, projectStatusLabel } from '../status-labels.js';
import { ViewLoad } from '../view-load.js';
import { dateTimeFormat, failureAlert, loadingLine, setDocumentTitle } from '../view-parts.js';
import { filterApplications, STATUS_FILTERS, statusCounts, type StatusFilter } from './applicant-filter.js';
import { csvFileName, saveTextFile } from './csv-file.js';

interface Messages {
  back: string;
  title: (gig: string) => string;
  loadingTitle: string;
  editGig: string;
  filter: string;
  all: string;
  search: string;
  searchHint: string;
  shown: (shown: number, total: number) => string;
  caption: string;
  columns: { name: string; submitted: string; status: string; hours: string; fit: string };
  hoursAWeek: (hours: string) => string;
  noHours: string;
  none: string;
  noMatch: string;
  exportCsv: string;
  exporting: string;
  exported: (file: string) => string;
}

const messages: Catalog<Messages> = {
  en: {
    back: 'All gigs',
    title: (gig) => `Applicants for ${gig}`,
    loadingTitle: 'Applicants',
    editGig: 'Edit this gig',
    filter: 'Show',
    all: 'All',
    search: 'Search applicants',
    searchHint: 'Name, email or school; accents and capitals do not matter.',
    shown: (shown, total) => (shown === total ? `${total} ${total === 1 ? 'applicant' : 'applicants'}` : `Showing ${shown} of ${total} applicants`),
    caption: 'Applicants, oldest first',
    columns: { name: 'Applicant', submitted: 'Applied', status: 'Status', hours: 'Free hours', fit: 'Fit with this gig' },
    hoursAWeek: (hours) => `${hours} a week`,
    noHours: 'not given',
    none: 'Nobody has applied to this gig yet. Applications sent from your careers page show up here.',
    noMatch: 'No applicant matches. Clear the search or choose another status.',
    exportCsv: 'Export CSV',
    exporting: 'Exporting…',
    exported: (file) => `Saved ${file}.`,
  },
  es: {
    back: 'Todos los proyectos',
    title: (gig) => `Candidatos para ${gig}`,
    loadingTitle: 'Candidatos',
    editGig: 'Editar este proyecto',
    filter: 'Mostrar',
    all: 'Todas',
    search: 'Buscar candidatos',
    searchHint: 'Nombre, correo o centro de estudios; no importan los acentos ni las mayúsculas.',
    shown: (shown, total) => (shown === total ? `${total} ${total === 1 ? 'candidato' : 'candidatos'}` : `Se muestran ${shown} de ${total} candidatos`),
    caption: 'Candidatos, de más antiguo a más reciente',
    columns: { name: 'Candidato', submitted: 'Fecha', status: 'Estado', hours: 'Horas libres', fit: 'Encaje con el proyecto' },
    hoursAWeek: (hours) => `${hours} por semana`,
    noHours: 'no indicado',
    none: 'Todavía nadie se ha postulado a este proyecto. Las candidaturas enviadas desde tu página de empleo aparecen aquí.',
    noMatch: 'Ningún candidato coincide. Borra la búsqueda o elige otro estado.',
    exportCsv: 'Exportar CSV',
    exporting: 'Exportando…',
    exported: (file) => `Se guardó ${file}.`,
  },
};

interface Loaded {
  project: Project;
  applications: Application[];
}

const weekHours = new WeakMap<Availability, number>();

/** An applicant's free hours a week, worked out once per application (core validates the week each time). */
function hoursOf(availability: Availability): number {
  let hours = weekHours.get(availability);
  if (hours === undefined) weekHours.set(availability, (hours = weeklyHours(availability)));
  return hours;
}

/**
 * `<console-applicants .projectId>` (`#/gigs/{id}/applicants`): everyone who applied to one
 * gig, every page of them, with a status filter (counts per status), a search that ignores
 * accents and case, how each one's week fits the gig, and the gig's CSV export.
 */
export class ConsoleApplicants extends ConsoleView {
  static override properties = {
    ...ConsoleView.properties,
    projectId: {},
    filters: { attribute: false },
    status: { state: true },
    query: { state: true },
    exporting: { state: true },
    exportResult: { state: true },
  };

  declare projectId: string;
  /** The filters the address asked for (`?status=&q=`), applied when the gig's list opens. */
  declare filters: ApplicantFilters | undefined;
  declare status: StatusFilter;
  declare query: string;
  declare exporting: boolean;
  declare exportResult: { ok: true; file: string } | { ok: false; failure: Failure } | undefined;
  private readonly fits = new Map<string, FitSummary>();
  private fitsFor: unknown[] = [];

  private readonly load = new ViewLoad<Loaded>(this, (ctx, signal, progress) => this.loadAll(ctx, signal, progress), () => [this.projectId]);

  constructor() {
    super();
    this.status = 'all';
    this.query = '';
    this.exporting = false;
  }

  private async loadAll(ctx: ConsoleContext, signal: AbortSignal, progress: (n: number) => void): Promise<Loaded> {
    const { projects, applications } = ctx.client;
    const projectId = this.projectId;
    const [project, all] = await Promise.all([
      projects.get(projectId, { signal }),
      collectPages((cursor) => applications.list(projectId, { limit: 100, ...(cursor ? { cursor } : {}), signal }), { onProgress: progress, signal }),
    ]);
    return { project, applications: all };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('projectId')) {
      const asked = this.filters?.status;
      this.status = (STATUS_FILTERS as readonly string[]).includes(asked ?? '') ? (asked as StatusFilter) : 'all';
      this.query = this.filters?.q ?? '';
      this.exportResult = undefined;
    } else if (changed.has('status') || changed.has('query')) {
      // The address follows the list, without a new history entry per keystroke.
      const filters = { ...(this.status !== 'all' ? { status: this.status } : {}), ...(this.query.trim() ? { q: this.query.trim() } : {}) };
      history.replaceState(history.state, '', routeHref({ view: 'applicants', projectId: this.projectId, filters }));
    }
    const state = this.load.state;
    const m = messages[this.ctx.lang];
    setDocumentTitle([state.kind === 'ready' ? m.title(state.value.project.title) : m.loadingTitle], this.ctx.lang);
  }

  /** The fit of one application, worked out once per load, language and zone. */
  /** Each applicant's fit, worked out once per gig, language and zone rather than per render (a keystroke in the search). */
  private fitOf(project: Project, application: Application): FitSummary {
    const { lang, settings } = this.ctx;
    const key = [project, lang, settings.timeZone];
    if (key.some((value, i) => value !== this.fitsFor[i])) {
      this.fits.clear();
      this.fitsFor = key;
    }
    let summary = this.fits.get(application.id);
    if (!summary) {
      summary = fitSummary(project, application.availability, new Date(), lang, settings.timeZone);
      this.fits.set(application.id, summary);
    }
    return summary;
  }

  private readonly onExport = async (project: Project): Promise<void> => {
    this.exporting = true;
    this.exportResult = undefined;
    try {
      const csv = await this.ctx.client.applications.exportCsv(project.id);
      const file = csvFileName(project.slug, new Date());
      saveTextFile(csv, file, 'text/csv');
      this.exportResult = { ok: true, file };
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'signed-out') this.ctx.signedOut(failure);
      this.exportResult = { ok: false, failure };
    } finally {
      this.exporting = false;
    }
  };

  override render(): TemplateResult {
    const { lang } = this.ctx;
    const m = messages[lang];
    const state = this.load.state;
    const project = state.kind === 'ready' ? state.value.project : undefined;
    return html`
      <section class="applicants-view" aria-labelledby="applicants-title" aria-busy=${state.kind === 'loading' ? 'true' : 'false'}>
        <p class="back-link"><a href=${routeHref({ view: 'gigs' })}><span aria-hidden="true">← </span>${m.back}</a></p>
        <div class="view-head">
          <h1 id="applicants-title">${project ? m.title(project.title) : m.loadingTitle}</h1>
          ${project
            ? html`<p class="view-meta">
                <span class="status-badge" data-status=${project.status}>${projectStatusLabel(project.status, lang)}</span>
                <a href=${routeHref({ view: 'edit-gig', id: project.id })}>${m.editGig}</a>
              </p>`
            : nothing}
        </div>
        ${state.kind === 'loading' ? loadingLine(lang, state.loaded) : nothing}
        ${state.kind === 'failed' ? failureAlert(state.failure, lang, () => this.load.run()) : nothing}
        ${state.kind === 'ready' ? this.listTemplate(state.value, lang) : nothing}
      </section>
    `;
  }

  private listTemplate({ project, applications }: Loaded, lang: Lang): TemplateResult {
    const m = messages[lang];
    const counts = statusCounts(applications, this.query);
    const shown = filterApplications(applications, { status: this.status, query: this.query });
    return html`
      <div class="applicants-tools">
        <fieldset class="status-filter">
          <legend>${m.filter}</legend>
          ${STATUS_FILTERS.map((status) => html`<label class="chip">
            <input type="radio" name="applicant-status" value=${status} .checked=${this.status === status}
              @change=${() => (this.status = status)}>
            <span>${status === 'all' ? m.all : applicationStatusLabel(status, lang)} <span class="count">(${counts[status]})</span></span>
          </label>`)}
        </fieldset>
        <div class="field search-field">
          <label for="applicant-search">${m.search}</label>
          <input id="applicant-search" type="search" name="q" autocomplete="off" spellcheck="false" .value=${this.query}
            aria-describedby="applicant-search-hint" @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}>
          <p class="hint" id="applicant-search-hint">${m.searchHint}</p>
        </div>
        <div class="export">
          <button type="button" class="secondary" ?disabled=${this.exporting} @click=${() => this.onExport(project)}>${this.exporting ? m.exporting : m.exportCsv}</button>
          ${this.exportResult?.ok === false ? failureAlert(this.exportResult.failure, lang) : nothing}
          <p class="saved" role="status">${this.exportResult?.ok ? m.exported(this.exportResult.file) : ''}</p>
        </div>
      </div>
      <p class="result-count" role="status">${m.shown(shown.length, applications.length)}</p>
      ${!applications.length
        ? html`<p class="empty-state">${m.none}</p>`
        : !shown.length
          ? html`<p class="empty-state">${m.noMatch}</p>`
          : this.tableTemplate(project, shown, lang)}
    `;
  }

  private tableTemplate(project: Project, shown: Application[], lang: Lang): TemplateResult {
    const m = messages[lang];
    const c = m.columns;
    const locale = localeOf(lang);
    const dates = dateTimeFormat(lang, this.ctx.settings.timeZone);
    return html`
      <div class="table-scroll" role="region" aria-labelledby="applicants-caption" tabindex="0">
        <table class="data-table applicants-table stack" role="table">
          <caption id="applicants-caption">${m.caption}</caption>
          <thead role="rowgroup"><tr role="row">
            <th scope="col" role="columnheader">${c.name}</th><th scope="col" role="columnheader">${c.submitted}</th>
            <th scope="col" role="columnheader">${c.status}</th><th scope="col" role="columnheader">${c.hours}</th>
            <th scope="col" role="columnheader">${c.fit}</th>
          </tr></thead>
          <tbody role="rowgroup">
            ${shown.map((application) => {
              const fit = this.fitOf(project, application);
              const hours = application.availability ? hoursOf(application.availability) : undefined;
              return html`<tr role="row" data-application=${application.id}>
                <th scope="row" role="rowheader">
                  <a href=${routeHref({ view: 'applicant', id: application.id })}>${application.applicant.name}</a>
                  ${application.applicant.school ? html`<span class="muted small">${application.applicant.school}</span>` : nothing}
                </th>
                <td role="cell" data-label=${c.submitted}><time datetime=${application.submittedAt}>${dates.format(new Date(application.submittedAt))}</time></td>
                <td role="cell" data-label=${c.status}><span class="status-badge" data-status=${application.status}>${applicationStatusLabel(application.status, lang)}</span></td>
                <td role="cell" data-label=${c.hours}>${hours === undefined ? html`<span class="muted">${m.noHours}</span>` : m.hoursAWeek(formatEffort({ min: hours, max: hours }, { locale }))}</td>
                <td role="cell" data-label=${c.fit}><span class="fit" data-verdict=${fit.verdict}>${fit.sentence}</span></td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }
}
