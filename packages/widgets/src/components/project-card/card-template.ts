import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { ProjectView } from './project-view.js';

/** Per-card state the host keeps: which card's description and pay popover are open. */
export interface CardState {
  /** DOM id prefix, unique in the host's shadow root (`c12`). Never taken from data. */
  id: string;
  /** Position in the host's list; read back by {@link cardAction}. */
  index: number;
  expanded: boolean;
  /** The pay explanation when this card's popover is open, otherwise undefined. */
  popover: string | undefined;
}

/** What a press inside a card asks for. */
export type CardActionName = 'select' | 'pay' | 'apply';

/**
 * The markup of one gig card. Shared by `<mi-project-card>` and `<mi-project-board>`, which
 * renders its cards as its own templates: 1,000 cards as plain template instances render much
 * faster than 1,000 custom elements each with a shadow root and styles.
 *
 * Text from the data (title, company, summary, description, skills) is marked `dir="auto"`: a
 * gig written in English reads left to right on a Hebrew page, and the other way round.
 *
 * Every value is a Lit text or attribute binding, so hostile strings stay inert text, and
 * `href`/`src` only ever receive the view's checked http(s) URLs. No event listeners are bound
 * per card: the host delegates clicks through {@link cardAction}.
 */
export function cardTemplate(view: ProjectView, state: CardState, m: Messages): TemplateResult {
  const { id } = state;
  const popoverOpen = state.popover !== undefined;
  return html`<article class="card" part="card" data-i=${state.index} ?data-popover=${popoverOpen} aria-labelledby="${id}-t">
    <div class="head">
      ${view.logoUrl
        ? html`<img class="logo" part="logo" src=${view.logoUrl} alt="" width="44" height="44" loading="lazy" decoding="async" />`
        : html`<span class="logo monogram" part="logo" aria-hidden="true">${view.monogram}</span>`}
      <div class="heading">
        <h3 class="title" part="title" id="${id}-t" dir="auto">
          <button class="title-button" type="button" data-action="select" aria-expanded=${state.expanded ? 'true' : 'false'}>${view.title}</button>
        </h3>
        <p class="company" part="company" dir="auto">
          ${view.website ? html`<a href=${view.website} target="_blank" rel="noopener noreferrer">${view.company}</a>` : view.company}
        </p>
      </div>
      <span class="status" part="status" data-status=${view.status}>${view.statusLabel}</span>
    </div>
    <p class="summary" part="summary" dir="auto">${view.summary}</p>
    ${state.expanded
      ? html`<div class="description" part="description">${view.paragraphs.map((p) => html`<p dir="auto">${p}</p>`)}</div>`
      : nothing}
    <dl class="facts" part="facts">
      <div class="fact">
        <dt>${m.pay}</dt>
        <dd>
          <button class="pay" part="pay-button" type="button" data-action="pay" aria-expanded=${popoverOpen ? 'true' : 'false'} aria-controls=${popoverOpen ? `${id}-pay` : nothing}>
            ${view.pay}<span class="visually-hidden">, ${m.payExplanation}</span><span class="info" aria-hidden="true">i</span>
          </button>
          ${popoverOpen
            ? html`<div class="popover" part="popover" id="${id}-pay">
                <strong>${m.payExplanation}</strong>
                <span>${state.popover}</span>
              </div>`
            : nothing}
        </dd>
      </div>
      <div class="fact"><dt>${m.effort}</dt><dd>${view.effort}</dd></div>
      <div class="fact"><dt>${m.window}</dt><dd>${view.window}</dd></div>
    </dl>
    ${view.skills.length
      ? html`<ul class="skills" part="skills" aria-label=${m.skills}>${view.skills.map((s) => html`<li part="skill" dir="auto">${s}</li>`)}</ul>`
      : nothing}
    <div class="foot">
      ${view.badge ? html`<span class="badge" part="badge" data-schedule=${view.badge}>${view.badgeLabel}</span>` : nothing}
      ${view.deadline
        ? html`<time class="deadline" part="deadline" datetime=${view.deadline.iso} title=${view.deadline.title} ?data-soon=${view.deadline.soon}>${view.deadline.text}</time>`
        : nothing}
      <button class="apply" part="apply-button" type="button" data-action="apply" ?disabled=${!view.canApply} aria-describedby="${id}-t">${view.applyLabel}</button>
    </div>
  </article>`;
}

/** A skeleton with the same outline as a card, shown while the first page loads. */
export function cardSkeleton(): TemplateResult {
  return html`<div class="card skeleton" part="skeleton" aria-hidden="true">
    <div class="head"><span class="logo bone"></span><div class="heading"><span class="bone line wide"></span><span class="bone line short"></span></div></div>
    <span class="bone line"></span><span class="bone line"></span>
    <div class="facts"><span class="bone block"></span><span class="bone block"></span><span class="bone block"></span></div>
    <div class="foot"><span class="bone pill"></span><span class="bone button"></span></div>
  </div>`;
}

/**
 * Reads which card action a click inside `root` asked for: the action, the card's index and
 * the pressed button. Undefined for clicks elsewhere and on disabled buttons.
 */
export function cardAction(event: Event): { action: CardActionName; index: number; button: HTMLElement } | undefined {
  for (const target of event.composedPath()) {
    if (!(target instanceof HTMLElement)) continue;
    const action = target.dataset['action'];
    if (action === 'select' || action === 'pay' || action === 'apply') {
      const card = target.closest<HTMLElement>('.card');
      const index = Number(card?.dataset['i']);
      if (!card || !Number.isInteger(index) || (target as HTMLButtonElement).disabled) return undefined;
      return { action, index, button: target };
    }
    if (target.classList.contains('card')) return undefined;
  }
  return undefined;
}
