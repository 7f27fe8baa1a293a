// How a gig fits an applicant's week, in words: core's `fit` verdict and the numbers behind it.
import { fit, formatEffort, formatWindow, type Availability, type FitVerdict, type Project } from '@microintern/core';
import { localeOf, type Catalog, type Lang } from '../locale.js';

/** The fit of one applicant, as the console shows it. */
export interface FitSummary {
  /** Core's verdict, or `no-availability` when the applicant gave none, `unknown` when it cannot be worked out. */
  verdict: FitVerdict | 'no-availability' | 'unknown';
  /** "fits in 2 weekends", or why there is no verdict. */
  sentence: string;
  /** The reasons, one sentence each. */
  reasons: string[];
}

interface Messages {
  noAvailability: string;
  unknown: string;
  needs: (effort: string, window: string, deadline: string) => string;
  free: (hours: string) => string;
  weekends: (n: number) => string;
  weekendsShort: string;
  weeks: (n: number) => string;
  lowEnd: (hours: string) => string;
}

const messages: Catalog<Messages> = {
  en: {
    noAvailability: 'no availability given',
    unknown: 'cannot be worked out',
    needs: (effort, window, deadline) => `The gig needs ${effort} within ${window} of starting today, so by ${deadline}.`,
    free: (hours) => `The student has ${hours} free before then.`,
    weekends: (n) => `Weekend hours alone are enough: ${n === 1 ? '1 weekend' : `${n} weekends`}.`,
    weekendsShort: 'Weekend hours alone are not enough.',
    weeks: (n) => `Counting every free hour, the work takes ${n === 1 ? '1 week' : `${n} weeks`}.`,
    lowEnd: (hours) => `That covers the low end of the estimate (${hours}).`,
  },
  es: {
    noAvailability: 'no indicó disponibilidad',
    unknown: 'no se puede calcular',
    needs: (effort, window, deadline) => `El proyecto necesita ${effort} en ${window} si empieza hoy, es decir, antes del ${deadline}.`,
    free: (hours) => `El estudiante tiene ${hours} libres antes de esa fecha.`,
    weekends: (n) => `Bastan las horas de fin de semana: ${n === 1 ? '1 fin de semana' : `${n} fines de semana`}.`,
    weekendsShort: 'Las horas de fin de semana no bastan.',
    weeks: (n) => `Contando todas las horas libres, el trabajo lleva ${n === 1 ? '1 semana' : `${n} semanas`}.`,
    lowEnd: (hours) => `Eso cubre el mínimo de la estimación (${hours}).`,
  },
};

/**
 * Whether `project` fits `availability` if the work started at `now`, in the console's
 * language, the deadline shown in `timeZone`. Never throws: a gig whose window is too long to
 * check, or data core refuses, gives the `unknown` verdict.
 *
 * @example
 * ```ts
 * const { sentence, reasons } = fitSummary(gig, application.availability, new Date(), 'en', 'America/Chicago');
 * ```
 */
export function fitSummary(project: Project, availability: Availability | undefined, now: Date, lang: Lang, timeZone: string): FitSummary {
  const m = messages[lang];
  if (!availability) return { verdict: 'no-availability', sentence: m.noAvailability, reasons: [] };
  const locale = localeOf(lang);
  let result: ReturnType<typeof fit>;
  try {
    result = fit(project, availability, now, { locale });
  } catch {
    return { verdict: 'unknown', sentence: m.unknown, reasons: [] };
  }
  if (result.verdict === 'no-hours') return { verdict: result.verdict, sentence: result.sentence, reasons: [] };
  const hours = (n: number) => formatEffort({ min: n, max: n }, { locale });
  const deadline = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(result.deadline);
  const reasons = [
    m.needs(formatEffort(project.effort, { locale }), formatWindow(project.window, { locale }), deadline),
    m.free(hours(result.hoursAvailable)),
  ];
  if (result.fits) {
    reasons.push(result.weekendsNeeded === null ? m.weekendsShort : m.weekends(result.weekendsNeeded));
    if (result.weeksNeeded !== null) reasons.push(m.weeks(result.weeksNeeded));
  } else if (result.fitsMinimum) {
    reasons.push(m.lowEnd(hours(project.effort.min)));
  }
  return { verdict: result.verdict, sentence: result.sentence, reasons };
}
