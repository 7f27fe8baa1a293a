import {
  formatEffort,
  formatRate,
  formatWindow,
  safeUrl,
  type CurrencyDisplay,
  type Project,
  type Schedule,
} from '@microintern/core';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { nextTask } from '../../internal/warm-intl.js';

/**
 * Everything a card shows, as text ready for a template. Computing it once per project and
 * locale (and caching it) keeps re-renders of a long board cheap: a filter change from 1,000
 * cards to 250 and back formats nothing again.
 */
export interface ProjectView {
  project: Project;
  title: string;
  summary: string;
  paragraphs: string[];
  company: string;
  /** Initial shown when there is no (safe) logo. */
  monogram: string;
  /** Only ever an http(s) URL that passed `isSafeUrl`, or undefined. */
  logoUrl: string | undefined;
  website: string | undefined;
  pay: string;
  effort: string;
  window: string;
  /** `weekend` and `evenings` get a badge; `flexible` does not. */
  badge: Schedule | undefined;
  badgeLabel: string;
  skills: string[];
  status: Project['status'];
  statusLabel: string;
  /** Whether the apply button is enabled: open and not past `applyBy`. */
  canApply: boolean;
  applyLabel: string;
  deadline: { iso: string; text: string; title: string; soon: boolean } | undefined;
}

const DASH = '—';
const cache = new WeakMap<Project, { key: string; messages: Messages; view: ProjectView }>();
const SOON = 3 * 86_400_000;

// Inline data (`.project`) is not validated by a source, so a malformed compensation must cost
// one field its text, never the whole board its render.
function attempt(format: () => string): string {
  try {
    return format();
  } catch {
    return DASH;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The display model of `project` in the controller's locale. `now` decides whether the
 * deadline has passed and how far away it is.
 *
 * @example
 * ```ts
 * const view = projectView(project, this.l10n, 'symbol');
 * html`<h3>${view.title}</h3><button>${view.pay}</button>`;
 * ```
 */
export function projectView(
  project: Project,
  l10n: LocalizeController,
  currencyDisplay: CurrencyDisplay = 'symbol',
  now = Date.now(),
): ProjectView {
  const locale = l10n.locale;
  // Deadlines move with the clock, so the cache key holds the current minute.
  const key = `${locale}|${currencyDisplay}|${l10n.timeZone ?? ''}|${Math.floor(now / 60_000)}`;
  // The catalog too: a language downloaded (or registered) after a render has new strings.
  const m = l10n.messages;
  const hit = cache.get(project);
  if (hit && hit.key === key && hit.messages === m) return hit.view;

  const company = project.company ?? ({} as Partial<Project['company']>);
  const companyName = text(company.name);
  const applyBy = typeof project.applyBy === 'string' ? Date.parse(project.applyBy) : Number.NaN;
  const expired = Number.isFinite(applyBy) && applyBy <= now;
  const status = project.status === 'open' && expired ? 'closed' : project.status;
  const canApply = status === 'open';
  const schedule = project.schedule === 'weekend' || project.schedule === 'evenings' ? project.schedule : undefined;
  const options = { locale, currencyDisplay };

  const view: ProjectView = {
    project,
    title: text(project.title),
    summary: text(project.summary),
    paragraphs: text(project.description).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    company: companyName,
    monogram: (companyName.trim()[0] ?? '?').toUpperCase(),
    logoUrl: safeUrl(company.logoUrl),
    website: safeUrl(company.website),
    pay: attempt(() => formatRate(project.compensation, options)),
    effort: attempt(() => formatEffort(project.effort, { locale })),
    window: attempt(() => formatWindow(project.window, { locale })),
    badge: schedule,
    badgeLabel: schedule ? m.schedules[schedule] : '',
    skills: Array.isArray(project.skills) ? project.skills.filter((s): s is string => typeof s === 'string') : [],
    status,
    statusLabel: m.statuses[status] ?? text(status),
    canApply,
    applyLabel: canApply ? m.apply : status === 'filled' ? m.positionFilled : m.applicationsClosed,
    deadline:
      Number.isFinite(applyBy) && canApply
        ? {
            iso: new Date(applyBy).toISOString(),
            text: m.closesIn(l10n.relative(applyBy, now)),
            title: l10n.dateTime(applyBy),
            soon: applyBy - now < SOON,
          }
        : undefined,
  };
  cache.set(project, { key, messages: m, view });
  return view;
}

// The estimate maths behind the pay popover, loaded when a popover first opens: no card needs
// it to paint.
let explain: ((project: Project, locale: string, currencyDisplay: CurrencyDisplay) => string) | undefined;

/** Loads what {@link payExplanation} needs; call it before opening a pay popover. */
export async function loadPayExplanation(): Promise<void> {
  explain ??= (await import('./pay-explanation.js')).explainPay;
}

/**
 * The sentence the pay popover shows ("8–12 hours × $18–22/hr ≈ $144–264"). Computed only when
 * a popover opens, not for every card of a board, and empty until {@link loadPayExplanation}
 * has resolved.
 */
export function payExplanation(project: Project, locale: string, currencyDisplay: CurrencyDisplay = 'symbol'): string {
  return explain ? attempt(() => explain!(project, locale, currencyDisplay)) : '';
}

const WEEK = 7 * 86_400_000;

/**
 * Builds, in a task of its own, every formatter a card uses (money range, effort, window,
 * "closes in", the deadline's date in the element's time zone), by making the view of a typical
 * gig. A board calls it after its first render, while its first page is on the way, so the
 * render that shows the cards finds them built.
 */
export async function warmProjectViews(l10n: LocalizeController, currencyDisplay: CurrencyDisplay = 'symbol'): Promise<void> {
  await nextTask();
  const now = Date.now();
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  try {
    // Only the fields a view reads: this object never leaves this function.
    const gig = { compensation: { kind: 'hourly', min: usd(1500), max: usd(2500) }, effort: { min: 4, max: 6 }, window: 'P2W', applyBy: new Date(now + WEEK).toISOString(), status: 'open' };
    projectView(
      gig as unknown as Project,
      l10n,
      currencyDisplay,
      now,
    );
  } catch {
    // A locale or time zone Intl refuses: the real render reports it as it always has.
  }
}
