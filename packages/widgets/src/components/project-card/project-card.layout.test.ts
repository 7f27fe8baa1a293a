import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Compensation, Project } from '@microintern/core';
import { $, $$ } from '../../test-support/dom.js';
import { makeProject } from '../../test-support/projects.js';
import type { MiProjectCard } from './project-card.component.js';
import './project-card.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const FIXED: Compensation = { kind: 'fixed', amount: usd(17500) };
const RANGE: Compensation = { kind: 'hourly', min: usd(1800), max: usd(2250) };

/** The boxes of what a reader sees of `node`, one a line: its text, not the cell it sits in. */
function inkBoxes(node: Node): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** The pay figure's own text (the button also holds a visually hidden phrase and the icon). */
function payText(el: MiProjectCard): Node {
  const text = [...$(el, '.pay').childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
  if (!text) throw new Error('the pay button has no text');
  return text;
}

const intersect = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
const show = (r: DOMRect): string => `[${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}]`;

async function card(project: Project, locale: string, currencyDisplay: string, width?: string): Promise<MiProjectCard> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${width ? `width: ${width}` : ''}>
    <mi-project-card locale=${locale} currency-display=${currencyDisplay} theme="light" .project=${project}></mi-project-card>
  </div>`);
  const el = wrapper.querySelector('mi-project-card') as MiProjectCard;
  await el.updateComplete;
  await document.fonts.ready;
  return el;
}

/** Every pair of fact values (and the pay's info button) is drawn apart, inside the facts row. */
function overlaps(el: MiProjectCard): string[] {
  const facts = $(el, '.facts').getBoundingClientRect();
  const [, effort, window] = $$(el, '.facts dd');
  const values: [string, DOMRect[]][] = [
    [`pay "${payText(el).textContent?.trim()}"`, inkBoxes(payText(el))],
    ['info button', [$(el, '.pay .info').getBoundingClientRect()]],
    [`effort "${effort!.textContent?.trim()}"`, inkBoxes(effort!)],
    [`time to finish "${window!.textContent?.trim()}"`, inkBoxes(window!)],
  ];
  const problems: string[] = [];
  values.forEach(([name, boxes], i) => {
    if (!boxes.length) problems.push(`${name} is not drawn`);
    for (const box of boxes) {
      if (!inside(box, facts)) problems.push(`${name} ${show(box)} leaves the facts row ${show(facts)}`);
      for (const [other, otherBoxes] of values.slice(i + 1)) {
        for (const otherBox of otherBoxes) if (intersect(box, otherBox)) problems.push(`${name} ${show(box)} overlaps ${other} ${show(otherBox)}`);
      }
    }
  });
  return problems;
}

describe('<mi-project-card> facts row', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('on a 390 px phone, in Spanish, keeps a fixed fee and an hourly range clear of the effort', async () => {
    await setViewport({ width: 390, height: 844 });
    for (const compensation of [FIXED, RANGE]) {
      const el = await card(makeProject(0, { compensation, effort: { min: 7, max: 9 }, window: 'P2W' }), 'es-MX', 'symbol');
      expect($(el, '.pay').textContent).to.match(compensation.kind === 'fixed' ? /USD\s175\sfijo/ : /USD\s18\.00–22\.50\/h/);
      expect(overlaps(el)).to.deep.equal([]);
    }
  });

  it('fits the longest value of every catalog language and currency display, on a phone and in the narrowest board column', async () => {
    const problems: string[] = [];
    for (const [viewport, width] of [[390, undefined], [1100, '19rem']] as const) {
      await setViewport({ width: viewport, height: 900 });
      for (const locale of ['en-US', 'es-MX', 'es-ES']) {
        for (const display of ['symbol', 'narrowSymbol', 'code', 'name']) {
          for (const compensation of [FIXED, RANGE, { kind: 'fixed', amount: usd(1250000) } as Compensation]) {
            const el = await card(makeProject(0, { compensation, effort: { min: 35, max: 40 }, window: 'P10D' }), locale, display, width);
            problems.push(...overlaps(el).map((p) => `${viewport} px, ${locale}, ${display}: ${p}`));
          }
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
