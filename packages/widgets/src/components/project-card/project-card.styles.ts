import { css } from 'lit';
import { tokens } from '../../styles/tokens.styles.js';
import { cardStyles } from './card.styles.js';

/** Styles of `<mi-project-card>`: the system tokens, the shared card look, and the host box. */
export const projectCardStyles = [
  tokens,
  cardStyles,
  css`
    :host {
      display: block;
      max-width: var(--mi-card-max-width, 34rem);
    }
    .card {
      height: 100%;
    }
    .message {
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-raised);
      color: var(--_text-muted);
    }
    .message[data-kind='error'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      color: var(--_danger);
      background: var(--_danger-soft);
      border-color: transparent;
    }
    .retry {
      padding: 0.375rem 0.875rem;
      border: 1px solid currentColor;
      border-radius: var(--_radius-small);
      background: transparent;
      color: inherit;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .retry:focus-visible {
      outline: none;
      box-shadow: var(--_focus-ring);
    }
  `,
];
