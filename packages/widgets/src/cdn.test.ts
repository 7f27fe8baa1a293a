import { expect } from '@open-wc/testing';
import { until } from './test-support/dom.js';

interface ProbedWindow extends Window {
  __violations: string[];
  __errors: string[];
  __zod_globalConfig?: { jitless?: boolean };
}

// dist/cdn is built by scripts/wtr.mjs before the tests run.
const fixture = (name: string) => new URL(`../test/fixtures/${name}`, import.meta.url).href;

async function openFrame(page: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = page;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as ProbedWindow };
}

async function openBarePage(page: string): Promise<{ frame: HTMLIFrameElement; win: ProbedWindow; board: HTMLElement }> {
  const { frame, win } = await openFrame(page);
  const board = frame.contentDocument!.querySelector('mi-project-board') as HTMLElement;
  await until(() => (board.shadowRoot?.querySelectorAll('article.card').length ?? 0) === 4, 'the board renders four cards');
  return { frame, win, board };
}

/** The JavaScript files the page loaded, by path. */
function scriptsOf(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
}

describe('dist/cdn bundles', () => {
  it('mi-widgets.js renders a board on a bare page under a strict CSP, with no violation and no error, next to a second copy', async () => {
    const { frame, win, board } = await openBarePage(fixture('cdn.html'));
    try {
      const root = board.shadowRoot!;
      expect(root.querySelector('.count')!.textContent).to.equal('16 projects');
      expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(getComputedStyle(root.querySelector('.apply')!).backgroundColor).to.equal('rgb(67, 56, 202)');
      // The popover code ships inside the one file: opening it exercises the positioning under the CSP.
      root.querySelector<HTMLElement>('.pay')!.click();
      await until(() => root.querySelector('.popover[data-placement]') !== null, 'popover positioned');
      await until(() => board.querySelectorAll('script[type="application/ld+json"]').length === 4, 'JSON-LD written');
      // No eval anywhere: a `new Function` (zod's JIT or its probe) would be reported here.
      expect(win.__violations).to.deep.equal([]);
      expect(win.__zod_globalConfig?.jitless).to.equal(true);
      expect(win.__errors).to.deep.equal([]);
      const scripts = scriptsOf(win);
      expect(scripts).to.include.members(['/packages/widgets/dist/cdn/mi-widgets.js', '/packages/widgets/dist/cdn/mi-project-board.js']);
      // The dev server adds its own socket script to every HTML page it serves; nothing else may load.
      expect(scripts.filter((p) => !p.includes('/dist/cdn/') && !p.endsWith('/cdn-probe.js') && !p.startsWith('/__web-dev-server'))).to.deep.equal([]);
      expect(win.customElements.get('mi-project-card')).to.not.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('under enforced Trusted Types writes its JSON-LD through the microintern-json-ld policy the page allows', async () => {
    const { frame, win, board } = await openBarePage(fixture('cdn-trusted-types-allowed.html'));
    try {
      await until(() => board.querySelectorAll('script[type="application/ld+json"]').length === 4, 'JSON-LD written');
      expect(JSON.parse(board.querySelector('script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('JobPosting');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('under enforced Trusted Types without its policy still shows the board, writing no JSON-LD and throwing nothing', async () => {
    const { frame, win, board } = await openBarePage(fixture('cdn-trusted-types-refused.html'));
    try {
      // The refused policy is reported by the browser; give the idle-time writer its chance.
      await until(() => win.__violations.some((v) => v.startsWith('trusted-types')), 'the refused policy is reported');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(board.querySelectorAll('script[type="application/ld+json"]').length).to.equal(0);
      expect(board.shadowRoot!.querySelectorAll('article.card').length).to.equal(4);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('under enforced Trusted Types without its policy, two boards and a second page of cards cause one violation report in all', async () => {
    const { frame, win } = await openFrame(fixture('cdn-trusted-types-refused-boards.html'));
    try {
      const [first, second] = [...frame.contentDocument!.querySelectorAll('mi-project-board')] as HTMLElement[];
      const cards = (board: HTMLElement) => board.shadowRoot?.querySelectorAll('article.card').length ?? 0;
      await until(() => cards(first!) === 10 && cards(second!) === 6, 'both boards render their first page');
      // The writer runs in an idle callback once its chunk is in; idle callbacks run in the order
      // they were asked for, so two more rounds of them here come after it, and the reports the
      // browser queues as tasks in between are in by then.
      const settled = async () => {
        await until(() => scriptsOf(win).some((p) => p.includes('/chunks/load-json-ld')), 'the JSON-LD writer loaded');
        for (let round = 0; round < 2; round++) {
          await new Promise((resolve) => win.requestIdleCallback(resolve, { timeout: 2000 }));
          await new Promise((resolve) => win.setTimeout(resolve, 0));
        }
      };
      await settled();
      first!.shadowRoot!.querySelector<HTMLElement>('[part="load-more"]')!.click();
      await until(() => cards(first!) === 16, 'Load more adds the rest of the feed');
      await settled();
      expect(win.__violations.map((v) => v.split(' ')[0])).to.deep.equal(['trusted-types']);
      expect(frame.contentDocument!.querySelectorAll('script[type="application/ld+json"]').length).to.equal(0);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('mi-project-board.js loads its feed reader, popover and JSON-LD chunks only when needed', async () => {
    const { frame, win, board } = await openBarePage(fixture('cdn-board.html'));
    try {
      const chunks = () => scriptsOf(win).filter((p) => p.includes('/dist/cdn/chunks/')).map((p) => p.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''));
      expect(chunks()).to.include('load-feed');
      expect(chunks()).not.to.include('load-client');
      expect(chunks()).not.to.include('place-popover');
      const root = board.shadowRoot!;
      root.querySelector<HTMLElement>('.pay')!.click();
      await until(() => root.querySelector('.popover[data-placement]') !== null, 'popover positioned');
      expect(chunks()).to.include('place-popover');
      await until(() => board.querySelectorAll('script[type="application/ld+json"]').length === 4, 'JSON-LD written');
      expect(chunks()).to.include('load-json-ld');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
