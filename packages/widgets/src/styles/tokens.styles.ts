import { css, unsafeCSS } from 'lit';

// The dark defaults, used by `theme="dark"` and by `theme="auto"` when the reader prefers dark.
const dark = unsafeCSS(`
  --_d-surface: #14171c;
  --_d-surface-raised: #1c2027;
  --_d-surface-sunken: #181b21;
  --_d-text: #eceef1;
  --_d-text-muted: #a3acb9;
  --_d-border: #2e343d;
  --_d-accent: #a5b4fc;
  --_d-accent-hover: #c7d2fe;
  --_d-on-accent: #11132a;
  --_d-accent-soft: #262a4a;
  --_d-success: #7ee2a8;
  --_d-success-soft: #15301f;
  --_d-warning: #fbc26b;
  --_d-warning-soft: #3a2a10;
  --_d-danger: #fca5a0;
  --_d-danger-soft: #3b1715;
  --_d-skeleton: #242932;
  --_d-shadow: 0 1px 2px rgb(0 0 0 / 0.4);
  --_d-shadow-raised: 0 16px 40px rgb(0 0 0 / 0.55), 0 2px 6px rgb(0 0 0 / 0.4);
  color-scheme: dark;
  
`);

/**
 * System tokens and the three themes, shared by every element.
 *
 * Public tokens are `--mi-<token>` (and `--mi-<component>-<token>` in each element's styles).
 * A page sets them anywhere up the tree and they win over both themes. The themes only set the
 * private defaults (`--_d-*`), so `theme="dark"` changes what an unset token means without
 * fighting the page's own values.
 */
export const tokens = css`
  :host {
    --_d-surface: #ffffff;
    --_d-surface-raised: #ffffff;
    --_d-surface-sunken: #f5f6f8;
    --_d-text: #161a20;
    --_d-text-muted: #545d6b;
    --_d-border: #dde1e7;
    --_d-accent: #4338ca;
    --_d-accent-hover: #3730a3;
    --_d-on-accent: #ffffff;
    --_d-accent-soft: #eef0ff;
    --_d-success: #116a3e;
    --_d-success-soft: #e4f5ea;
    --_d-warning: #8a4b00;
    --_d-warning-soft: #fff2dc;
    --_d-danger: #b42318;
    --_d-danger-soft: #fdecea;
    --_d-skeleton: #eceef2;
    --_d-shadow: 0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.08);
    --_d-shadow-raised: 0 12px 32px rgb(16 24 40 / 0.16), 0 2px 6px rgb(16 24 40 / 0.08);
    color-scheme: light;

    --_surface: var(--mi-color-surface, var(--_d-surface));
    --_surface-raised: var(--mi-color-surface-raised, var(--_d-surface-raised));
    --_surface-sunken: var(--mi-color-surface-sunken, var(--_d-surface-sunken));
    --_text: var(--mi-color-text, var(--_d-text));
    --_text-muted: var(--mi-color-text-muted, var(--_d-text-muted));
    --_border: var(--mi-color-border, var(--_d-border));
    --_accent: var(--mi-color-accent, var(--_d-accent));
    --_accent-hover: var(--mi-color-accent-hover, var(--_d-accent-hover));
    --_on-accent: var(--mi-color-on-accent, var(--_d-on-accent));
    --_accent-soft: var(--mi-color-accent-soft, var(--_d-accent-soft));
    --_success: var(--mi-color-success, var(--_d-success));
    --_success-soft: var(--mi-color-success-soft, var(--_d-success-soft));
    --_warning: var(--mi-color-warning, var(--_d-warning));
    --_warning-soft: var(--mi-color-warning-soft, var(--_d-warning-soft));
    --_danger: var(--mi-color-danger, var(--_d-danger));
    --_danger-soft: var(--mi-color-danger-soft, var(--_d-danger-soft));
    --_skeleton: var(--mi-color-skeleton, var(--_d-skeleton));
    --_shadow: var(--mi-shadow, var(--_d-shadow));
    --_shadow-raised: var(--mi-shadow-raised, var(--_d-shadow-raised));
    --_focus-ring: var(--mi-focus-ring, 0 0 0 2px var(--_surface), 0 0 0 4px var(--_accent));
    --_radius: var(--mi-radius, 12px);
    --_radius-small: var(--mi-radius-small, 8px);
    --_font: var(--mi-font-family, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_space: var(--mi-space, 1rem);

    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    -webkit-font-smoothing: antialiased;
  }

  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Forced colours (Windows contrast themes) drop box-shadows and author backgrounds: focus
     rings become outlines in the system highlight colour, and buttons and chips keep an edge
     (card titles stay plain text). */
  @media (forced-colors: active) {
    :focus-visible {
      outline: 2px solid Highlight !important;
      outline-offset: 2px;
    }
    button:not(.title-button),
    [part~='badge'],
    [part~='status'],
    [part~='skill'] {
      border: 1px solid ButtonText !important;
    }
    button:disabled {
      border-color: GrayText !important;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
