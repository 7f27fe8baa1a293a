import { LitElement, type PropertyDeclarations } from 'lit';
import { useJitlessSchemas } from './jitless.js';
import { intlReady } from './warm-intl.js';

/** The colour schemes every element understands through its `theme` attribute. */
export type MiTheme = 'light' | 'dark' | 'auto';

// True while `define` registers a class: the elements constructed meanwhile are the ones already
// in the page, upgraded by the registration itself.
let registering = false;

/**
 * The thin base class of every `mi-*` element: the shared presentation attributes (`theme`,
 * `locale`, `time-zone`, `currency-display`) and a registration that tolerates a second copy of
 * the bundle on the same page.
 *
 * Behaviour does not live here: loading, the source context, popovers and localisation are
 * reactive controllers that each element composes.
 *
 * @example
 * ```ts
 * export class MiExample extends MiElement {
 *   override render() { return html`<p>Hello</p>`; }
 * }
 * MiExample.define('mi-example');
 * ```
 */
export class MiElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    currencyDisplay: { attribute: 'currency-display' },
  };

  /** `light` (default), `dark`, or `auto` to follow the reader's `prefers-color-scheme`. */
  declare theme: MiTheme;
  /** A BCP 47 tag. Empty: the nearest `lang` attribute, then the browser's language. */
  declare locale: string | undefined;
  /** IANA time zone for dates and deadlines. Empty: the reader's own time zone. */
  declare timeZone: string | undefined;
  /** How currencies are written: `symbol` (default), `narrowSymbol`, `code` or `name`. */
  declare currencyDisplay: 'symbol' | 'narrowSymbol' | 'code' | 'name' | undefined;

  // Whether this element was in the page before its class was registered (see scheduleUpdate).
  private readonly upgradedOnRegistration = registering;

  constructor() {
    super();
    // Before any schema runs in this page: a strict CSP forbids zod's `new Function` JIT.
    useJitlessSchemas();
    this.theme = 'light';
  }

  // Work that ends by requesting an update, such as a message catalog still downloading.
  private readonly awaitedWork = new Set<Promise<unknown>>();

  /**
   * Makes `updateComplete` wait for `work`, which requests an update when it settles (as the
   * localisation controller does when a catalog arrives, and the render budget when the rest of
   * a long list is due), and for that update. So `await el.updateComplete` shows the element in
   * its final language, with every card of its list.
   *
   * @internal Called by `LocalizeController` and `RenderBudgetController`; not part of the elements' API.
   */
  awaitUpdateAfter(work: Promise<unknown>): void {
    const settled = work.finally(() => this.awaitedWork.delete(settled));
    this.awaitedWork.add(settled);
  }

  /**
   * An element that was in the page when its class was registered (a board in a careers page's
   * HTML, upgraded by the script tag) renders first once ICU's locale data is loaded
   * (`intlReady`, started by `define`), in tasks of its own: otherwise the page's first
   * formatter, in this render, would load it inside the task that loads the script. It had no
   * content before and gets it a few tasks later. An element created after registration (by a
   * framework, by `innerHTML`, in a test) renders in the same task as before, so it is never
   * seen empty: hosts that swap a placeholder for it once `customElements.whenDefined` resolves
   * see no gap. By then the data has usually loaded as well.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !this.upgradedOnRegistration) return super.scheduleUpdate();
    return intlReady().then(() => super.scheduleUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // Lit's own promise when nothing is awaited, so callers' timing is unchanged. Before the first
    // render the work is not known yet (that render starts it): check again once it is done.
    if (this.hasUpdated && !this.awaitedWork.size) return super.getUpdateComplete();
    return super.getUpdateComplete().then((complete) => (this.awaitedWork.size ? this.afterAwaitedWork() : complete));
  }

  // The update a piece of work asked for may start more (the rest of a list a new page replaced).
  private async afterAwaitedWork(): Promise<boolean> {
    let complete: boolean;
    do {
      await Promise.allSettled(this.awaitedWork);
      complete = await super.getUpdateComplete();
    } while (this.awaitedWork.size);
    return complete;
  }

  /**
   * Registers this class as `tag`. When the tag is already taken (a second copy of the bundle,
   * or the same module loaded from two URLs), the first definition stays and nothing throws:
   * throwing here would break the whole script of the page that loaded the copy.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) {
      // ICU's data starts loading now, in tasks of its own, for the elements about to appear.
      void intlReady();
      registering = true;
      try {
        customElements.define(tag, this);
      } finally {
        registering = false;
      }
    } else if (existing !== this) {
      console.info(`<${tag}> is already defined by another copy of @microintern/widgets; using that one.`);
    }
  }
}
