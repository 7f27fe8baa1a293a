import { css } from 'lit';

/** The board's sort menu, buttons, and empty, error and "Load more" states. */
export const boardControlStyles = css`
    .sort {
      position: relative;
    }
    .sort-button {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-height: 2.5rem;
      padding: 0.375rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_surface-raised);
      color: var(--_text);
      font: inherit;
      font-size: 0.875rem;
      font-weight: 600;
      cursor: pointer;
    }
    .sort-label {
      font-weight: 400;
      color: var(--_text-muted);
    }
    .chevron {
      width: 1rem;
      height: 1rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.75;
    }
    .menu {
      position: fixed;
      top: 0;
      left: 0;
      z-index: 20;
      min-width: 12rem;
      padding: 0.375rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_surface-raised);
      box-shadow: var(--_shadow-raised);
    }
    .menu[hidden] {
      display: none;
    }
    .menu-item {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.5rem;
      padding-inline: 2rem 0.75rem;
      border-radius: 6px;
      font-size: 0.9375rem;
      cursor: pointer;
      position: relative;
    }
    .menu-item:hover,
    .menu-item:focus-visible {
      background: var(--_accent-soft);
    }
    .menu-item[aria-checked='true']::before {
      content: '';
      position: absolute;
      inset-inline-start: 0.75rem;
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: var(--_accent);
    }

    .button {
      justify-self: center;
      padding: 0.625rem 1.25rem;
      border: 1px solid transparent;
      border-radius: var(--_radius-small);
      background: var(--_accent);
      color: var(--_on-accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .button.secondary {
      border-color: var(--_border);
      background: var(--_surface-raised);
      color: var(--_text);
    }
    .button.link {
      justify-self: start;
      padding: 0.25rem 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 3px;
    }
    .button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }

    .state {
      display: grid;
      justify-items: center;
      gap: 0.5rem;
      padding: 3rem 1.5rem;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      text-align: center;
      background: var(--_surface-raised);
    }
    .state.error {
      border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
      background: var(--_danger-soft);
    }
    .state-icon {
      width: 2.5rem;
      height: 2.5rem;
      fill: none;
      stroke: var(--_text-muted);
      stroke-width: 1.5;
      stroke-linecap: round;
    }
    .error .state-icon {
      stroke: var(--_danger);
    }
    .state-title {
      margin: 0;
      font-size: 1.125rem;
    }
    .state-body {
      margin: 0 0 0.5rem;
      max-width: 32rem;
      color: var(--_text-muted);
    }
    .more {
      display: grid;
      justify-items: center;
      gap: 0.5rem;
      padding-top: 0.5rem;
    }
    .more-error {
      margin: 0;
      color: var(--_danger);
    }
`;
