// Field errors in the console's language. The schemas' issues carry a code and limits (zod/mini
// ships no words), the model's own checks an English sentence, and the server's 422 the same
// sentences: each becomes one short sentence a person can act on, in English or Spanish.
import type { SchemaIssue } from '@microintern/core';
import type { Catalog, Lang } from '../locale.js';

/** A problem found while reading the form, before any schema runs. */
export type FormProblem =
  | { kind: 'required' }
  | { kind: 'number' }
  | { kind: 'amount' }
  | { kind: 'decimals'; digits: number }
  | { kind: 'whole' }
  | { kind: 'date' }
  /** A field a posted gig had, emptied: the API keeps a field a change leaves out. */
  | { kind: 'cannot-clear' };

interface IssueMessages {
  required: string;
  number: string;
  amount: string;
  decimals: (digits: number) => string;
  whole: string;
  date: string;
  cannotClear: string;
  minChars: (n: number) => string;
  maxChars: (n: number) => string;
  maxItems: (n: number) => string;
  atLeast: (n: number) => string;
  moreThan: (n: number) => string;
  atMost: (n: number) => string;
  choose: string;
  invalid: string;
  /** The model's and the server's sentences, by their English text. */
  known: Record<string, string>;
}

const KNOWN = {
  slug: 'Must be lowercase words joined by hyphens',
  choice: 'A choice question needs at least two options',
  country: 'Must be an ISO 3166-1 alpha-2 country code',
  remoteCountry: 'Must be an ISO 3166-1 alpha-2 country code such as US or GB',
  noCountry: 'List at least one country, or set remote to true',
  twice: 'Each country may be listed only once',
  range: 'The top of the range must be in the same currency and not below the bottom',
  effort: 'max must not be below min',
  duration: 'Must be an ISO 8601 duration such as P2W or P1M',
  zone: 'Must be an IANA time zone such as America/New_York',
  currency: 'Must be an ISO 4217 currency code such as USD',
  slugTaken: 'Another project of this company already uses this slug',
  unknown: 'Unknown field',
} as const;

const issueMessages: Catalog<IssueMessages> = {
  en: {
    required: 'Fill this in.',
    number: 'Enter a number.',
    amount: 'Enter an amount such as 25.50.',
    decimals: (d) => (d === 0 ? 'This currency has no decimals.' : `Use at most ${d} decimal places.`),
    whole: 'Enter a whole number above zero.',
    date: 'Enter a date and time.',
    cannotClear: 'A posted gig keeps this once it is set: change it instead of emptying it.',
    minChars: (n) => `Use at least ${n} characters.`,
    maxChars: (n) => `Use at most ${n} characters.`,
    maxItems: (n) => `At most ${n}.`,
    atLeast: (n) => `Must be at least ${n}.`,
    moreThan: (n) => `Must be more than ${n}.`,
    atMost: (n) => `Must be at most ${n}.`,
    choose: 'Choose one of the options.',
    invalid: 'This value is not valid.',
    known: {
      [KNOWN.slug]: 'Use lowercase words joined by hyphens, such as menu-photos.',
      [KNOWN.choice]: 'A choice question needs at least two options, one per line.',
      [KNOWN.country]: 'Use a two-letter country code such as US.',
      [KNOWN.remoteCountry]: 'Use two-letter country codes such as US or GB.',
      [KNOWN.noCountry]: 'List at least one country, or choose “Remote, from anywhere”.',
      [KNOWN.twice]: 'List each country once.',
      [KNOWN.range]: 'The top of the range must not be below the bottom.',
      [KNOWN.effort]: 'Must not be below the minimum.',
      [KNOWN.duration]: 'Use an ISO 8601 duration such as P2W or P1M.',
      [KNOWN.zone]: 'Choose a time zone from the list.',
      [KNOWN.currency]: 'Choose a currency from the list.',
      [KNOWN.slugTaken]: 'Another of your gigs already uses this address.',
      [KNOWN.unknown]: 'The API does not know this field.',
    },
  },
  es: {
    required: 'Rellena este campo.',
    number: 'Escribe un número.',
    amount: 'Escribe un importe como 25,50.',
    decimals: (d) => (d === 0 ? 'Esta moneda no tiene decimales.' : `Usa como máximo ${d} decimales.`),
    whole: 'Escribe un número entero mayor que cero.',
    date: 'Escribe una fecha y una hora.',
    cannotClear: 'Un proyecto publicado conserva este dato una vez puesto: cámbialo en lugar de vaciarlo.',
    minChars: (n) => `Usa al menos ${n} caracteres.`,
    maxChars: (n) => `Usa como máximo ${n} caracteres.`,
    maxItems: (n) => `Como máximo ${n}.`,
    atLeast: (n) => `Debe ser al menos ${n}.`,
    moreThan: (n) => `Debe ser mayor que ${n}.`,
    atMost: (n) => `Debe ser como máximo ${n}.`,
    choose: 'Elige una de las opciones.',
    invalid: 'Este valor no es válido.',
    known: {
      [KNOWN.slug]: 'Usa palabras en minúscula unidas por guiones, como fotos-del-menu.',
      [KNOWN.choice]: 'Una pregunta de opciones necesita al menos dos, una por línea.',
      [KNOWN.country]: 'Usa un código de país de dos letras, como US.',
      [KNOWN.remoteCountry]: 'Usa códigos de país de dos letras, como US o MX.',
      [KNOWN.noCountry]: 'Indica al menos un país, o elige «En remoto, desde cualquier lugar».',
      [KNOWN.twice]: 'Indica cada país una sola vez.',
      [KNOWN.range]: 'El máximo del rango no puede ser menor que el mínimo.',
      [KNOWN.effort]: 'No puede ser menor que el mínimo.',
      [KNOWN.duration]: 'Usa una duración ISO 8601, como P2W o P1M.',
      [KNOWN.zone]: 'Elige una zona horaria de la lista.',
      [KNOWN.currency]: 'Elige una moneda de la lista.',
      [KNOWN.slugTaken]: 'Otro de tus proyectos ya usa esta dirección.',
      [KNOWN.unknown]: 'La API no conoce este campo.',
    },
  },
};

