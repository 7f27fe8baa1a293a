// The few words the rate helpers add around numbers that `Intl` formats. Internal: widgets
// keep their own catalog; these only cover what core renders itself.
import { languageOf } from './intl-support.js';

/** The words of one language. Amounts and ranges arrive already formatted by `Intl`. */
export interface RateMessages {
  /** Appended to an hourly amount: "$20/hr". */
  perHour: string;
  /** A fixed fee: "$300 fixed". */
  fixed: (fee: string) => string;
  /** "8–12 hours × $18–22/hr ≈ $144–264". */
  hourlyEstimate: (effort: string, rate: string, pay: string) => string;
  /** "$300 for 10–15 hours ≈ $20–30/hr effective". */
  fixedEstimate: (fee: string, effort: string, rate: string) => string;
}

const MESSAGES: Readonly<Record<string, RateMessages>> = {
  en: {
    perHour: '/hr',
    fixed: (fee) => `${fee} fixed`,
    hourlyEstimate: (effort, rate, pay) => `${effort} × ${rate} ≈ ${pay}`,
    fixedEstimate: (fee, effort, rate) => `${fee} for ${effort} ≈ ${rate} effective`,
  },
  es: {
    perHour: '/h',
    fixed: (fee) => `${fee} fijo`,
    hourlyEstimate: (effort, rate, pay) => `${effort} × ${rate} ≈ ${pay}`,
    fixedEstimate: (fee, effort, rate) => `${fee} por ${effort} ≈ ${rate} efectivos`,
  },
};

/** The messages for a canonical locale's language, falling back to English. */
export function messagesFor(locale: string): RateMessages {
  return MESSAGES[languageOf(locale)] ?? MESSAGES['en']!;
}
