// Plain calendar-date arithmetic (proleptic Gregorian), with no time zone and no `Date`.
//
// `Date.UTC` maps years 0–99 to 1900–1999 and every `Date` getter drags a zone along, so the
// time helpers count days with these pure functions instead. Internal: not re-exported.

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date (negative before it). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: shift the year to start in March so leap days fall last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date `days` days after 1970-01-01. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday, the numbering `AvailabilityBlock.day` uses. */
export function weekdayOfDays(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((days + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` for a day number, the format of `AvailabilityException.date`. */
export function isoDateOfDays(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of a `YYYY-MM-DD` string already validated by the schema. */
export function daysOfIsoDate(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Milliseconds of a wall-clock reading as if it were UTC ("local epoch milliseconds"). Offsets are
 * applied to this number to get a real instant.
 */
export function localMs(days: number, minutes: number, seconds = 0, ms = 0): number {
  return days * MS_PER_DAY + minutes * MS_PER_MINUTE + seconds * 1000 + ms;
}
