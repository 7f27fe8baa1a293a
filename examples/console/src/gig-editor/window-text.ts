// A gig's window (an ISO 8601 duration in the model: `P2W`) as the form shows it: a number and
// a unit. A duration no single unit can say (`P1W2D`, `P2DT12H`) is shown as the duration
// itself, so loading a gig and saving it again never changes its window.
import { formatDuration, parseDuration, type DurationParts } from '@microintern/core';

/** The units the form offers, and `iso` for a duration written out. */
export const WINDOW_UNITS = ['days', 'weeks', 'months', 'iso'] as const;
export type WindowUnit = (typeof WINDOW_UNITS)[number];

/** The window's part of the form. */
export interface WindowForm {
  windowCount: string;
  windowUnit: WindowUnit;
  /** The duration written out, used when `windowUnit` is `iso`. */
  windowIso: string;
}

/** Why a window could not be read. */
export type WindowProblem = 'required' | 'whole';

const SIMPLE = ['days', 'weeks', 'months'] as const satisfies readonly (keyof DurationParts)[];

/**
 * The form's reading of `iso`: a count and unit when one unit says it, else the text.
 *
 * @example
 * ```ts
 * windowForm('P2W');   // { windowCount: '2', windowUnit: 'weeks', windowIso: 'P2W' }
 * windowForm('P1W2D'); // { windowCount: '', windowUnit: 'iso', windowIso: 'P1W2D' }
 * ```
 */
export function windowForm(iso: string): WindowForm {
  let parts: DurationParts | undefined;
  try {
    parts = parseDuration(iso);
  } catch {
    parts = undefined;
  }
  const used = parts ? (Object.keys(parts) as (keyof DurationParts)[]).filter((unit) => parts[unit] > 0) : [];
  const unit = used.length === 1 ? SIMPLE.find((u) => u === used[0]) : undefined;
  if (parts && unit) return { windowCount: String(parts[unit]), windowUnit: unit, windowIso: iso };
  return { windowCount: '', windowUnit: 'iso', windowIso: iso };
}

/**
 * The model's window from the form: a duration, or why there is none. An `iso` window is
 * passed on as typed (the schema says whether it is a duration).
 *
 * @example
 * ```ts
 * readWindow({ windowCount: '10', windowUnit: 'days', windowIso: '' }); // { value: 'P10D' }
 * readWindow({ windowCount: '1.5', windowUnit: 'weeks', windowIso: '' }); // { problem: 'whole' }
 * ```
 */
export function readWindow(form: WindowForm): { value: string } | { problem: WindowProblem } {
  if (form.windowUnit === 'iso') {
    const text = form.windowIso.trim();
    return text ? { value: text } : { problem: 'required' };
  }
  const count = form.windowCount.trim();
  if (count === '') return { problem: 'required' };
  if (!/^\d{1,4}$/.test(count) || Number(count) === 0) return { problem: 'whole' };
  return { value: formatDuration({ [form.windowUnit]: Number(count) }) };
}
