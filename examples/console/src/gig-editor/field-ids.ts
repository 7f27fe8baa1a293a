// Where on the form a model path's error is shown: the id of the control that holds it. The
// same ids are the controls' stable handles for tests and for the error summary's buttons.
import type { GigForm } from './gig-form.js';

const DIRECT: Record<string, string> = {
  title: 'gig-title',
  slug: 'gig-slug',
  summary: 'gig-summary',
  description: 'gig-description',
  category: 'gig-category',
  skills: 'gig-skills',
  'compensation.kind': 'gig-pay-hourly',
  'compensation.min': 'gig-pay-min',
  'compensation.max': 'gig-pay-max',
  'compensation.amount': 'gig-pay-amount',
  effort: 'gig-effort-min',
  'effort.min': 'gig-effort-min',
  'effort.max': 'gig-effort-max',
  schedule: 'gig-schedule',
  location: 'gig-city',
  'location.city': 'gig-city',
  'location.region': 'gig-region',
  'location.country': 'gig-country',
  timeZone: 'gig-time-zone',
  overlapHours: 'gig-overlap',
  applyBy: 'gig-apply-by',
  spots: 'gig-spots',
  status: 'gig-status',
};

const QUESTION_FIELDS: Record<string, string> = { label: 'label', id: 'label', kind: 'kind', required: 'required', options: 'options', maxLength: 'max-length' };

/** The id of question `index`'s control for `field` (`label`, `kind`, `required`, `options`, `max-length`). */
export const questionControl = (index: number, field: string) => `gig-q${index}-${field}`;

/**
 * The id of the control that shows the error at `path`, or `undefined` for a path no control
 * holds (the error is then shown in the summary only). Amounts and currencies of the pay go
 * to the amount fields; list items go to their list's control.
 *
 * @example
 * ```ts
 * controlFor('compensation.min.amount', form); // 'gig-pay-min'
 * controlFor('questions.2.options.0', form);   // 'gig-q2-options'
 * ```
 */
export function controlFor(path: string, form: Pick<GigForm, 'payKind' | 'remote' | 'windowUnit'>): string | undefined {
  const parts = path.split('.');
  const [head, second] = parts;
  if (head === 'questions') {
    const field = parts[2] === undefined ? undefined : QUESTION_FIELDS[parts[2]];
    return second !== undefined && /^\d+$/.test(second) ? questionControl(Number(second), field ?? 'label') : undefined;
  }
  if (head === 'skills') return DIRECT['skills'];
  if (head === 'remote') return form.remote === 'countries' ? 'gig-remote-countries' : 'gig-remote-anywhere';
  if (head === 'window') return form.windowUnit === 'iso' ? 'gig-window-iso' : 'gig-window-count';
  if (head === 'compensation') {
    if (second === undefined || second === 'kind') return form.payKind === 'fixed' ? DIRECT['compensation.amount'] : DIRECT['compensation.min'];
    return DIRECT[`compensation.${second}`];
  }
  return DIRECT[parts.slice(0, 2).join('.')] ?? DIRECT[head ?? ''];
}
