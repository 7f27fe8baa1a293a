import { slugify as slugifyText } from '@microintern/core';

/**
 * The slug a project gets from its title when the company gives none: core's `slugify`, at most
 * 60 characters, `project` when nothing is left (a title in another script).
 *
 * @example
 * ```ts
 * slugify('Café menu redesign — weekend!'); // "cafe-menu-redesign-weekend"
 * ```
 */
export function slugify(title: string, maxLength = 60): string {
  return slugifyText(title, maxLength) || 'project';
}

/**
 * The candidates tried in turn when a company already uses a slug: `x`, `x-2`, `x-3`, …
 *
 * @example
 * ```ts
 * [...slugCandidates('logo-refresh', 3)]; // ["logo-refresh", "logo-refresh-2", "logo-refresh-3"]
 * ```
 */
export function* slugCandidates(base: string, attempts = 50): Generator<string> {
  yield base;
  for (let n = 2; n <= attempts; n++) {
    const suffix = `-${n}`;
    yield base.slice(0, 80 - suffix.length) + suffix;
  }
}
