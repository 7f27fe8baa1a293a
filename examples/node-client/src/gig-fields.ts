import { currencyDigits, formatEffort, formatRate, formatWindow, type Compensation, type Money, type Project } from '@microintern/core';

// Dates are shown as YYYY-MM-DD in the reader's own time zone: a deadline of 23:59 in New York
// is still "that day" for someone in New York, which a UTC date would not always say.
const dateParts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * A date as `2026-05-02` in the local time zone, or `–` when there is none.
 *
 * @example
 * ```ts
 * localDate('2026-05-02T23:59:00-04:00'); // "2026-05-02" in New York
 * ```
 */
export function localDate(iso: string | undefined): string {
  if (!iso) return '–';
  const parts = Object.fromEntries(dateParts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** The columns `list` shows for one gig, as text. */
export interface GigRow {
  title: string;
  company: string;
  pay: string;
  effort: string;
  window: string;
  closes: string;
}

/**
 * The table row for a gig, with the core's formatters: "$18–22/hr", "6–10 hours", "2 weeks".
 *
 * @example
 * ```ts
 * gigRow(project); // { title: 'Recipe card copy edit', company: 'Forkful', pay: '$300 fixed', … }
 * ```
 */
export function gigRow(project: Project, locale = 'en-US'): GigRow {
  return {
    title: project.title,
    company: project.company.name,
    pay: formatRate(project.compensation, { locale }),
    effort: formatEffort(project.effort, { locale }),
    window: formatWindow(project.window, { locale }),
    closes: localDate(project.applyBy),
  };
}

/** An amount in major units with the currency's own decimals, as a spreadsheet reads it: "18.00". */
function major(money: Money | undefined): string | undefined {
  if (!money) return undefined;
  const digits = currencyDigits(money.currency);
  return (money.amount / 10 ** digits).toFixed(digits);
}

function payRange(compensation: Compensation): { kind: string; currency: string; min?: string | undefined; max?: string | undefined } {
  if (compensation.kind === 'fixed') {
    return { kind: 'fixed', currency: compensation.amount.currency, min: major(compensation.amount), max: major(compensation.amount) };
  }
  return { kind: 'hourly', currency: compensation.min.currency, min: major(compensation.min), max: major(compensation.max ?? compensation.min) };
}

/** The header of the CSV export. */
export const CSV_HEADER = [
  'id', 'title', 'company', 'category', 'schedule', 'pay', 'pay_kind', 'currency', 'pay_min', 'pay_max',
  'hours_min', 'hours_max', 'window', 'apply_by', 'posted_at', 'remote', 'skills',
] as const;

/**
 * One gig as a CSV record, matching {@link CSV_HEADER}: the formatted pay for people, and the
 * figures in separate columns for formulas. Amounts are decimals in major units ("18.00").
 *
 * @example
 * ```ts
 * toCsv(CSV_HEADER, projects.map((p) => csvRecord(p)));
 * ```
 */
export function csvRecord(project: Project, locale = 'en-US'): Array<string | number | undefined> {
  const pay = payRange(project.compensation);
  return [
    project.id,
    project.title,
    project.company.name,
    project.category,
    project.schedule,
    formatRate(project.compensation, { locale }),
    pay.kind,
    pay.currency,
    pay.min,
    pay.max,
    project.effort.min,
    project.effort.max,
    project.window,
    project.applyBy,
    project.postedAt,
    project.remote ? 'yes' : 'no',
    project.skills.join('; '),
  ];
}
