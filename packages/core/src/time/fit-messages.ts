// The words of a fit sentence, English and Spanish. Widgets with their own catalog can ignore
// these and build text from `FitResult.verdict` and its numbers instead.
import { languageOf, numberFormat, pluralRules } from '../rates/intl-support.js';

/** Which sentence a fit result reads as. */
export type FitVerdict = 'weekends' | 'weeks' | 'does-not-fit' | 'no-hours';

type Plural = { one: string; other: string };

interface FitMessages {
  weekends: Plural;
  weeks: Plural;
  /** Plural by hours needed. */
  doesNotFit: Plural;
  noHours: string;
}

const MESSAGES: Record<'en' | 'es', FitMessages> = {
  en: {
    weekends: { one: 'fits in {n} weekend', other: 'fits in {n} weekends' },
    weeks: { one: 'fits in {n} week', other: 'fits in {n} weeks' },
    doesNotFit: {
      one: '{available} of {needed} hour before the deadline — does not fit',
      other: '{available} of {needed} hours before the deadline — does not fit',
    },
    noHours: 'no hours chosen yet',
  },
  es: {
    weekends: { one: 'cabe en {n} fin de semana', other: 'cabe en {n} fines de semana' },
    weeks: { one: 'cabe en {n} semana', other: 'cabe en {n} semanas' },
    doesNotFit: {
      one: '{available} de {needed} hora antes de la fecha límite — no cabe',
      other: '{available} de {needed} horas antes de la fecha límite — no cabe',
    },
    noHours: 'aún no hay horas elegidas',
  },
};

/** The numbers a sentence may quote. */
export interface SentenceInput {
  verdict: FitVerdict;
  count: number | null;
  hoursAvailable: number;
  hoursNeeded: number;
}

/**
 * The sentence for a verdict in `locale` (a canonical BCP 47 tag), numbers formatted for it.
 * Languages without a table fall back to English. Internal.
 */
export function fitSentence(locale: string, input: SentenceInput): string {
  const language = languageOf(locale);
  const lang = language === 'es' ? 'es' : 'en';
  const table = MESSAGES[lang];
  // Numbers follow the locale only when its words do: "12,5 of 16 hours" would be neither.
  const numbers = numberFormat(language === lang ? locale : 'en', { maximumFractionDigits: 2 });
  // Plural rules of the language whose words are used, so "1 hora" / "1 hour" agree.
  const plural = (n: number, p: Plural) => (pluralRules(lang).select(n) === 'one' ? p.one : p.other);
  switch (input.verdict) {
    case 'no-hours':
      return table.noHours;
    case 'does-not-fit':
      return plural(input.hoursNeeded, table.doesNotFit)
        .replace('{available}', numbers.format(input.hoursAvailable))
        .replace('{needed}', numbers.format(input.hoursNeeded));
    case 'weekends':
    case 'weeks': {
      const n = input.count ?? 0;
      return plural(n, table[input.verdict]).replace('{n}', numbers.format(n));
    }
  }
}
