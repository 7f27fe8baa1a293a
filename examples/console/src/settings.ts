// The company's console settings, kept in this browser (localStorage, per company): the time
// zone applicants' availability is drawn in, and the hourly floor under which the gig form
// warns. Neither is a secret nor the API's business.
import { isTimeZone, type Money } from '@microintern/core';
import { browserTimeZone } from '@microintern/widgets/components/availability-picker/picker-zones.js';

/** One company's console settings. */
export interface ConsoleSettings {
  /** An IANA zone. Default: this browser's. */
  timeZone: string;
  /** The hourly pay the gig form warns under. Default 15 USD. */
  hourlyFloor: Money;
}

const key = (company: string) => `mi-console-settings:${company}`;

/** The defaults, in this browser's time zone. */
export function defaultSettings(zone = browserTimeZone()): ConsoleSettings {
  return { timeZone: zone, hourlyFloor: { amount: 1500, currency: 'USD' } };
}

/**
 * The company's settings, the defaults filling in whatever is missing or unreadable.
 *
 * @example
 * ```ts
 * const { timeZone, hourlyFloor } = readSettings(localStorage, 'forkful');
 * ```
 */
export function readSettings(storage: Pick<Storage, 'getItem'>, company: string, defaults = defaultSettings()): ConsoleSettings {
  let stored: Partial<ConsoleSettings> = {};
  try {
    const value: unknown = JSON.parse(storage.getItem(key(company)) ?? '{}');
    if (value && typeof value === 'object') stored = value as Partial<ConsoleSettings>;
  } catch {
    // Unreadable: the defaults.
  }
  const floor = stored.hourlyFloor;
  const floorOk = !!floor && Number.isSafeInteger(floor.amount) && floor.amount >= 0 && typeof floor.currency === 'string' && /^[A-Z]{3}$/.test(floor.currency);
  return {
    timeZone: isTimeZone(stored.timeZone) ? stored.timeZone : defaults.timeZone,
    hourlyFloor: floorOk ? { amount: floor.amount, currency: floor.currency } : defaults.hourlyFloor,
  };
}

/**
 * Saves the company's settings.
 *
 * @example
 * ```ts
 * writeSettings(localStorage, 'forkful', { timeZone: 'Europe/Madrid', hourlyFloor: { amount: 1800, currency: 'EUR' } });
 * ```
 */
export function writeSettings(storage: Pick<Storage, 'setItem'>, company: string, settings: ConsoleSettings): void {
  try {
    storage.setItem(key(company), JSON.stringify(settings));
  } catch {
    // Storage off: the settings last for this page.
  }
}
