import { css } from 'lit';
import { tokens } from '../../styles/tokens.styles.js';

/** The dialog's box, header and backdrop; the form inside brings its own styles. */
export const applyDialogStyles = [
  tokens,
  css`
    :host {
      display: contents;
    }
    dialog {
      width: min(var(--mi-dialog-width, 44rem), calc(100vw - 1rem));
      max-height: calc(100dvh - 1rem);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--mi-dialog-background, var(--_surface-raised));
      color: var(--_text);
      box-shadow: var(--_shadow-raised);
      overflow: auto;
      overscroll-behavior: contain;
    }
    dialog::backdrop {
      background: var(--mi-dialog-backdrop, rgb(15 18 25 / 0.55));
    }
    .header {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      align-items: flex-start;
      gap: 1rem;
      padding: 1rem 1rem 0.75rem 1.25rem;
      border-bottom: 1px solid var(--_border);
      background: inherit;
    }
    .title {
      flex: 1;
      margin: 0.25rem 0 0;
      font-size: 1.125rem;
      line-height: 1.35;
      overflow-wrap: anywhere;
    }
    .close {
      flex: none;
      display: grid;
      place-items: center;
      width: 2.5rem;
      height: 2.5rem;
      border: 0;
      border-radius: var(--_radius-small);
      background: transparent;
      color: var(--_text-muted);
      cursor: pointer;
    }
    .close:hover {
      background: var(--_surface-sunken);
      color: var(--_text);
    }
    .close svg {
      width: 1.25rem;
      height: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }
    mi-apply-form {
      padding: 1.25rem;
      max-width: none;
    }
    .done {
      min-height: 2.75rem;
      padding: 0.625rem 1.25rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_surface-raised);
      color: var(--_text);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .close:focus-visible,
    .done:focus-visible {
      outline: none;
      box-shadow: var(--_focus-ring);
    }
    @media (max-width: 480px) {
      dialog {
        width: 100vw;
        max-width: 100vw;
        max-height: 100dvh;
        margin: auto 0 0;
        border-radius: var(--_radius) var(--_radius) 0 0;
      }
      mi-apply-form {
        padding: 1rem;
      }
    }
  `,
];
