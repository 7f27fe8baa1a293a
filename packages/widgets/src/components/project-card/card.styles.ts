import { css } from 'lit';
import { cardSkeletonStyles } from './card-skeleton.styles.js';

/**
 * The styles of a card's insides, shared by `<mi-project-card>` and `<mi-project-board>` (whose
 * cards are its own templates). Every visual choice reads a `--mi-card-*` token that falls back
 * to a `--mi-*` system token.
 */
const cardBase = css`
  .card {
    --_card-bg: var(--mi-card-background, var(--_surface-raised));
    --_card-border: var(--mi-card-border-color, var(--_border));
    --_card-radius: var(--mi-card-radius, var(--_radius));
    --_card-pad: var(--mi-card-padding, calc(var(--_space) * 1.25));
    --_card-title: var(--mi-card-title-color, var(--_text));

    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
    padding: var(--_card-pad);
    background: var(--_card-bg);
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    box-shadow: var(--mi-card-shadow, var(--_shadow));
    font-size: 0.9375rem;
    transition: border-color 0.15s, box-shadow 0.15s;
  }
  .card:hover {
    border-color: var(--mi-card-hover-border-color, color-mix(in srgb, var(--_accent) 35%, var(--_card-border)));
  }

  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
  }
  .logo {
    flex: none;
    width: 44px;
    height: 44px;
    border-radius: var(--_radius-small);
    object-fit: cover;
    background: var(--_surface-sunken);
  }
  .monogram {
    display: grid;
    place-items: center;
    font-weight: 700;
    font-size: 1.125rem;
    color: var(--_accent);
    background: var(--_accent-soft);
  }
  .heading {
    flex: 1;
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.35;
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .title-button {
    all: unset;
    color: var(--_card-title);
    cursor: pointer;
    border-radius: 4px;
  }
  .title-button:hover {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 3px;
  }
  .company {
    margin: 0.125rem 0 0;
    color: var(--_text-muted);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .company a {
    color: inherit;
    text-decoration: none;
    border-radius: 4px;
  }
  .company a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  .status {
    flex: none;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--_success);
    background: var(--_success-soft);
  }
  .status:not([data-status='open']) {
    color: var(--_text-muted);
    background: var(--_surface-sunken);
  }

  .summary,
  .description p {
    margin: 0;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .description {
    display: grid;
    gap: 0.5rem;
    padding-top: 0.5rem;
    border-top: 1px dashed var(--_card-border);
    color: var(--_text-muted);
  }

  /* Each fact is as wide as its longest line and the row wraps when they do not fit side by
     side, so a long pay ("18,00–22,50 dólares estadounidenses/h") moves the others down rather
     than running into them; one wider than the whole row wraps its own text. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0.625rem 0.75rem;
    border-radius: var(--_radius-small);
    background: var(--_surface-sunken);
  }
  .fact {
    flex: 1 1 auto;
    min-width: 0;
  }
  .facts dt {
    font-size: 0.6875rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0.125rem 0 0;
    font-weight: 600;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .pay {
    all: unset;
    color: var(--mi-card-pay-color, var(--_accent));
    cursor: pointer;
    border-radius: 4px;
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }
  /* The pay button is inline, so a pay that has to wrap keeps its icon after its last word. */
  .info {
    display: inline-grid;
    margin-inline-start: 0.25rem;
    vertical-align: text-bottom;
    place-items: center;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    border: 1.5px solid currentColor;
    font: 700 0.625rem/1 ui-serif, Georgia, serif;
    font-style: italic;
    text-decoration: none;
  }

  .popover {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    display: grid;
    gap: 0.25rem;
    width: max-content;
    max-width: min(20rem, calc(100vw - 16px));
    padding: 0.75rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--mi-popover-background, var(--_surface-raised));
    color: var(--_text);
    box-shadow: var(--_shadow-raised);
    font-size: 0.875rem;
    font-weight: 400;
  }
  .popover:not([data-placement]) {
    visibility: hidden;
  }
  .popover strong {
    font-size: 0.75rem;
    letter-spacing: 0.02em;
    color: var(--_text-muted);
  }

  .skills {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skills li {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_card-border);
    border-radius: 999px;
    font-size: 0.8125rem;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }

  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-top: auto;
  }
  .badge {
    padding: 0.125rem 0.625rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_accent-soft);
  }
  .badge[data-schedule='evenings'] {
    color: var(--_warning);
    background: var(--_warning-soft);
  }
  .deadline {
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }
  .deadline[data-soon] {
    color: var(--_danger);
    font-weight: 600;
  }
  .apply {
    margin-inline-start: auto;
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--mi-button-radius, var(--_radius-small));
    background: var(--mi-card-apply-background, var(--_accent));
    color: var(--mi-card-apply-color, var(--_on-accent));
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
    transition: background 0.15s;
  }
  .apply:hover:not(:disabled) {
    background: var(--_accent-hover);
  }
  .apply:disabled {
    background: var(--_surface-sunken);
    color: var(--_text-muted);
    cursor: not-allowed;
  }

  .title-button:focus-visible,
  .company a:focus-visible,
  .pay:focus-visible,
  .apply:focus-visible {
    outline: none;
    box-shadow: var(--_focus-ring);
  }

`;

/** The card look plus its loading placeholder. */
export const cardStyles = [cardBase, cardSkeletonStyles];
