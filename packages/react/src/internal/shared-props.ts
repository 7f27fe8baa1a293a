import type { MiElement } from '@microintern/widgets';

/**
 * The presentation props every `mi-*` element has: `theme` (`light`, `dark`, `auto`),
 * `locale` (a BCP 47 tag), `timeZone` (an IANA zone) and `currencyDisplay`.
 */
export type SharedElementProps = Partial<Pick<MiElement, 'theme' | 'locale' | 'timeZone' | 'currencyDisplay'>>;

/** Their HTML attributes, for server rendering. */
export const SHARED_ATTRIBUTES = {
  theme: 'theme',
  locale: 'locale',
  timeZone: 'time-zone',
  currencyDisplay: 'currency-display',
} as const satisfies Record<keyof SharedElementProps, string>;
