// WCAG 2.x contrast: relative luminance of sRGB colours and their ratio, for the builder's
// warning when a chosen theme makes the elements' text hard to read.
import { TOKENS } from './tokens.js';

/** WCAG AA for normal-size text. */
export const AA_TEXT = 4.5;

/** The red, green and blue channels (0–255) of a `#rrggbb` colour. */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: "${hex}"`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours, from 1 (none) to 21 (black on white).
 *
 * @example
 * ```ts
 * contrastRatio('#ffffff', '#4338ca'); // ≈ 7.9
 * ```
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A pair of tokens the elements draw as text on background. */
export interface ContrastPair {
  text: string;
  background: string;
  what: string;
}

/** The text-on-background pairs the widgets draw, each of which must reach 4.5:1. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { text: '--mi-color-on-accent', background: '--mi-color-accent', what: 'Text on the accent (the Apply button)' },
  { text: '--mi-color-on-accent', background: '--mi-color-accent-hover', what: 'Text on the accent under the pointer' },
  { text: '--mi-color-accent', background: '--mi-color-surface-raised', what: 'Accent text on cards (pay figures, links)' },
  { text: '--mi-color-text', background: '--mi-color-surface-raised', what: 'Text on cards' },
  { text: '--mi-color-text-muted', background: '--mi-color-surface-raised', what: 'Secondary text on cards' },
  { text: '--mi-color-text', background: '--mi-color-surface', what: 'Text on the board background' },
];

/** One pair under one colour scheme that falls below AA. */
export interface ContrastIssue extends ContrastPair {
  scheme: 'light' | 'dark';
  ratio: number;
  textColor: string;
  backgroundColor: string;
}

/**
 * The pairs that fall under 4.5:1 with the page's `tokens` over the defaults of the schemes
 * the theme can show (`auto` shows both).
 */
export function contrastIssues(tokens: Readonly<Record<string, string>>, theme: 'light' | 'dark' | 'auto'): ContrastIssue[] {
  const schemes: ('light' | 'dark')[] = theme === 'auto' ? ['light', 'dark'] : [theme];
  const issues: ContrastIssue[] = [];
  for (const scheme of schemes) {
    const value = (name: string) => tokens[name] ?? TOKENS.find((t) => t.name === name)![scheme];
    for (const pair of CONTRAST_PAIRS) {
      const textColor = value(pair.text);
      const backgroundColor = value(pair.background);
      const ratio = contrastRatio(textColor, backgroundColor);
      if (ratio < AA_TEXT) issues.push({ ...pair, scheme, ratio, textColor, backgroundColor });
    }
  }
  return issues;
}
