import { fit, type Availability, type FitProject, type FitResult } from '@microintern/core';
import type { ApplyMessages } from '../../i18n/apply-messages.js';

const WEEK = 7 * 86_400_000;

/** The fit line under the grid, with the numbers behind it for hosts and tests. */
export interface PickerFit {
  result: FitResult;
  text: string;
}

/**
 * How `project` fits `availability` from `start`, as core's `fit` computes it (real intervals
 * in the availability's zone, daylight-saving changes included), worded by the picker's
 * catalog. When it does not fit, the line says roughly how many more hours a week would make
 * it fit, spread over the weeks before the deadline. Undefined when the project lacks what
 * fit needs (inline data without an effort or window): no line beats a wrong one.
 *
 * @example
 * ```ts
 * pickerFit(project, value, new Date(), 'en', applyEn, (n) => String(n))?.text;
 * // "16 of 16 hours before the deadline — fits in 2 weekends"
 * ```
 */
export function pickerFit(
  project: FitProject,
  availability: Availability,
  start: Date,
  locale: string,
  m: ApplyMessages,
  number: (n: number) => string,
): PickerFit | undefined {
  let result: FitResult;
  try {
    result = fit(project, availability, start, { locale });
  } catch {
    return undefined;
  }
  const { verdict, hoursAvailable, hoursNeeded, deadline, weekendsNeeded, weeksNeeded } = result;
  const weeks = Math.max(1, (deadline.getTime() - start.getTime()) / WEEK);
  const missing = Math.max(0, hoursNeeded - hoursAvailable);
  const perWeek = missing > 0 ? Math.ceil(missing / weeks) : 0;
  const text = m.fit({
    verdict,
    covered: number(Math.min(hoursAvailable, hoursNeeded)),
    needed: number(hoursNeeded),
    neededCount: hoursNeeded,
    count: (verdict === 'weekends' ? weekendsNeeded : weeksNeeded) ?? 0,
    short: number(perWeek),
    shortCount: perWeek,
  });
  return { result, text };
}

/**
 * The last fit computed, reused while nothing it depends on changed: the picker renders on every
 * cell a drag crosses, and a fit expands a month of real intervals.
 */
export class FitCache {
  private last: { key: string; fit: PickerFit | undefined } | undefined;

  get(project: FitProject, availability: Availability, start: Date | undefined, locale: string, m: ApplyMessages, number: (n: number) => string): PickerFit | undefined {
    const key = JSON.stringify([availability, project.effort, project.window, project.schedule, start?.getTime(), locale]);
    if (this.last?.key !== key) this.last = { key, fit: pickerFit(project, availability, start ?? new Date(), locale, m, number) };
    return this.last.fit;
  }
}
