// What every view of the console is given by the shell (`<mi-console>`), and the base class the
// views share: light DOM (styled by console.css, so the page's one stylesheet covers it all) and
// the shell's context as a property.
import { LitElement } from 'lit';
import type { MiClient } from '@microintern/core';
import type { Failure } from './failure.js';
import type { Lang } from './locale.js';
import type { Session } from './session.js';
import type { ConsoleSettings } from './settings.js';

/** The shell's state as a view needs it. A new object whenever any of it changes. */
export interface ConsoleContext {
  /** Core's client for the signed-in company, with its secret key. */
  client: MiClient;
  session: Session;
  lang: Lang;
  settings: ConsoleSettings;
  /**
   * To be called with a failure of kind `signed-out` (the key stopped working, or the session ran
   * out): the shell shows the sign-in form over the view, which stays mounted, so whatever the
   * view holds (a half-filled gig form) is still there after signing in again.
   */
  signedOut(failure: Failure): void;
  /** Saves new settings (this browser, this company); the views get a new context with them. */
  saveSettings(settings: ConsoleSettings): void;
}

/**
 * A console view: rendered into its light DOM, given {@link ConsoleContext} as `ctx`.
 *
 * @example
 * ```ts
 * class ConsoleGigs extends ConsoleView {
 *   override render() { return html`<h1>${gigsMessages[this.ctx.lang].title}</h1>`; }
 * }
 * ```
 */
export class ConsoleView extends LitElement {
  static override properties = { ctx: { attribute: false } };
  declare ctx: ConsoleContext;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
