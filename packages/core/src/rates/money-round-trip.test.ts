import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatMoney } from './format-money.js';
import { parseMoney } from './parse-money.js';

// Locales cover prefix and suffix symbols, '.', ',', space, apostrophe and Arabic separators,
// Indian grouping, and Arabic-Indic digits (ar-EG), which parseMoney reads as well.
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'es', 'en-IN', 'de-CH', 'ar', 'ar-EG'] as const;
const CURRENCIES = ['USD', 'EUR', 'JPY', 'BHD'] as const;
const DISPLAYS = ['symbol', 'narrowSymbol', 'code', 'name'] as const;
const RUNS = { seed: 20_261_120, numRuns: 400 };

describe('formatMoney → parseMoney', () => {
  it('round-trips every integer amount in every tested currency, locale and display', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 })),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...DISPLAYS),
        fc.boolean(),
        (amount, currency, locale, currencyDisplay, compact) => {
          const text = formatMoney({ amount, currency }, { locale, currencyDisplay, compact });
          assert.deepEqual(parseMoney(text, currency, { locale }), { amount, currency }, text);
        },
      ),
      RUNS,
    );
  });

  for (const locale of LOCALES) {
    for (const currency of CURRENCIES) {
      it(`round-trips edge amounts in ${currency} / ${locale}`, () => {
        for (const amount of [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 123_456, 1_000_000_000_000]) {
          const text = formatMoney({ amount, currency }, { locale });
          assert.deepEqual(parseMoney(text, currency, { locale }), { amount, currency }, text);
        }
      });
    }
  }
});
