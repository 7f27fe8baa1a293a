// The theme tokens the builder edits: the documented system tokens of docs/theming.md that give
// a site its look (colours people brand, radii, spacing, the font), with the light and dark
// themes' defaults. `tokens.test.ts` holds these defaults to the generated table in
// docs/theming.md, which is itself checked against the widgets' stylesheet.

/** How a token is edited: a colour picker, a length with a unit, or a font stack. */
export type TokenKind = 'color' | 'length' | 'font';

/** One editable `--mi-*` token. */
export interface TokenSpec {
  name: `--mi-${string}`;
  label: string;
  kind: TokenKind;
  light: string;
  dark: string;
  /** For lengths: the unit, the range and the step of the number field. */
  unit?: 'px' | 'rem';
  min?: number;
  max?: number;
  step?: number;
}

export const TOKENS: readonly TokenSpec[] = [
  { name: '--mi-color-accent', label: 'Accent', kind: 'color', light: '#4338ca', dark: '#a5b4fc' },
  { name: '--mi-color-accent-hover', label: 'Accent under the pointer', kind: 'color', light: '#3730a3', dark: '#c7d2fe' },
  { name: '--mi-color-on-accent', label: 'Text on the accent', kind: 'color', light: '#ffffff', dark: '#11132a' },
  { name: '--mi-color-text', label: 'Text', kind: 'color', light: '#161a20', dark: '#eceef1' },
  { name: '--mi-color-text-muted', label: 'Secondary text', kind: 'color', light: '#545d6b', dark: '#a3acb9' },
  { name: '--mi-color-surface', label: 'Board background', kind: 'color', light: '#ffffff', dark: '#14171c' },
  { name: '--mi-color-surface-raised', label: 'Card background', kind: 'color', light: '#ffffff', dark: '#1c2027' },
  { name: '--mi-color-border', label: 'Borders', kind: 'color', light: '#dde1e7', dark: '#2e343d' },
  { name: '--mi-radius', label: 'Corner radius', kind: 'length', light: '12px', dark: '12px', unit: 'px', min: 0, max: 32, step: 1 },
  { name: '--mi-radius-small', label: 'Small corner radius', kind: 'length', light: '8px', dark: '8px', unit: 'px', min: 0, max: 24, step: 1 },
  { name: '--mi-space', label: 'Spacing unit', kind: 'length', light: '1rem', dark: '1rem', unit: 'rem', min: 0.5, max: 2, step: 0.125 },
  {
    name: '--mi-font-family',
    label: 'Font',
    kind: 'font',
    light: "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    dark: "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
];

/** Font stacks offered for `--mi-font-family`; all are system fonts, so nothing is downloaded. */
export const FONT_STACKS: readonly { label: string; value: string }[] = [
  { label: 'System sans-serif (default)', value: TOKENS.find((t) => t.name === '--mi-font-family')!.light },
  { label: 'Humanist sans-serif', value: "-apple-system, 'Segoe UI', Roboto, Arial, sans-serif" },
  { label: 'Serif', value: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif" },
  { label: 'Rounded', value: "ui-rounded, 'Hiragino Maru Gothic ProN', Quicksand, Comfortaa, Manjari, 'Arial Rounded MT', Calibri, sans-serif" },
  { label: 'Monospace', value: "ui-monospace, 'Cascadia Code', 'Source Code Pro', Menlo, Consolas, monospace" },
];

/** A named set of token values the builder applies in one go. */
export interface Preset {
  id: string;
  label: string;
  tokens: Readonly<Record<string, string>>;
}

export const PRESETS: readonly Preset[] = [
  { id: 'default', label: 'Default', tokens: {} },
  {
    id: 'forest',
    label: 'Forest',
    tokens: {
      '--mi-color-accent': '#2f6b4f',
      '--mi-color-accent-hover': '#24533d',
      '--mi-color-surface': '#f2e6d3',
      '--mi-color-border': '#e8ddcc',
      '--mi-radius': '16px',
    },
  },
  {
    id: 'ocean',
    label: 'Ocean',
    tokens: {
      '--mi-color-accent': '#0b5cad',
      '--mi-color-accent-hover': '#084a8c',
      '--mi-color-surface': '#f3f7fb',
      '--mi-color-border': '#d3dfeb',
      '--mi-radius': '6px',
      '--mi-radius-small': '4px',
    },
  },
  {
    id: 'ember',
    label: 'Ember',
    tokens: {
      '--mi-color-accent': '#b8431f',
      '--mi-color-accent-hover': '#973617',
      '--mi-color-text': '#1e2a22',
      '--mi-color-surface': '#fbf6ee',
      '--mi-radius': '20px',
      '--mi-radius-small': '14px',
      '--mi-font-family': FONT_STACKS[2]!.value,
    },
  },
];

/** The spec of a token by name, or undefined for a name the builder does not edit. */
export function tokenSpec(name: string): TokenSpec | undefined {
  return TOKENS.find((t) => t.name === name);
}

/** Whether `value` is acceptable for the token: a #rrggbb colour, a length in its unit, a known font. */
export function isTokenValue(spec: TokenSpec, value: string): boolean {
  if (spec.kind === 'color') return /^#[0-9a-f]{6}$/i.test(value);
  if (spec.kind === 'font') return FONT_STACKS.some((f) => f.value === value);
  const match = /^(\d+(?:\.\d+)?)(px|rem)$/.exec(value);
  if (!match || match[2] !== spec.unit) return false;
  const n = Number(match[1]);
  return n >= (spec.min ?? 0) && n <= (spec.max ?? Infinity);
}
