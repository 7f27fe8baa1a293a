// From the form (text per control) to the model's fields, and from two readings to the change
// between them. Nothing here decides validity beyond reading text (an amount, a number, a
// date): the schemas do that (validate-gig.ts), so the console checks exactly what the API does.
import type { ProjectStatus } from '@microintern/core';
import { applyByInstant } from './apply-by.js';
import type { FormLocale, GigForm } from './gig-form.js';
import type { FormProblem } from './issue-text.js';
import { readAmount } from '../money-text.js';
import { readQuestion } from './questions.js';
import { addSkills } from './skills.js';
import { readWindow } from './window-text.js';

/** The form read: the model's writable fields (not yet checked), the status, and what could not be read, by model path. */
export interface GigReading {
  fields: Record<string, unknown>;
  status: ProjectStatus | undefined;
  problems: Record<string, FormProblem>;
}

/**
 * Reads the form into the model's fields. Text is trimmed; an empty optional field is left
 * out; skills still in the text box count as added; what cannot be read is left out and
 * named in `problems` by its model path (`compensation.min`).
 *
 * @example
 * ```ts
 * const { fields, problems } = readGigForm(form, { locale: 'en-US', timeZone: 'America/Chicago' });
 * ```
 */
export function readGigForm(form: GigForm, where: FormLocale): GigReading {
  const problems: Record<string, FormProblem> = {};
  const number = (text: string, path: string): number | undefined => {
    if (text.trim() === '') return undefined;
    const n = Number(text);
    if (Number.isFinite(n)) return n;
    problems[path] = { kind: 'number' };
    return undefined;
  };
  const money = (text: string, path: string) => {
    const reading = readAmount(text, form.currency, where.locale);
    if ('money' in reading) return reading.money;
    problems[path] = reading.problem === 'decimals' ? { kind: 'decimals', digits: reading.digits } : { kind: reading.problem === 'required' ? 'required' : 'amount' };
    return undefined;
  };
  const optional = (key: string, value: unknown) => (value === undefined || value === '' ? {} : { [key]: value });

  const compensation = form.payKind === 'fixed'
    ? { kind: 'fixed', amount: money(form.payAmount, 'compensation.amount') }
    : { kind: 'hourly', min: money(form.payMin, 'compensation.min'), ...(form.payMax.trim() ? optional('max', money(form.payMax, 'compensation.max')) : {}) };

  const window = readWindow(form);
  if ('problem' in window) problems['window'] = { kind: window.problem };

  const countries = form.remoteCountries.split(/[\s,;]+/).filter(Boolean);
  const remote = form.remote === 'anywhere' ? true : form.remote === 'on-site' ? false : { countries };

  const location = { ...optional('city', form.city.trim()), ...optional('region', form.region.trim()), ...optional('country', form.country.trim().toUpperCase()) };

  let applyBy: string | undefined;
  if (form.applyBy.trim()) {
    applyBy = applyByInstant(form.applyBy, where.timeZone);
    if (!applyBy) problems['applyBy'] = { kind: 'date' };
  }

  const fields: Record<string, unknown> = {
    title: form.title.trim(),
    ...optional('slug', form.slug.trim()),
    summary: form.summary.trim(),
    description: form.description.trim(),
    ...optional('category', form.category),
    skills: addSkills(form.skills, form.skillText).skills,
    compensation,
    effort: { min: number(form.effortMin, 'effort.min'), max: number(form.effortMax, 'effort.max') },
    ...('value' in window ? { window: window.value } : {}),
    ...optional('schedule', form.schedule),
    remote,
    ...(Object.keys(location).length ? { location } : {}),
    ...optional('timeZone', form.timeZone),
    ...optional('overlapHours', number(form.overlapHours, 'overlapHours')),
    questions: form.questions.map(readQuestion),
    ...optional('applyBy', applyBy),
    ...optional('spots', number(form.spots, 'spots')),
  };
  return { fields, status: form.status || undefined, problems };
}

/** What changed between a posted gig's reading and the form's: the patch, and fields emptied. */
export interface GigChange {
  patch: Record<string, unknown>;
  /** Fields the gig had that the form left out: a patch cannot remove them. */
  cleared: string[];
}

/**
 * The top-level fields of `now` that differ from `before` (both readings of the same form
 * code, so equal values serialise alike), and the status when it changed.
 *
 * @example
 * ```ts
 * changeOf(readGigForm(form, where), readGigForm(formFromProject(project, where), where)).patch; // { title: 'New title' }
 * ```
 */
export function changeOf(now: GigReading, before: GigReading): GigChange {
  const patch: Record<string, unknown> = {};
  const cleared: string[] = [];
  for (const key of new Set([...Object.keys(before.fields), ...Object.keys(now.fields)])) {
    if (!(key in now.fields)) cleared.push(key);
    else if (JSON.stringify(now.fields[key]) !== JSON.stringify(before.fields[key])) patch[key] = now.fields[key];
  }
  if (now.status && now.status !== before.status) patch['status'] = now.status;
  return { patch, cleared };
}
