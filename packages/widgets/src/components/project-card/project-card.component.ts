import { html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Project, ProjectSource } from '@microintern/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { PopoverController } from '../../controllers/popover-controller.js';
import { sourceContext } from '../../controllers/source-context.js';
import { MiApplyOpenEvent } from '../../events/mi-apply-open.js';
import { MiErrorEvent } from '../../events/mi-error.js';
import { MiLoadEvent } from '../../events/mi-load.js';
import { MiProjectSelectEvent } from '../../events/mi-project-select.js';
import { MiElement } from '../../internal/mi-element.js';
import { sourceFor } from '../../internal/source-for.js';
import { openOnApply, prefetchApplyDialog } from '../apply-dialog/open-apply-dialog.js';
import { cardAction, cardSkeleton, cardTemplate } from './card-template.js';
import { loadPayExplanation, payExplanation, projectView } from './project-view.js';
import { projectCardStyles } from './project-card.styles.js';

/**
 * One micro-internship: title, company, pay (with a popover explaining the estimate), effort,
 * time to finish, a weekend/evenings badge, skills, deadline, status and an Apply button.
 *
 * Give it data inline through the `project` property, or let it load itself: `project-id` with
 * `api` (and `company`) or a feed `src`, or from the source of an enclosing
 * `<mi-project-board>`.
 *
 * @summary A card for one paid micro-internship.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/mi-widgets.js"></script>
 * <mi-project-card project-id="clean-a-survey-data-set" src="/gigs.json"></mi-project-card>
 * ```
 *
 * @event {MiProjectSelectEvent} mi-project-select - The title was activated. Cancelable; by default the card shows the full description.
 * @event {MiApplyOpenEvent} mi-apply-open - The Apply button was pressed; `detail.project` is the gig. Cancelable; by default the card opens `<mi-apply-dialog>` (loaded on first use) sending to `api`, else to `apply-api`. Inside a `<mi-project-board>`, the board opens it.
 * @event {MiLoadEvent} mi-load - The card loaded its project (`detail.items` holds it).
 * @event {MiErrorEvent} mi-error - Loading failed; `detail.error` says why. The card shows a Retry button.
 *
 * @csspart card - The card's box.
 * @csspart logo - The company logo, or the monogram shown without one.
 * @csspart title - The title heading.
 * @csspart company - The company name (a link to its website when it has a safe one).
 * @csspart status - The Open / Closed / Filled pill.
 * @csspart summary - The one-paragraph summary.
 * @csspart description - The full description, shown after the title is activated.
 * @csspart facts - The pay, effort and time-to-finish row.
 * @csspart pay-button - The pay figure; opens the explanation popover.
 * @csspart popover - The pay explanation popover.
 * @csspart skills - The list of skills; each item is `skill`.
 * @csspart skill - One skill.
 * @csspart badge - The Weekends / Evenings badge.
 * @csspart deadline - "Closes in 3 days".
 * @csspart apply-button - The Apply button (disabled once applications close).
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty --mi-card-background - Card background. Default `--mi-color-surface-raised`.
 * @cssproperty --mi-card-border-color - Card border. Default `--mi-color-border`.
 * @cssproperty --mi-card-hover-border-color - Card border under the pointer.
 * @cssproperty --mi-card-radius - Card corner radius. Default `--mi-radius` (12px).
 * @cssproperty --mi-card-padding - Card padding. Default 1.25 × `--mi-space`.
 * @cssproperty --mi-card-shadow - Card shadow. Default `--mi-shadow`.
 * @cssproperty --mi-card-title-color - Title colour. Default `--mi-color-text`.
 * @cssproperty --mi-card-pay-color - Pay figure colour. Default `--mi-color-accent`.
 * @cssproperty --mi-card-apply-background - Apply button background. Default `--mi-color-accent`.
 * @cssproperty --mi-card-apply-color - Apply button text. Default `--mi-color-on-accent`.
 * @cssproperty --mi-card-max-width - Widest the standalone card grows. Default 34rem.
 * @cssproperty --mi-popover-background - Popover background. Default `--mi-color-surface-raised`.
 * @cssproperty --mi-color-accent - System accent (links, buttons, focus ring).
 * @cssproperty --mi-color-surface - System page surface.
 * @cssproperty --mi-color-text - System text colour.
 * @cssproperty --mi-font-family - Font stack. Default the system UI font.
 */
export class MiProjectCard extends MiElement {
  static override styles = projectCardStyles;

  static override properties = {
    project: { attribute: false },
    projectId: { attribute: 'project-id' },
    api: {},
    company: {},
    src: {},
    applyApi: { attribute: 'apply-api' },
    source: { attribute: false },
    expanded: { type: Boolean, reflect: true },
    payOpen: { state: true },
  };

