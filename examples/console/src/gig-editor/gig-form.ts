// The gig form's state: every field of the model as the text its control holds, so that what a
// person typed (even what is not valid yet) is kept as typed, saved in the draft and put back.
// `readGigForm` (gig-model.ts) turns it into the model; this module goes the other way.
import { PROJECT_STATUSES, QUESTION_KINDS, type Project, type ProjectStatus } from '@microintern/core';
import type { ConsoleSettings } from '../settings.js';
import { applyByInstant, applyByLocal } from './apply-by.js';
import { amountText, readAmount } from '../money-text.js';
import { questionForm, type QuestionForm } from './questions.js';
import { windowForm, WINDOW_UNITS, type WindowForm } from './window-text.js';

export type PayKind = 'hourly' | 'fixed';

/** Where applicants may be: anywhere (remote: true), some countries, or on site (false). */
export const REMOTE_MODES = ['anywhere', 'countries', 'on-site'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

/** The whole form. Strings are what the controls hold; empty means not filled in. */
export interface GigForm extends WindowForm {
  title: string;
  /** Empty: the server makes one from the title. */
  slug: string;
  summary: string;
  description: string;
  category: string;
  skills: string[];
  /** What is typed in the skills box and not added yet. */
  skillText: string;
  payKind: PayKind;
  currency: string;
  payMin: string;
  payMax: string;
  payAmount: string;
  effortMin: string;
  effortMax: string;
  schedule: string;
  remote: RemoteMode;
  /** ISO country codes, separated by commas or spaces. */
  remoteCountries: string;
  city: string;
  region: string;
  country: string;
  timeZone: string;
  overlapHours: string;
  /** A `datetime-local` value in the console's time zone. */
  applyBy: string;
  spots: string;
  questions: QuestionForm[];
  /** Only for a posted gig; empty for a new one. */
  status: ProjectStatus | '';
}

/** What the conversions need to know: the console's language and time zone. */
export interface FormLocale {
  /** A BCP 47 tag, for amounts. */
  locale: string;
  /** The IANA zone `applyBy` is shown in. */
  timeZone: string;
}

/**
 * A blank form for a new gig, in the currency of the company's hourly floor.
 *
 * @example
 * ```ts
 * emptyGigForm(ctx.settings).currency; // 'USD'
 * ```
 */
export function emptyGigForm(settings: Pick<ConsoleSettings, 'hourlyFloor'>): GigForm {
  return {
    title: '', slug: '', summary: '', description: '', category: '', skills: [], skillText: '',
    payKind: 'hourly', currency: settings.hourlyFloor.currency, payMin: '', payMax: '', payAmount: '',
    effortMin: '', effortMax: '', windowCount: '', windowUnit: 'weeks', windowIso: '', schedule: '',
    remote: 'anywhere', remoteCountries: '', city: '', region: '', country: '', timeZone: '', overlapHours: '',
    applyBy: '', spots: '1', questions: [], status: '',
  };
}

/**
 * A posted gig as the form shows it. `readGigForm` of the result gives back the gig's fields.
 *
 * @example
 * ```ts
 * const form = formFromProject(await ctx.client.projects.get(id), { locale: 'en-US', timeZone: 'America/Chicago' });
 * ```
 */
export function formFromProject(project: Project, where: FormLocale): GigForm {
  const pay = project.compensation;
  const money = (m: { amount: number; currency: string } | undefined) => (m ? amountText(m, where.locale) : '');
  const remote = project.remote;
  return {
    title: project.title,
    slug: project.slug,
    summary: project.summary,
    description: project.description,
    category: project.category,
    skills: [...project.skills],
    skillText: '',
    payKind: pay.kind,
    currency: pay.kind === 'hourly' ? pay.min.currency : pay.amount.currency,
    payMin: pay.kind === 'hourly' ? money(pay.min) : '',
    payMax: pay.kind === 'hourly' ? money(pay.max) : '',
    payAmount: pay.kind === 'fixed' ? money(pay.amount) : '',
    effortMin: String(project.effort.min),
    effortMax: String(project.effort.max),
    ...windowForm(project.window),
    schedule: project.schedule,
    remote: remote === true ? 'anywhere' : remote === false ? 'on-site' : 'countries',
    remoteCountries: typeof remote === 'object' ? remote.countries.join(', ') : '',
    city: project.location?.city ?? '',
    region: project.location?.region ?? '',
    country: project.location?.country ?? '',
    timeZone: project.timeZone ?? '',
    overlapHours: project.overlapHours === undefined ? '' : String(project.overlapHours),
    applyBy: project.applyBy ? applyByLocal(project.applyBy, where.timeZone) : '',
    spots: String(project.spots),
    questions: project.questions.map(questionForm),
    status: project.status,
  };
}

/**
 * The form as it reads in another language or time zone: amounts written with the new decimal
 * mark, the deadline as the new zone's wall clock for the same instant. Text that does not read
 * as an amount or a date is left as typed.
 *
 * @example
 * ```ts
 * relocalize({ ...form, payMin: '25,50' }, { locale: 'es', timeZone: 'UTC' }, { locale: 'en-US', timeZone: 'UTC' }).payMin; // '25.50'
 * ```
 */
export function relocalize(form: GigForm, from: FormLocale, to: FormLocale): GigForm {
  const amount = (text: string) => {
    const reading = readAmount(text, form.currency, from.locale);
    return 'money' in reading ? amountText(reading.money, to.locale) : text;
  };
  const instant = form.applyBy ? applyByInstant(form.applyBy, from.timeZone) : undefined;
  return {
    ...form,
    payMin: amount(form.payMin),
    payMax: amount(form.payMax),
    payAmount: amount(form.payAmount),
    applyBy: instant ? applyByLocal(instant, to.timeZone) : form.applyBy,
  };
}

/** Whether two forms hold the same values. */
export function sameForm(a: GigForm, b: GigForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const CHOICES: Partial<Record<keyof GigForm, readonly string[]>> = {
  payKind: ['hourly', 'fixed'],
  windowUnit: WINDOW_UNITS,
  remote: REMOTE_MODES,
  status: ['', ...PROJECT_STATUSES],
};

function reviveQuestion(value: unknown): QuestionForm | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const q = value as Record<string, unknown>;
  const text = (key: string) => (typeof q[key] === 'string' ? (q[key] as string) : undefined);
  const [id, label, options, maxLength] = [text('id'), text('label'), text('options'), text('maxLength')];
  const kind = (QUESTION_KINDS as readonly unknown[]).includes(q['kind']) ? (q['kind'] as QuestionForm['kind']) : undefined;
  if (id === undefined || label === undefined || options === undefined || maxLength === undefined || !kind || typeof q['required'] !== 'boolean') return undefined;
  return { id, label, kind, required: q['required'], options, maxLength };
}

/**
 * A form read back from storage, checked field by field against `blank`: a field of the wrong
 * type takes `blank`'s value, so a draft from an older console still restores what it can.
 * `undefined` when `value` is not a form at all.
 *
 * @example
 * ```ts
 * const form = reviveForm(JSON.parse(stored), emptyGigForm(ctx.settings));
 * ```
 */
export function reviveForm(value: unknown, blank: GigForm): GigForm | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const stored = value as Record<string, unknown>;
  const form: Record<string, unknown> = { ...blank };
  for (const key of Object.keys(blank) as (keyof GigForm)[]) {
    const v = stored[key];
    if (key === 'skills') {
      if (Array.isArray(v) && v.every((s) => typeof s === 'string')) form[key] = v;
    } else if (key === 'questions') {
      const questions = Array.isArray(v) ? v.map(reviveQuestion) : [];
      if (Array.isArray(v) && questions.every(Boolean)) form[key] = questions;
    } else if (typeof v === 'string' && (!CHOICES[key] || CHOICES[key].includes(v))) {
      form[key] = v;
    }
  }
  return form as unknown as GigForm;
}
