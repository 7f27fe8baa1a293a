import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createFeedSource, type Project } from '@microintern/core';
import { $, $$, until } from '../../test-support/dom.js';
import { boardOver, cards, loadedBoard, titles } from '../../test-support/board.js';
import { makeProject, makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import type { MiInvalidItemsEvent } from '../../events/mi-invalid-items.js';
import type { MiProjectCard } from '../project-card/project-card.component.js';
import '../project-card/project-card.js';
import './project-board.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

// From the OWASP XSS filter evasion cheat sheet, each trying to set window.__xss.
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  "'><svg onload=window.__xss=3>",
  '</script><script>window.__xss=4</script>',
  '<iframe src="javascript:window.parent.__xss=5"></iframe>',
  'javascript:window.__xss=6',
  '<a href="javascript:window.__xss=7">click</a>',
  '{{constructor.constructor("window.__xss=8")()}}',
];
const BAD_URLS = ['javascript:window.__xss=9', 'JaVaScRiPt:window.__xss=10', 'data:text/html,<script>window.__xss=11</script>', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>'];

function hostile(n: number): Project {
  const payload = PAYLOADS[n % PAYLOADS.length]!;
  const url = BAD_URLS[n % BAD_URLS.length]!;
  return makeProject(n, {
    title: `${payload} title`,
    summary: `${payload} summary`,
    description: `${payload} description\n\n${payload}`,
    skills: [payload, `${payload}2`],
    company: { id: 'c_evil', slug: 'evil', name: `${payload} Inc`, logoUrl: url, website: url },
  });
}

/** Every href/src/srcdoc/action in a shadow root, plus any element a payload could have made. */
function audit(root: ShadowRoot | Element) {
  const elements = [...root.querySelectorAll('*')];
  const urls = elements.flatMap((el) => ['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null));
  const injected = elements.filter((el) => ['script', 'iframe', 'object', 'embed'].includes(el.localName) || (el.localName === 'img' && !el.classList.contains('logo')) || [...el.attributes].some((a) => a.name.startsWith('on')));
  return { urls, injected };
}

describe('<mi-project-board> with hostile data', () => {
  afterEach(() => {
    delete window.__xss;
  });

  it('renders OWASP payloads in every text field as inert text, and never puts a javascript:/data: URL in href or src', async () => {
    const projects = Array.from({ length: 12 }, (_, i) => hostile(i));
    // Unvalidated on purpose: a source that passes anything through is the worst case.
    const { board } = await boardOver(new RecordingSource(projects));
    $$(board, '.title-button').forEach((b) => b.click());
    await board.updateComplete;
    expect(titles(board)).to.deep.equal(projects.map((p) => p.title));
    const first = cards(board)[0]!;
    expect(first.querySelector('.summary')!.textContent).to.equal(projects[0]!.summary);
    expect(first.querySelector('.company')!.textContent!.trim()).to.equal(projects[0]!.company.name);
    expect([...first.querySelectorAll('.skills li')].map((li) => li.textContent)).to.deep.equal(projects[0]!.skills);
    expect(first.querySelectorAll('.description p')).to.have.length(2);
    const { urls, injected } = audit(board.shadowRoot!);
    expect(injected.map((el) => el.outerHTML)).to.deep.equal([]);
    expect(urls.filter((u) => !/^https?:/i.test(u) && !u.startsWith('#'))).to.deep.equal([]);
    expect($$(board, '.logo').every((l) => l.localName === 'span')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.__xss).to.equal(undefined);
  });

  it('keeps a standalone card inert too, with the pay popover open', async () => {
    const project = hostile(1);
    const card = await fixture<MiProjectCard>(html`<mi-project-card .project=${project}></mi-project-card>`);
    $(card, '.pay').click();
    await until(() => $$(card, '.popover').length === 1, 'popover');
    const { urls, injected } = audit(card.shadowRoot!);
    expect(injected).to.have.length(0);
    expect(urls.every((u) => /^https?:/i.test(u))).to.equal(true);
    expect($(card, '.title').textContent!.trim()).to.equal(project.title);
    expect(window.__xss).to.equal(undefined);
  });

  it('writes hostile titles into JSON-LD without ending the script element', async () => {
    const feed = createFeedSource({ version: 1, projects: [makeProject(0, { title: '</script><script>window.__xss=12</script>' })] });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const board = document.createElement('mi-project-board');
    board.source = feed;
    container.append(board);
    await until(() => board.querySelectorAll('script').length === 1, 'posting written');
    const script = board.querySelector('script')!;
    expect(script.textContent).not.to.contain('</script');
    expect((JSON.parse(script.textContent!) as { title: string }).title).to.equal('</script><script>window.__xss=12</script>');
    expect(board.querySelectorAll('script')).to.have.length(1);
    expect(window.__xss).to.equal(undefined);
  });

  it('shows every gig of a hostile feed whose logos and websites are javascript:/data: URLs, with a monogram and no link, and reports each dropped field as a warning', async () => {
    // Skills of at most 40 characters: this feed is validated, and only its URLs are at fault.
    const projects = Array.from({ length: 12 }, (_, i) => ({ ...hostile(i), skills: ['research'] }));
    const invalid = new Promise<MiInvalidItemsEvent['detail']>((resolve) => document.addEventListener('mi-invalid-items', (e) => resolve(e.detail), { once: true }));
    const { board } = await loadedBoard((b) => {
      b.source = createFeedSource({ version: 1, projects });
      b.pageSize = 20;
    });
    expect(titles(board)).to.deep.equal(projects.map((p) => p.title));
    expect($$(board, '.logo').map((l) => l.localName)).to.deep.equal(projects.map(() => 'span'));
    expect($$(board, '.company a')).to.have.length(0);
    const { urls, injected } = audit(board.shadowRoot!);
    expect(injected).to.have.length(0);
    expect(urls.filter((u) => !/^https?:/i.test(u) && !u.startsWith('#'))).to.deep.equal([]);
    const { skipped } = await invalid;
    expect(skipped.map((s) => [s.index, s.severity, s.issues.map((i) => i.path).sort()])).to.deep.equal(projects.map((_, i) => [i, 'warning', ['company.logoUrl', 'company.website']]));
    expect(window.__xss).to.equal(undefined);
  });

  it('shows the valid projects of a 1,000-item feed with 5% invalid and reports the invalid ones', async function () {
    const raw: unknown[] = makeProjects(1000).map((p, i) => {
      if (i % 20 !== 7) return p;
      const broken = [{ ...p, title: '' }, { ...p, company: { ...p.company, website: 'javascript:alert(1)' } }, { ...p, category: 'astrology' }, { ...p, compensation: { kind: 'hourly', min: { amount: -5, currency: 'USD' } } }, { ...p, id: undefined }];
      return broken[(i / 20) % broken.length | 0];
    });
    const feed = createFeedSource({ version: 1, projects: raw } as never);
    const invalid = new Promise<MiInvalidItemsEvent['detail']>((resolve) => document.addEventListener('mi-invalid-items', (e) => resolve(e.detail), { once: true }));
    const { board, load } = await loadedBoard((b) => {
      b.source = feed;
      b.pageSize = 100;
    });
    const { skipped } = await invalid;
    expect(skipped).to.have.length(50);
    expect(skipped.map((s) => s.index)).to.deep.equal(Array.from({ length: 50 }, (_, k) => k * 20 + 7));
    // The ten whose only fault is an unsafe website are shown without it, reported as warnings.
    expect(skipped.filter((s) => s.severity === 'warning').map((s) => s.index)).to.deep.equal(Array.from({ length: 10 }, (_, k) => k * 100 + 27));
    expect(load.detail.total).to.equal(960);
    while ($$(board, '[part=load-more]').length) {
      const more = oneEvent(board, 'mi-load');
      $<HTMLButtonElement>(board, '[part=load-more]').click();
      await more;
      await board.updateComplete;
    }
    expect(cards(board)).to.have.length(960);
    expect(new Set(titles(board)).size).to.equal(960);
    expect(audit(board.shadowRoot!).urls.some((u) => u.startsWith('javascript:'))).to.equal(false);
  });
});
