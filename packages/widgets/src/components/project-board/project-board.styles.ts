import { css } from 'lit';
import { tokens } from '../../styles/tokens.styles.js';
import { cardStyles } from '../project-card/card.styles.js';
import { boardControlStyles } from './board-controls.styles.js';

/** A list of more cards than this is long: its far-off cards are not laid out (`data-long`). */
export const LONG_LIST = 48;

/**
 * Styles of `<mi-project-board>`. The layout answers to the board's own width (a container
 * query), not the viewport's: a board in a narrow column of a wide page still stacks.
 */
export const projectBoardStyles = [
  tokens,
  cardStyles,
  boardControlStyles,
  css`
    :host {
      --_gap: var(--mi-board-gap, var(--_space));
      display: block;
      container-type: inline-size;
      max-width: var(--mi-board-max-width, none);
    }
    .board {
      display: grid;
      gap: var(--_gap);
      padding: var(--mi-board-padding, 0);
      border-radius: var(--_radius);
      background: var(--mi-board-background, var(--_surface));
    }
    /* A long board (data-long) lays out and paints only the cards near the screen; the rest
       keep their last measured size (or this estimate) so the scrollbar stays stable. Skipped
       cards take their real height only as they come near the screen, so a short list, which
       gains little from skipping, lays every card out: its Load more button would otherwise
       jump just as a reader scrolls to it. Sizes are remembered from the start (the auto
       keyword), so a list that grows long does not jump when skipping begins. */
    .card {
      contain-intrinsic-size: auto 19rem;
    }
    .grid[data-long] .card {
      content-visibility: auto;
    }
    /* Paint containment would clip the pay popover, which overflows its card. */
    .grid[data-long] .card[data-popover] {
      content-visibility: visible;
    }

    .toolbar {
      display: flex;
      gap: 0.75rem;
    }
    .search {
      position: relative;
      display: block;
      flex: 1;
    }
    .filters-toggle {
      display: none;
      align-items: center;
      gap: 0.5rem;
    }
    .filters-toggle svg {
      width: 1.125rem;
      height: 1.125rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }
    .search-icon {
      position: absolute;
      top: 50%;
      inset-inline-start: 0.875rem;
      width: 1.125rem;
      height: 1.125rem;
      transform: translateY(-50%);
      fill: none;
      stroke: var(--_text-muted);
      stroke-width: 2;
      stroke-linecap: round;
      pointer-events: none;
    }
    .input {
      width: 100%;
      min-height: 2.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--mi-input-background, var(--_surface-raised));
      color: var(--_text);
      font: inherit;
      font-size: 0.9375rem;
    }
    .search-input {
      min-height: 3rem;
      padding-inline-start: 2.75rem;
      border-radius: var(--_radius);
      font-size: 1rem;
      box-shadow: var(--_shadow);
    }
    .input::placeholder {
      color: var(--_text-muted);
    }
    .input:focus-visible,
    .check input:focus-visible,
    .button:focus-visible,
    .sort-button:focus-visible,
    .menu-item:focus-visible {
      outline: none;
      box-shadow: var(--_focus-ring);
    }

    .body {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
      align-items: start;
    }
    @container (min-width: 52rem) {
      .body {
        grid-template-columns: var(--mi-board-filters-width, 15rem) minmax(0, 1fr);
      }
      .filters {
        position: sticky;
        top: var(--_gap);
      }
    }

    .filters {
      display: grid;
      gap: 1.25rem;
      margin: 0;
      padding: 1.125rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-raised);
    }
    /* Narrow boards: the panel folds behind the Filters button and lays its groups side by side. */
    @container (max-width: calc(52rem - 1px)) {
      .filters-toggle {
        display: inline-flex;
      }
      .filters:not([data-open]) {
        display: none;
      }
      .filters {
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        align-items: start;
      }
    }
    .group {
      display: grid;
      gap: 0.375rem;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend,
    .field > label {
      padding: 0;
      margin-bottom: 0.375rem;
      font-size: 0.75rem;
      font-weight: 650;
      letter-spacing: 0.05em;
      text-transform: uppercase;
      color: var(--_text-muted);
    }
    .field > label {
      margin-bottom: 0;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.1875rem 0;
      font-size: 0.9375rem;
      cursor: pointer;
    }
    .check input {
      width: 1.0625rem;
      height: 1.0625rem;
      margin: 0;
      accent-color: var(--_accent);
      border-radius: 4px;
    }
    .check-label {
      flex: 1;
    }
    .count {
      margin: 0;
    }
    .facet-count {
      min-width: 1.75rem;
      padding: 0 0.375rem;
      border-radius: 999px;
      background: var(--_surface-sunken);
      color: var(--_text-muted);
      font-size: 0.75rem;
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    .hint {
      font-size: 0.75rem;
      color: var(--_text-muted);
    }

    .results {
      display: grid;
      gap: var(--_gap);
      min-width: 0;
    }
    .results-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      min-height: 2.5rem;
    }
    .results-head .count {
      font-weight: 600;
      color: var(--_text-muted);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mi-board-card-min-width, 19rem)), 1fr));
      gap: var(--_gap);
      transition: opacity 0.2s;
    }
    .grid[data-stale] {
      opacity: 0.55;
    }

  `,
];
