import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatRate, type ApplicationCount, type Project } from '@microintern/core';
import { ConsoleView, type ConsoleContext } from '../context.js';
import { localeOf, type Catalog, type Lang } from '../locale.js';
import { collectPages } from '../paging.js';
import { routeHref } from '../router.js';
import { projectStatusLabel } from '../status-labels.js';
import { ViewLoad } from '../view-load.js';
import { dateTimeFormat, failureAlert, loadingLine, setDocumentTitle } from '../view-parts.js';
import { closesIn } from './closes-in.js';
import { gigRows, type GigRow } from './gig-rows.js';

interface Messages {
  title: (company: string) => string;
  docTitle: string;
  postGig: string;
  caption: (n: number) => string;
  columns: { title: string; status: string; applications: string; closesIn: string; spots: string; pay: string };
  applications: (n: number) => string;
  awaiting: (n: number) => string;
  notTaking: string;
  emptyTitle: string;
  emptyText: string;
  postFirst: string;
  edit: (title: string) => string;
}

const messages: Catalog<Messages> = {
  en: {
    title: (company) => `Gigs at ${company}`,
    docTitle: 'Gigs',
    postGig: 'Post a gig',
    caption: (n) => (n === 1 ? 'Your 1 gig, open ones first' : `Your ${n} gigs, open ones first`),
    columns: { title: 'Gig', status: 'Status', applications: 'Applications', closesIn: 'Closes', spots: 'Spots', pay: 'Pay' },
    applications: (n) => (n === 1 ? '1 application' : `${n} applications`),
    awaiting: (n) => `${n} awaiting review`,
    notTaking: 'not taking applications',
    emptyTitle: 'No gigs yet',
    emptyText: 'Post a gig and it appears on your careers page’s board at once.',
    postFirst: 'Post your first gig',
    edit: (title) => `Edit ${title}`,
  },
  es: {
    title: (company) => `Proyectos de ${company}`,
    docTitle: 'Proyectos',
    postGig: 'Publicar un proyecto',
    caption: (n) => (n === 1 ? 'Tu proyecto, los abiertos primero' : `Tus ${n} proyectos, los abiertos primero`),
    columns: { title: 'Proyecto', status: 'Estado', applications: 'Candidaturas', closesIn: 'Cierra', spots: 'Plazas', pay: 'Pago' },
    applications: (n) => (n === 1 ? '1 candidatura' : `${n} candidaturas`),
    awaiting: (n) => `${n} por revisar`,
    notTaking: 'no admite candidaturas',
    emptyTitle: 'Aún no hay proyectos',
    emptyText: 'Publica un proyecto y aparecerá al instante en el tablón de tu página de empleo.',
    postFirst: 'Publica tu primer proyecto',
    edit: (title) => `Editar ${title}`,
  },
};

/** Every gig of the company, of every status, with its application counts. */
async function loadGigs(ctx: ConsoleContext, signal: AbortSignal, progress: (n: number) => void): Promise<{ projects: Project[]; counts: ApplicationCount[] }> {
  const { projects, applications } = ctx.client;
  const [all, counts] = await Promise.all([
    collectPages(
      (cursor) => projects.page({ status: ['open', 'closed', 'filled'], limit: 100, ...(cursor ? { cursor } : {}) }, { signal }),
      { onProgress: progress, signal },
    ),
    applications.counts({ signal }),
  ]);
  return { projects: all, counts };
}

/**
 * `<console-gigs>` (`#/gigs`): the company's gigs of every status, open ones first, with their
 * applications (and how many await review), deadline, spots and pay; a way to post a gig; and
 * the console's settings. Loaded afresh each time the view opens, so a gig just posted or
 * closed is there.
 */
export class ConsoleGigs extends ConsoleView {
  private readonly load = new ViewLoad(this, loadGigs);