  /** The gig to show. Set it to render without loading anything. */
  declare project: Project | undefined;
  /** Id or slug of the gig to load through `source`, `api` or `src`. */
  declare projectId: string | undefined;
  /** Base URL of the Micro-Internship API. */
  declare api: string | undefined;
  /** Company slug, used with `api`. */
  declare company: string | undefined;
  /** URL of a static JSON feed. */
  declare src: string | undefined;
  /** Where applications go when the card reads a feed: the Micro-Internship API's base URL. */
  declare applyApi: string | undefined;
  /** Any `ProjectSource`; wins over `api`, `src` and an enclosing board. */
  declare source: ProjectSource | undefined;
  /** Whether the full description is shown. */
  declare expanded: boolean;
  declare private payOpen: boolean;

  private readonly l10n = new LocalizeController(this);
  private readonly payPopover = new PopoverController(this, {
    placement: 'bottom-start',
    onChange: (open) => {
      if (!open) this.payOpen = false;
    },
  });
  private announced: unknown;
  private readonly provided = new ContextConsumer(this, { context: sourceContext, subscribe: true });

  private readonly loader = new Task(this, {
    args: () => [this.project ? undefined : this.resolvedSource(), this.projectId] as const,
    task: async ([source, id], { signal }) => {
      if (!source || !id) return initialState;
      return source.get(id, { signal });
    },
  });

  constructor() {
    super();
    this.expanded = false;
    this.payOpen = false;
  }

  protected override updated(): void {
    // Announced once the loaded project (or the error state) is on screen, so a listener can
    // already read the card. Superseded runs never get here: the task keeps only the latest.
    const { status, value, error } = this.loader;
    const outcome = status === TaskStatus.COMPLETE ? value : status === TaskStatus.ERROR ? error : undefined;
    if (outcome === undefined || outcome === this.announced || this.project) return;
    this.announced = outcome;
    this.dispatchEvent(status === TaskStatus.COMPLETE ? new MiLoadEvent({ items: [value!], total: 1, nextCursor: null }) : new MiErrorEvent({ error }));
  }

  private resolvedSource(): ProjectSource | undefined {
    return this.source ?? sourceFor({ api: this.api, company: this.company, src: this.src }) ?? this.provided.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different gig: an open popover would explain the old one.
    if (changed.has('project') || changed.has('projectId')) this.payPopover.hide({ returnFocus: false });
  }

  override render() {
    if (this.project) return this.renderCard(this.project);
    const m = this.l10n.messages;
    return this.loader.render({
      initial: () => (this.projectId ? cardSkeleton() : nothing),
      pending: () => html`${cardSkeleton()}<span class="visually-hidden" role="status">${m.loading}</span>`,
      complete: (project) => this.renderCard(project),
      error: () => html`<div class="message" data-kind="error" role="alert">
        <span>${m.projectNotFound}</span>
        <button class="retry" type="button" @click=${() => void this.loader.run()}>${m.retry}</button>
      </div>`,
    });
  }

  private renderCard(project: Project) {
    const view = projectView(project, this.l10n, this.currencyDisplay);
    const popover = this.payOpen ? payExplanation(project, this.l10n.locale, this.currencyDisplay) : undefined;
    return html`<div class="root" @click=${this.onClick} @pointerover=${prefetchApplyDialog} @focusin=${prefetchApplyDialog}>
      ${cardTemplate(view, { id: 'c', index: 0, expanded: this.expanded, popover }, this.l10n.messages)}
    </div>`;
  }

  private readonly onClick = async (event: Event): Promise<void> => {
    const hit = cardAction(event);
    const project = this.project ?? this.loader.value;
    if (!hit || !project) return;
    if (hit.action === 'apply') {
      // Announced first; then the apply dialog opens, unless the page runs its own flow or a
      // board around this card already took the press (openOnApply).
      const apply = new MiApplyOpenEvent({ project });
      this.dispatchEvent(apply);
      openOnApply(this, apply, hit.button);
    } else if (hit.action === 'select') {
      if (this.dispatchEvent(new MiProjectSelectEvent({ project }))) this.expanded = !this.expanded;
    } else if (this.payPopover.open) {
      this.payPopover.hide({ returnFocus: false });
    } else {
      await loadPayExplanation();
      this.payOpen = true;
      await this.updateComplete;
      const floating = this.renderRoot.querySelector<HTMLElement>('.popover');
      if (floating) await this.payPopover.show(hit.button, floating);
    }
  };
}
