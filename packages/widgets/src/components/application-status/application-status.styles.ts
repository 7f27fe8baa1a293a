import { css } from 'lit';
import { tokens } from '../../styles/tokens.styles.js';

/** Styles of `<mi-application-status>`: the system tokens and a timeline. */
export const applicationStatusStyles = [
  tokens,
  css`
    :host {
      display: block;
      max-width: var(--mi-status-max-width, 40rem);
      color: var(--_text);
      font-family: var(--_font);
      line-height: 1.5;
    }
    .title {
      margin: 0 0 0.25rem;
      font-size: 1.375rem;
      line-height: 1.25;
    }
    .title:focus {
      outline: none;
    }
    .heading {
      margin: 1.5rem 0 0.5rem;
      font-size: 1rem;
    }
    .sent,
    .next {
      margin: 0;
      color: var(--_text-muted);
    }
    .current {
      margin: 1rem 0 0;
    }
    .badge {
      display: inline-block;
      padding: 0.25rem 0.75rem;
      border-radius: 999px;
      background: var(--_accent-soft);
      color: var(--_text);
      font-weight: 600;
    }
    .badge[data-status='accepted'] {
      background: var(--_success-soft);
    }
    .badge[data-status='declined'] {
      background: var(--_surface-sunken);
    }
    .timeline {
      margin: 0;
      padding: 0 0 0 1.25rem;
      border-left: 2px solid var(--_border);
      list-style: none;
    }
    .entry {
      position: relative;
      padding: 0 0 1rem 0.5rem;
    }
    .entry::before {
      position: absolute;
      top: 0.5rem;
      left: -1.75rem;
      width: 0.75rem;
      height: 0.75rem;
      border: 2px solid var(--_surface);
      border-radius: 50%;
      background: var(--_accent);
      content: '';
    }
    .entry-status {
      font-weight: 600;
    }
    time {
      margin-left: 0.5rem;
      color: var(--_text-muted);
    }
    .message {
      margin: 0.5rem 0 0;
      padding: 0.75rem 1rem;
      border-radius: var(--_radius-small);
      background: var(--_surface-raised);
    }
    .message figcaption {
      color: var(--_text-muted);
      font-size: 0.875rem;
    }
    .message blockquote,
    .message p {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .notice {
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-raised);
    }
    .notice[data-kind='error'],
    .notice[data-kind='invalid'] {
      border-color: transparent;
      background: var(--_danger-soft);
    }
    .notice p {
      margin: 0 0 0.75rem;
    }
    .button {
      min-height: 2.75rem;
      padding: 0.625rem 1.25rem;
      border: 1px solid transparent;
      border-radius: var(--_radius-small);
      background: var(--_accent);
      color: var(--_on-accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .button:focus-visible {
      outline: none;
      box-shadow: var(--_focus-ring);
    }
    @media (forced-colors: active) {
      .badge,
      .button {
        border: 1px solid CanvasText;
      }
    }
  `,
];
