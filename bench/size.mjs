#!/usr/bin/env node
// Bundle size of @microintern/widgets, min+gzip (gzip -9), as a page downloads it:
//
//   mi-widgets.js            the one-tag bundle with every element (self-contained)
//   board first load         dist/cdn/mi-project-board.js and the chunks it imports statically:
//                            what a page showing only a board fetches before the board renders
//   + feed / + api           the same plus the lazily loaded source chunk the board needs before
//                            its cards can show (a static feed, or the API client)
//   each element's own code  the element's modules minified with every dependency left out
//                            (lit, @lit/*, @microintern/core, floating-ui)
//
// Budgets (issue 4): board first load ≤ 35 KB, everything ≤ 45 KB. The numbers are printed with
// the budgets; `--check` also exits 1 when one is over. Run: node bench/size.mjs [--check] [--json]
import { join } from 'node:path';
import { buildCdn, cdn, closure, KB, lazyChunk, measure, ownCode } from './bundle-bytes.mjs';

const BUDGETS = { board: 35 * KB, all: 45 * KB };
const args = new Set(process.argv.slice(2));

buildCdn();

const boardFirst = closure(join(cdn, 'mi-project-board.js'));
const rows = {
  'mi-widgets.js (everything)': measure([join(cdn, 'mi-widgets.js')]),
  'board first load': measure(boardFirst),
  'board first load + feed source': measure(closure(lazyChunk('load-feed'), new Set(boardFirst))),
  'board first load + API client': measure(closure(lazyChunk('load-client'), new Set(boardFirst))),
};

// Each element's own code: its modules only, dependencies external.
const own = {
  // The apply dialog it opens is a lazy chunk of its own, counted below and in bench/apply.mjs.
  '<mi-project-card> own code': ['src/components/project-card/project-card.ts', ['../apply-dialog/open-apply-dialog.js']],
  // The apply dialog it opens is a lazy chunk of its own, counted below and in bench/apply.mjs.
  '<mi-project-board> own code (card template included)': ['src/components/project-board/project-board.ts', ['../project-card/project-card.js', '../apply-dialog/open-apply-dialog.js']],
  '<mi-availability-picker> own code': ['src/components/availability-picker/availability-picker.ts', []],
  '<mi-apply-form> own code (picker left out)': ['src/components/apply-form/apply-form.ts', ['../availability-picker/availability-picker.js']],
  '<mi-apply-dialog> own code (form left out)': ['src/components/apply-dialog/apply-dialog.ts', ['../apply-form/apply-form.js']],
};
for (const [name, [entry, more]] of Object.entries(own)) rows[name] = await ownCode(entry, more);

const over = [];
if (rows['board first load + API client'].gzip > BUDGETS.board) over.push('board first load (with the API client)');
if (rows['board first load + feed source'].gzip > BUDGETS.board) over.push('board first load (with the feed reader)');
if (rows['mi-widgets.js (everything)'].gzip > BUDGETS.all) over.push('mi-widgets.js');

if (args.has('--json')) {
  console.log(JSON.stringify({ rows, budgets: BUDGETS, over }, null, 2));
} else {
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log('bundle'.padEnd(56), 'files'.padStart(5), 'min'.padStart(10), 'min+gzip'.padStart(10));
  for (const [name, r] of Object.entries(rows)) console.log(name.padEnd(56), String(r.files).padStart(5), kb(r.min).padStart(10), kb(r.gzip).padStart(10));
  console.log(`\nbudgets: board first load ≤ ${kb(BUDGETS.board)}, everything ≤ ${kb(BUDGETS.all)}`);
  console.log(over.length ? `OVER BUDGET: ${over.join(', ')}` : 'within budget');
}
process.exit(over.length && args.has('--check') ? 1 : 0);