  private companyName(): string {
    const { session } = this.ctx;
    const state = this.load.state;
    const fromGig = state.kind === 'ready' ? state.value.projects[0]?.company.name : undefined;
    return session.companyName ?? fromGig ?? session.company;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ctx')) setDocumentTitle([messages[this.ctx.lang].docTitle, this.companyName()], this.ctx.lang);
  }

  override render(): TemplateResult {
    const { lang } = this.ctx;
    const m = messages[lang];
    const state = this.load.state;
    return html`
      <section class="gigs-view" aria-labelledby="gigs-title" aria-busy=${state.kind === 'loading' ? 'true' : 'false'}>
        <div class="view-head">
          <h1 id="gigs-title">${m.title(this.companyName())}</h1>
          <a class="button" href=${routeHref({ view: 'new-gig' })}>${m.postGig}</a>
        </div>
        <console-settings .ctx=${this.ctx}></console-settings>
        ${state.kind === 'loading' ? loadingLine(lang, state.loaded) : nothing}
        ${state.kind === 'failed' ? failureAlert(state.failure, lang, () => this.load.run()) : nothing}
        ${state.kind === 'ready' ? this.tableTemplate(gigRows(state.value.projects, state.value.counts), lang) : nothing}
      </section>
    `;
  }

  private tableTemplate(rows: GigRow[], lang: Lang): TemplateResult {
    const m = messages[lang];
    if (!rows.length) {
      return html`<div class="empty-state">
        <h2>${m.emptyTitle}</h2>
        <p>${m.emptyText}</p>
        <p><a class="button" href=${routeHref({ view: 'new-gig' })}>${m.postFirst}</a></p>
      </div>`;
    }
    const c = m.columns;
    const now = new Date();
    const locale = localeOf(lang);
    const dates = dateTimeFormat(lang, this.ctx.settings.timeZone);
    return html`
      <div class="table-scroll" role="region" aria-labelledby="gigs-caption" tabindex="0">
        <table class="data-table gigs-table stack" role="table">
          <caption id="gigs-caption">${m.caption(rows.length)}</caption>
          <thead role="rowgroup"><tr role="row">
            <th scope="col" role="columnheader">${c.title}</th><th scope="col" role="columnheader">${c.status}</th>
            <th scope="col" role="columnheader">${c.applications}</th><th scope="col" role="columnheader">${c.closesIn}</th>
            <th scope="col" role="columnheader" class="num">${c.spots}</th><th scope="col" role="columnheader">${c.pay}</th>
          </tr></thead>
          <tbody role="rowgroup">
            ${rows.map(({ project, total, awaitingReview }) => {
              const closes = closesIn(project.applyBy, now, lang);
              return html`<tr role="row" data-gig=${project.id}>
                <th scope="row" role="rowheader"><a href=${routeHref({ view: 'edit-gig', id: project.id })} aria-label=${m.edit(project.title)}>${project.title}</a></th>
                <td role="cell" data-label=${c.status}><span class="status-badge" data-status=${project.status}>${projectStatusLabel(project.status, lang)}</span></td>
                <td role="cell" data-label=${c.applications}>
                  <a href=${routeHref({ view: 'applicants', projectId: project.id })}>${m.applications(total)}</a>
                  ${awaitingReview > 0 ? html`<span class="awaiting">${m.awaiting(awaitingReview)}</span>` : nothing}
                </td>
                <td role="cell" data-label=${c.closesIn}>${project.status !== 'open'
                  ? html`<span class="muted">${m.notTaking}</span>`
                  : html`<span class=${closes.kind === 'passed' ? 'passed' : ''}>${closes.text}</span>
                    ${project.applyBy ? html`<time class="muted small" datetime=${project.applyBy}>${dates.format(new Date(project.applyBy))}</time>` : nothing}`}</td>
                <td role="cell" data-label=${c.spots} class="num">${project.spots}</td>
                <td role="cell" data-label=${c.pay}>${formatRate(project.compensation, { locale })}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }
}
