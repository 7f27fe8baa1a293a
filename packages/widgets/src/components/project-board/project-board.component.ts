import { html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { TaskStatus } from '@lit/task';
import type { Project, ProjectQuery, ProjectSort, ProjectSource } from '@microintern/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { PopoverController } from '../../controllers/popover-controller.js';
import { RenderBudgetController } from '../../controllers/render-budget-controller.js';
import { sourceContext } from '../../controllers/source-context.js';
import { StructuredDataController } from '../../controllers/structured-data-controller.js';
import { MiApplyOpenEvent } from '../../events/mi-apply-open.js';
import { MiProjectSelectEvent } from '../../events/mi-project-select.js';
import { MiElement } from '../../internal/mi-element.js';
import { sourceFor } from '../../internal/source-for.js';
import { cardAction, cardTemplate } from '../project-card/card-template.js';
import { loadPayExplanation, payExplanation, projectView, warmProjectViews } from '../project-card/project-view.js';
import { openOnApply, prefetchApplyDialog } from '../apply-dialog/open-apply-dialog.js';
import { BoardDataController } from './board-data.js';
import { filtersTemplate } from './board-filters.js';
import { GigLinkController } from './board-gig-link.js';
import { BoardInputsController } from './board-inputs.js';
import { activeFilters, listConverter, readUrlFilters, toQuery, writeUrlFilters } from './board-query.js';
import { emptyTemplate, errorTemplate, loadMoreTemplate, skeletonsTemplate } from './board-states.js';
import { LONG_LIST, projectBoardStyles } from './project-board.styles.js';
import { SortMenu } from './sort-menu.js';
import { toolbarTemplate } from './board-toolbar.js';

/**
 * A searchable, filterable board of paid micro-internships for a careers page or a blog.
 *
 * @summary Browse, filter and open gigs from the Micro-Internship API or a static JSON feed.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/mi-widgets.js"></script>
 * <mi-project-board api="https://api.example.com" company="acme" schedule="weekend" sync-url></mi-project-board>
 * <mi-project-board src="/gigs.json" locale="es" theme="auto"></mi-project-board>
 * ```
 *
 * Data comes from the `source` property (any `ProjectSource`), else `api` (+ `company`), else
 * the feed at `src`. The board provides that source to `<mi-project-card>`s placed inside it.
 * It writes one schema.org `JobPosting` JSON-LD script per shown project into its own light DOM
 * (`structured-data="off"` turns that off) and removes them when it leaves the page.
 *
 * @slot featured - Content above the list, such as a `<mi-project-card project-id="…">`; cards here load through the board's source.
 *
 * @event {MiLoadEvent} mi-load - A page arrived and is rendered: `detail.items`, `detail.total`, `detail.nextCursor`.
 * @event {MiErrorEvent} mi-error - A page failed to load: `detail.error`. The board shows an error state with Retry.
 * @event {MiInvalidItemsEvent} mi-invalid-items - The source dropped invalid items, or (`severity: 'warning'`) kept gigs without an unsafe logo or website: `detail.skipped`.
 * @event {MiProjectSelectEvent} mi-project-select - A card's title was activated. Cancelable; by default the card expands its description.
 * @event {MiApplyOpenEvent} mi-apply-open - A card's Apply button was pressed: `detail.project`. Cancelable; by default the board opens `<mi-apply-dialog>` (loaded on first use), sending to `api`, else to `apply-api`.
 *
 * @csspart base - The board's outer box.
 * @csspart toolbar - The row holding the search box.
 * @csspart search - The search input.
 * @csspart filters - The filter panel.
 * @csspart filters-toggle - The Filters button that shows the panel on narrow boards.
 * @csspart facet-count - The count next to a filter choice.
 * @csspart results - The column with the count, sort menu and list.
 * @csspart count - "42 projects".
 * @csspart sort-button - The sort menu button.
 * @csspart sort-menu - The floating sort menu; each choice is `sort-option`.
 * @csspart sort-option - One sort choice.
 * @csspart list - The grid of cards.
 * @csspart card - A card; its insides have the same parts as `<mi-project-card>` (`title`, `pay-button`, `popover`, `apply-button`, …).
 * @csspart skeleton - A loading placeholder card.
 * @csspart empty - The "no projects match" state.
 * @csspart error - The error state.
 * @csspart retry-button - Retry in the error state.
 * @csspart load-more - The "Load more" button.
 *
 * @cssproperty --mi-board-max-width - Widest the board grows. Default none.
 * @cssproperty --mi-board-gap - Space between cards and regions. Default `--mi-space`.
 * @cssproperty --mi-board-card-min-width - Narrowest a card column gets before the grid drops a column. Default 19rem.
 * @cssproperty --mi-board-filters-width - Width of the filter column on wide boards. Default 15rem.
 * @cssproperty --mi-board-background - Background behind the cards. Default `--mi-color-surface`.
 * @cssproperty --mi-input-background - Search box and select background. Default `--mi-color-surface-raised`.
 * @cssproperty --mi-card-background - See `<mi-project-card>`; every `--mi-card-*` token applies to the board's cards.
 * @cssproperty --mi-color-accent - System accent (buttons, links, focus ring).
 * @cssproperty --mi-color-surface - System surface.
 * @cssproperty --mi-color-text - System text colour.
 * @cssproperty --mi-color-border - System border colour.
 * @cssproperty --mi-radius - System corner radius.
 * @cssproperty --mi-font-family - Font stack.
 */
export class MiProjectBoard extends MiElement {
  static override styles = projectBoardStyles;

  static override properties = {
    api: {},
    company: {},
    src: {},
    applyApi: { attribute: 'apply-api' },
    source: { attribute: false },
    pageSize: { attribute: 'page-size', type: Number },
    currency: {},
    q: {},
    category: { converter: listConverter },
    skills: { converter: listConverter },
    schedule: { converter: listConverter },
    sort: {},
    minRate: { attribute: 'min-rate', type: Number },
    maxHours: { attribute: 'max-hours', type: Number },
    syncUrl: { attribute: 'sync-url' },
    structuredData: { attribute: 'structured-data' },
    payOpenFor: { state: true },
    filtersOpen: { state: true },
  };

  /** Base URL of the Micro-Internship API. */
  declare api: string | undefined;
  /** A company slug: only that company's gigs (with `api`). */
  declare company: string | undefined;
  /** URL of a static JSON feed, used when `api` is not set. */
  declare src: string | undefined;
  /**
   * Where applications go when the board reads a feed (`src`): the base URL of the
   * Micro-Internship API, which files each one under its gig's company. With `api`, applications
   * go there instead.
   */
  declare applyApi: string | undefined;
  /** Any `ProjectSource` (a client's `projects`, a feed, a test double); wins over `api` and `src`. */
  declare source: ProjectSource | undefined;
  /** Projects per page, 1–100. Default 20. */
  declare pageSize: number;
  /** ISO 4217 currency of the pay-floor choices. Default `USD`. */
  declare currency: string;
  /** Search text. */
  declare q: string;
  /** Categories to show (attribute: comma-separated). */
  declare category: string[];
  /** Skills to match, any of them (attribute: comma-separated). */
  declare skills: string[];
  /** Schedules to show: `weekend`, `evenings`, `flexible` (attribute: comma-separated). */
  declare schedule: string[];
  /** `newest` (default), `pay`, `shortest` or `deadline`. */
  declare sort: string | undefined;
  /** Pay floor in minor units per hour, as the API takes it: `2000` is $20.00/hr. */
  declare minRate: number | undefined;
  /** Only gigs of at most this many hours. */
  declare maxHours: number | undefined;
  /**
   * Present: filters, and the gig whose description is open, are kept in the page URL, so a
   * copied address opens the board as it was. Its value prefixes the parameters (default `mi-`).
   */
  declare syncUrl: string | null | undefined;
  /** `off` stops the board from writing JSON-LD. Default `on`. */
  declare structuredData: string;
  declare private payOpenFor: string | undefined;
  declare private filtersOpen: boolean;

  private readonly l10n = new LocalizeController(this);
  // Before the data controller: it announces a page only once the whole list is on screen.
  private readonly budget = new RenderBudgetController(this);
  private readonly data = new BoardDataController(this, () => !this.budget.catchingUp);
  private readonly inputs = new BoardInputsController(this);
  private readonly provider = new ContextProvider(this, { context: sourceContext });
  private readonly sortMenu = new SortMenu(this, (sort) => (this.sort = sort));
  private readonly payPopover = new PopoverController(this, {
    placement: 'bottom-start',
    onChange: (open) => {
      if (!open) this.payOpenFor = undefined;
    },
  });
  private readonly expanded = new Set<string>();
  private readonly gigLink = new GigLinkController(this, {
    urlPrefix: () => this.urlPrefix,
    source: () => this.currentSource(),
    shown: () => this.data.shown,
    pin: (project) => this.data.pin(project),
    reveal: (project) => this.reveal(project),
  });
  private lastQueryKey = '';

  constructor() {
    super();
    new StructuredDataController(this, () => this.data.items, () => this.structuredData !== 'off');
    this.pageSize = 20;
    this.currency = 'USD';
    this.q = '';
    this.category = [];
    this.skills = [];
    this.schedule = [];
    this.structuredData = 'on';
    this.filtersOpen = false;
    this.addEventListener('mi-apply-open', this.onApplyOpen);
  }

  /** The source the board reads: `source`, else one made from `api`/`company` or `src`. */
  currentSource(): ProjectSource | undefined {
    return this.source ?? sourceFor({ api: this.api, company: this.company, src: this.src });
  }

  /** The first-page query the board's filters describe. */
  query(): ProjectQuery {
    const { q, category, skills, schedule, sort, minRate, maxHours } = this;
    return toQuery({ q, category, skills, schedule, sort, minRate, maxHours }, this.pageSize);
  }

  private get urlPrefix(): string | undefined {
    return this.syncUrl === null || this.syncUrl === undefined ? undefined : this.syncUrl || 'mi-';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const prefix = this.urlPrefix;
    if (prefix !== undefined) Object.assign(this, readUrlFilters(location.search, prefix));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.inputs.sync(changed);
    this.provider.setValue(this.currentSource());
    const key = JSON.stringify(this.query());
    if (key !== this.lastQueryKey) {
      this.lastQueryKey = key;
      this.payPopover.hide({ returnFocus: false });
      const prefix = this.urlPrefix;
      if (prefix !== undefined && this.hasUpdated) writeUrlFilters(this.query(), prefix);
    }
  }

  protected override firstUpdated(): void {
    // While the first page is on the way: the formatters its cards need, in a task of their own.
    void warmProjectViews(this.l10n, this.currencyDisplay);
  }

  override render() {
    const m = this.l10n.messages;
    const query = this.query();
    const { inputs } = this;
    const active = activeFilters(query);
    return html`<div class="board" part="base">
      ${toolbarTemplate({ m, inputs, filtersOpen: this.filtersOpen, active, number: (n) => this.l10n.number(n), toggleFilters: this.toggleFilters })}
      <div class="body">
        <form id="filters" class="filters" part="filters" aria-label=${m.filters} ?data-open=${this.filtersOpen}
          @change=${inputs.onFilterChange} @input=${inputs.onFilterInput} @submit=${inputs.onFilterSubmit}>
          ${filtersTemplate({ query, facets: this.data.facets, m, locale: this.l10n.locale, currency: this.currency, currencyDisplay: this.currencyDisplay, skillsText: inputs.skillsText, number: (n) => this.l10n.number(n) })}
          ${active ? html`<button class="button link" type="button" @click=${inputs.clear}>${m.clearFilters}</button>` : nothing}
        </form>
        <section class="results" part="results" aria-label=${m.searchLabel} aria-busy=${this.data.pending ? 'true' : 'false'}>
          <slot name="featured"></slot>
          ${this.renderResults(query)}
        </section>
      </div>
    </div>`;
  }

  private renderResults(query: ProjectQuery) {
    const m = this.l10n.messages;
    const { data } = this;
    const status = data.task.status;
    // No list on screen (error, skeletons, empty): the next list starts from nothing.
    if (status === TaskStatus.ERROR || !data.items.length) this.budget.none();
    if (status === TaskStatus.ERROR) return errorTemplate(m, data.task.error, () => data.retry());
    const head = html`<div class="results-head">
      <p class="count" part="count" role="status">${this.countText(status)}</p>
      ${this.sortMenu.render((query.sort ?? 'newest') as ProjectSort, m)}
    </div>`;
    if (status === TaskStatus.PENDING && !data.items.length) return html`${head}${skeletonsTemplate(Math.min(query.limit ?? 20, 6))}`;
    if (status === TaskStatus.COMPLETE && !data.items.length) return html`${head}${emptyTemplate(m, activeFilters(query) > 0, this.inputs.clear)}`;
    const now = Date.now();
    const cd = this.currencyDisplay;
    return html`${head}
      <div class="grid" part="list" ?data-stale=${data.pending} ?data-long=${data.items.length > LONG_LIST} @click=${this.onCardClick}
        @pointerover=${prefetchApplyDialog} @focusin=${prefetchApplyDialog}>
        ${this.budget.take(data.items).map((project, index) =>
          cardTemplate(projectView(project, this.l10n, cd, now), {
            id: `c${index}`,
            index,
            expanded: this.expanded.has(project.id),
            popover: this.payOpenFor === project.id ? payExplanation(project, this.l10n.locale, cd) : undefined,
          }, m),
        )}
      </div>
      ${data.nextCursor && !data.pending ? loadMoreTemplate(m, data.more, this.loadMore) : nothing}`;
  }

  // One live region says both "Loading projects…" and "42 projects", so a screen reader hears
  // each change once.
  private countText(status: TaskStatus): string {
    const m = this.l10n.messages;
    const { items, total } = this.data;
    if (status === TaskStatus.PENDING && !items.length) return m.loading;
    if (status !== TaskStatus.COMPLETE && !items.length) return '';
    const count = total ?? items.length;
    return m.results(this.l10n.number(count), count);
  }

  private readonly loadMore = async (): Promise<void> => {
    const first = await this.data.loadMore();
    if (first === undefined) return;
    await this.updateComplete;
    // Focus moves to the first new card, so keyboard users continue where the new page starts.
    this.renderRoot.querySelector<HTMLElement>(`#c${first}-t button`)?.focus();
  };

  private readonly onCardClick = async (event: Event): Promise<void> => {
    const hit = cardAction(event);
    const project: Project | undefined = hit && this.data.items[hit.index];
    if (!hit || !project) return;
    if (hit.action === 'apply') {
      this.dispatchEvent(new MiApplyOpenEvent({ project }));
    } else if (hit.action === 'select') {
      if (!this.dispatchEvent(new MiProjectSelectEvent({ project }))) return;
      if (!this.expanded.delete(project.id)) this.expanded.add(project.id);
      this.gigLink.written(project, this.expanded.has(project.id));
      this.requestUpdate();
    } else {
      const wasOpen = this.payOpenFor === project.id;
      this.payPopover.hide({ returnFocus: false });
      if (wasOpen) return;
      await loadPayExplanation();
      this.payOpenFor = project.id;
      await this.updateComplete;
      const floating = this.renderRoot.querySelector<HTMLElement>('.popover');
      if (floating) await this.payPopover.show(hit.button, floating);
    }
  };

  // A linked gig (sync-url): its description open and its card on screen, without moving focus.
  // Centred rather than at the top, where a page's sticky header would cover it.
  private async reveal(project: Project): Promise<void> {
    this.expanded.add(project.id);
    this.requestUpdate();
    await this.updateComplete;
    const index = this.data.items.indexOf(project);
    this.renderRoot.querySelector(`article.card[data-i="${index}"]`)?.scrollIntoView({ block: 'center' });
  }

  private readonly toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  // Apply presses from the board's cards and from cards slotted into it.
  private readonly onApplyOpen = (event: MiApplyOpenEvent): void => openOnApply(this, event);
}