/**
 * The sentence for a problem found while reading the form.
 *
 * @example
 * ```ts
 * problemText({ kind: 'decimals', digits: 2 }, 'es'); // 'Usa como máximo 2 decimales.'
 * ```
 */
export function problemText(problem: FormProblem, lang: Lang): string {
  const m = issueMessages[lang];
  switch (problem.kind) {
    case 'decimals': return m.decimals(problem.digits);
    case 'cannot-clear': return m.cannotClear;
    default: return m[problem.kind];
  }
}

/**
 * The sentence for one schema issue. `value` is what the form gave at the issue's path: an
 * empty value is "Fill this in" whatever the schema's reason.
 *
 * @example
 * ```ts
 * issueText({ code: 'too_big', origin: 'string', maximum: 120, path: ['title'], message: 'Invalid input' }, 'x'.repeat(130), 'en');
 * // 'Use at most 120 characters.'
 * ```
 */
export function issueText(issue: SchemaIssue & { format?: string }, value: unknown, lang: Lang): string {
  const m = issueMessages[lang];
  if (value === undefined || value === '') return m.required;
  const known = m.known[issue.message];
  if (known) return known;
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return m.minChars(limit);
      return issue.inclusive === false ? m.moreThan(limit) : m.atLeast(limit);
    case 'too_big':
      if (issue.origin === 'string') return m.maxChars(limit);
      if (issue.origin === 'array') return m.maxItems(limit);
      return m.atMost(limit);
    case 'invalid_type':
      return issue.expected === 'int' ? m.whole : issue.expected === 'number' ? m.number : m.invalid;
    case 'invalid_value':
      return m.choose;
    case 'invalid_format':
      return issue.format === 'datetime' ? m.date : m.invalid;
    default:
      return m.invalid;
  }
}

/**
 * The server's field message in the console's language when it is one of the model's known
 * sentences, else as the server wrote it.
 *
 * @example
 * ```ts
 * serverText('Another project of this company already uses this slug', 'es'); // 'Otro de tus proyectos ya usa esta dirección.'
 * ```
 */
export function serverText(message: string, lang: Lang): string {
  return issueMessages[lang].known[message] ?? message;
}
