import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTimeZone } from '@microintern/core';
import { loadMessages, messagesFor } from '../i18n/catalog.js';
import type { Messages } from '../i18n/messages.js';

/** What the controller reads from its element. */
export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  locale?: string | undefined;
  timeZone?: string | undefined;
  /** Told about a catalog download that ends in `requestUpdate()` (`MiElement` has it). */
  awaitUpdateAfter?(work: Promise<unknown>): void;
}

// One observer for the whole page: when the document's `lang` changes, every element that
// follows it re-renders. Elements register while connected.
const followers = new Set<LocalizeHost>();
let observer: MutationObserver | undefined;

function follow(host: LocalizeHost): void {
  followers.add(host);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => followers.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

/** The `lang` of the nearest ancestor, crossing shadow roots, as `:lang()` would see it. */
function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const match: Element | null = node.closest('[lang]');
    if (match) return match.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

function canonical(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (!value) map.set(key, (value = make()));
  return value;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
// Each unit is used below its limit: days up to two weeks, weeks up to two months, and so on.
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['minute', 60_000, HOUR],
  ['hour', HOUR, DAY],
  ['day', DAY, 14 * DAY],
  ['week', 7 * DAY, 60 * DAY],
  ['month', YEAR / 12, 2 * YEAR],
];

/**
 * Localisation for one element: resolves its locale (the `locale` property, else the nearest
 * `lang` attribute, else the browser's language), picks the message catalog, and formats
 * numbers, dates and relative times through cached `Intl` objects in that locale and the
 * element's `time-zone`. Money, rates, effort and windows are formatted by
 * `@microintern/core` with {@link locale}. Catalogs other than English are downloaded when an
 * element first needs them; `updateComplete` of a `MiElement` waits for them.
 *
 * @example
 * ```ts
 * class MiHello extends MiElement {
 *   private l10n = new LocalizeController(this);
 *   override render() { return html`<p>${this.l10n.messages.loading}</p>`; }
 * }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;
  private arriving: Promise<void> | undefined;

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    follow(this.host);
  }

  hostDisconnected(): void {
    followers.delete(this.host);
  }

  /** The canonical BCP 47 tag this element renders in. */
  get locale(): string {
    return (
      canonical(this.host.locale) ??
      canonical(inheritedLang(this.host)) ??
      canonical(typeof navigator === 'undefined' ? undefined : navigator.language) ??
      'en'
    );
  }

  /** The element's `time-zone` when it is a real IANA zone; otherwise the reader's own. */
  get timeZone(): string | undefined {
    const zone = this.host.timeZone;
    return zone && isTimeZone(zone) ? zone : undefined;
  }

  /**
   * The strings for {@link locale}. A bundled language other than English is downloaded on first
   * use; until it arrives the strings are English, and the element re-renders when it does.
   */
  get messages(): Messages {
    const locale = this.locale;
    const arriving = loadMessages(locale);
    if (arriving && arriving !== this.arriving) {
      this.arriving = arriving;
      const rendered = arriving.then(() => this.host.requestUpdate());
      this.host.awaitUpdateAfter?.(rendered);
    }
    return messagesFor(locale);
  }

  /** Formats a plain number ("1,000", "1.000"). */
  number(value: number, locale = this.locale): string {
    return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
  }

  /** A medium date with time in the element's time zone, e.g. "Dec 15, 2026, 11:59 PM EST". */
  dateTime(value: string | number | Date, locale = this.locale): string {
    const zone = this.timeZone;
    const format = cached(dateFormats, `${locale}|${zone ?? ''}`, () =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(zone ? { timeZone: zone } : {}) }),
    );
    return format.format(new Date(value));
  }

  /**
   * How far `value` is from `now`, in the largest unit that reads naturally: "in 3 days",
   * "tomorrow", "in 5 hours", "in 3 weeks", "in 4 months". Counted from the exact instant, so a
   * deadline 36 hours away reads "in 2 days" rather than "tomorrow".
   */
  relative(value: string | number | Date, now = Date.now(), locale = this.locale): string {
    const diff = new Date(value).getTime() - now;
    const abs = Math.abs(diff);
    const format = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
    for (const [unit, size, below] of UNITS) {
      if (abs < below) return format.format(Math.round(diff / size), unit);
    }
    return format.format(Math.round(diff / YEAR), 'year');
  }
}
