import { css } from 'lit';
import { tokens } from '../../styles/tokens.styles.js';

/** The form's look: one column, labels above fields, errors in the danger colour with an icon. */
export const applyFormStyles = [
  tokens,
  css`
    :host {
      --_gap: var(--mi-apply-gap, 1.25rem);
      display: block;
      max-width: var(--mi-apply-max-width, 40rem);
      font-size: 0.9375rem;
    }

    form,
    .success {
      display: grid;
      gap: var(--_gap);
    }
    .title {
      margin: 0;
      font-size: 1.25rem;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .title:focus {
      outline: none;
    }

    .group {
      display: grid;
      gap: var(--_gap);
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    /* A legend sits outside its fieldset's grid, so the gap does not reach it: space it itself. */
    .group-title {
      padding: 0;
      margin-bottom: 0.75rem;
      font-size: 1.0625rem;
      font-weight: 650;
    }
    .choice .label {
      margin-bottom: 0.3rem;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--_gap);
    }

    .field {
      display: grid;
      gap: 0.3rem;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .label {
      padding: 0;
      font-weight: 600;
    }
    .optional {
      font-weight: 400;
      color: var(--_text-muted);
    }
    .hint,
    .counter {
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.8125rem;
    }
    .counter {
      justify-self: end;
      font-variant-numeric: tabular-nums;
    }
    .counter[data-over] {
      color: var(--_danger);
      font-weight: 600;
    }
    .control {
      width: 100%;
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--mi-input-background, var(--_surface-raised));
      color: var(--_text);
      font: inherit;
    }
    textarea.control {
      min-height: 7rem;
      resize: vertical;
    }
    .control:focus-visible,
    .option input:focus-visible,
    .button:focus-visible {
      outline: none;
      box-shadow: var(--_focus-ring);
    }
    [aria-invalid='true'].control {
      border-color: var(--_danger);
    }
    .error {
      display: flex;
      gap: 0.375rem;
      align-items: flex-start;
      margin: 0;
      color: var(--_danger);
      font-size: 0.875rem;
      font-weight: 550;
    }
    .error svg {
      flex: none;
      width: 1rem;
      height: 1rem;
      margin-top: 0.15rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.6;
      stroke-linecap: round;
    }

    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
    }
    .option {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      min-height: 1.5rem;
      cursor: pointer;
    }
    .option input {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.1rem 0 0;
      accent-color: var(--_accent);
    }

    /* The honeypot: out of sight and out of the tab order, but still a real input for bots. */
    .hp {
      position: absolute;
      inset-inline-start: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }

    .actions {
      display: flex;
      align-items: center;
      gap: 1rem;
    }
    .button {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      justify-content: center;
      min-height: 2.75rem;
      padding: 0.625rem 1.25rem;
      border: 1px solid transparent;
      border-radius: var(--mi-button-radius, var(--_radius-small));
      background: var(--_accent);
      color: var(--_on-accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .button:hover:not([aria-disabled='true']) {
      background: var(--_accent-hover);
    }
    .button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.75;
    }
    .button.secondary {
      border-color: var(--_border);
      background: var(--_surface-raised);
      color: var(--_text);
    }
    .spinner {
      width: 1rem;
      height: 1rem;
      border: 2px solid currentColor;
      border-right-color: transparent;
      border-radius: 50%;
      animation: mi-spin 0.8s linear infinite;
    }
    @keyframes mi-spin {
      to {
        transform: rotate(360deg);
      }
    }

    .status {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius-small);
      border: 1px solid color-mix(in srgb, var(--_warning) 35%, transparent);
      background: var(--_warning-soft);
      color: var(--_text);
    }
    .status[data-kind='invalid'],
    .status[data-kind='closed'],
    .status[data-kind='rejected'] {
      border-color: color-mix(in srgb, var(--_danger) 35%, transparent);
      background: var(--_danger-soft);
    }
    .status p,
    .loading {
      margin: 0;
    }

    .success {
      justify-items: start;
    }
    .success p {
      margin: 0;
    }
    .tick {
      width: 2.5rem;
      height: 2.5rem;
      fill: var(--_success-soft);
      stroke: var(--_success);
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .receipt {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 0;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius-small);
      background: var(--_surface-sunken);
    }
    .receipt dt {
      color: var(--_text-muted);
      font-size: 0.8125rem;
    }
    .receipt dd {
      margin: 0;
      font-weight: 600;
    }
    .next {
      color: var(--_text-muted);
    }
      .status-link {
      display: grid;
      gap: 0.375rem;
      margin: 1.25rem 0;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      text-align: start;
    }
    .status-link .hint {
      margin: 0;
    }
    .link-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .link-row .control {
      flex: 1 1 16rem;
      min-width: 0;
    }
  `,
];
