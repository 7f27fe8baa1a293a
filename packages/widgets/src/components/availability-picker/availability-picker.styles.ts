import { css } from 'lit';
import { tokens } from '../../styles/tokens.styles.js';

/**
 * The picker's look. Every cell is at least 24 × 24 CSS pixels (WCAG 2.2 target size), so the
 * grid scrolls sideways rather than shrink cells on a very narrow screen.
 */
export const availabilityPickerStyles = [
  tokens,
  css`
    :host {
      --_cell: max(24px, var(--mi-picker-cell-size, 24px));
      --_cell-bg: var(--mi-picker-cell-background, var(--_surface-sunken));
      --_cell-on: var(--mi-picker-selected-background, var(--_accent));
      --_cell-weekend: var(--mi-picker-weekend-background, color-mix(in srgb, var(--_accent) 7%, var(--_surface-sunken)));
      --_cols: 4.25rem repeat(7, minmax(28px, 1fr));
      display: block;
      font-size: 0.9375rem;
    }
    :host([disabled]) .grid {
      opacity: 0.55;
    }

    .base {
      display: grid;
      gap: 0.625rem;
    }
    .label {
      font-weight: 600;
    }
    .hint,
    .zone-note,
    .summary p {
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.875rem;
    }
    .hint {
      margin-top: -0.375rem;
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .preset {
      min-height: 2rem;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-raised);
      color: var(--_text);
      font: inherit;
      font-size: 0.8125rem;
      font-weight: 550;
      cursor: pointer;
    }
    .preset:hover:not(:disabled) {
      border-color: var(--_accent);
      color: var(--_accent);
    }
    .preset:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .zone-field {
      display: grid;
      gap: 0.125rem;
      font-size: 0.8125rem;
      color: var(--_text-muted);
      min-width: 0;
      max-width: 100%;
    }
    select {
      min-height: 2rem;
      max-width: 100%;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--mi-input-background, var(--_surface-raised));
      color: var(--_text);
      font: inherit;
      font-size: 0.875rem;
    }

    .grid-scroll {
      overflow-x: auto;
      /* A sweep over the grid selects instead of scrolling the page. */
      touch-action: pinch-zoom;
      user-select: none;
      -webkit-user-select: none;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_surface-raised);
    }
    .grid {
      display: grid;
      min-width: calc(4.25rem + 7 * 30px);
      padding: 0.25rem 0.375rem 0.375rem 0;
    }
    .row {
      display: grid;
      grid-template-columns: var(--_cols);
      column-gap: 2px;
    }
    .row[data-hour]:not(.head) {
      margin-top: 2px;
    }
    .row + .row:not([data-hour]) {
      margin-top: 1px;
    }
    .day {
      padding: 0.125rem 0 0.25rem;
      text-align: center;
      font-size: 0.8125rem;
      font-weight: 600;
    }
    .day[data-weekend] {
      color: var(--_accent);
    }
    abbr {
      text-decoration: none;
    }
    .time {
      padding-inline-end: 0.5rem;
      text-align: end;
      font-size: 0.75rem;
      color: var(--_text-muted);
      font-variant-numeric: tabular-nums;
      line-height: 1;
      transform: translateY(-0.3em);
      white-space: nowrap;
    }
    .cell {
      position: relative;
      min-width: 24px;
      height: var(--_cell);
      border-radius: 3px;
      background: var(--_cell-bg);
      cursor: pointer;
    }
    .cell[data-weekend] {
      background: var(--_cell-weekend);
    }
    .cell[aria-selected='true'] {
      background: var(--_cell-on);
    }
    .cell[data-partial] {
      background: linear-gradient(135deg, var(--_cell-on) 0 50%, var(--_cell-bg) 50% 100%);
    }
    .cell:hover {
      box-shadow: inset 0 0 0 2px color-mix(in srgb, var(--_accent) 50%, transparent);
    }
    /* The text colour rather than the accent: it stands out on chosen (accent) cells too, in both themes. */
    .cell:focus-visible {
      outline: 2px solid var(--_text);
      outline-offset: 1px;
      box-shadow: inset 0 0 0 2px var(--_surface-raised);
      z-index: 1;
    }
    .grid[aria-disabled='true'] .cell {
      cursor: not-allowed;
    }

    .summary {
      display: grid;
      gap: 0.125rem;
    }
    .hours {
      font-weight: 600;
      color: var(--_text) !important;
    }
    .fit[data-fits='true'] {
      color: var(--_success);
    }
    .fit[data-fits='false'][data-verdict='does-not-fit'] {
      color: var(--_warning);
    }

    @media (forced-colors: active) {
      .cell {
        border: 1px solid CanvasText;
      }
      .cell[aria-selected='true'] {
        background: Highlight;
      }
    }
  `,
];
