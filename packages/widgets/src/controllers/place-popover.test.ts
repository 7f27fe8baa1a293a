import { expect } from '@open-wc/testing';
import { until } from '../test-support/dom.js';
import { computePopoverPosition, placePopover, trackPopover, type PositionOptions } from './place-popover.js';

const viewport = { x: 0, y: 0, width: 1000, height: 800 };
const popover = { x: 0, y: 0, width: 200, height: 100 };
const at = (x: number, y: number) => ({ x, y, width: 40, height: 20 });
const options = (more: Partial<PositionOptions> = {}): PositionOptions => ({ placement: 'bottom-start', distance: 6, padding: 8, rtl: false, ...more });

describe('computePopoverPosition', () => {
  it('puts the popover on the requested side, aligned as asked', () => {
    expect(computePopoverPosition(at(100, 100), popover, viewport, options())).to.deep.equal({ x: 100, y: 126, placement: 'bottom-start' });
    expect(computePopoverPosition(at(300, 100), popover, viewport, options({ placement: 'bottom-end' }))).to.deep.equal({ x: 140, y: 126, placement: 'bottom-end' });
    expect(computePopoverPosition(at(300, 100), popover, viewport, options({ placement: 'bottom' }))).to.deep.equal({ x: 220, y: 126, placement: 'bottom' });
    expect(computePopoverPosition(at(300, 300), popover, viewport, options({ placement: 'top-start' }))).to.deep.equal({ x: 300, y: 194, placement: 'top-start' });
    expect(computePopoverPosition(at(300, 300), popover, viewport, options({ placement: 'right' }))).to.deep.equal({ x: 346, y: 260, placement: 'right' });
    expect(computePopoverPosition(at(300, 300), popover, viewport, options({ placement: 'left-end' }))).to.deep.equal({ x: 94, y: 220, placement: 'left-end' });
  });

  it('flips to the opposite side when the requested one has no room and the other has more', () => {
    expect(computePopoverPosition(at(100, 700), popover, viewport, options())).to.deep.equal({ x: 100, y: 594, placement: 'top-start' });
    expect(computePopoverPosition(at(100, 40), popover, viewport, options({ placement: 'top-start' }))).to.deep.equal({ x: 100, y: 66, placement: 'bottom-start' });
    expect(computePopoverPosition(at(900, 300), popover, viewport, options({ placement: 'right' })).placement).to.equal('left');
  });

  it('stays on the requested side when neither fits but it has the more room', () => {
    const tall = { ...popover, height: 500 };
    expect(computePopoverPosition(at(100, 390), tall, viewport, options()).placement).to.equal('bottom-start');
    expect(computePopoverPosition(at(100, 420), tall, viewport, options()).placement).to.equal('top-start');
  });

  it('shifts along the anchor to keep the padding from the viewport edges', () => {
    expect(computePopoverPosition(at(950, 100), popover, viewport, options()).x).to.equal(792);
    expect(computePopoverPosition(at(2, 100), popover, viewport, options({ placement: 'bottom-end' })).x).to.equal(8);
    const wide = { ...popover, width: 1200 };
    expect(computePopoverPosition(at(500, 100), wide, viewport, options()).x, 'wider than the viewport: pinned to the start').to.equal(8);
  });

  it('aligns start with the right edge in a right-to-left context', () => {
    expect(computePopoverPosition(at(300, 100), popover, viewport, options({ rtl: true })).x).to.equal(140);
    expect(computePopoverPosition(at(300, 100), popover, viewport, options({ rtl: true, placement: 'bottom-end' })).x).to.equal(300);
  });
});

describe('placePopover and trackPopover', () => {
  let container: HTMLElement;
  afterEach(() => container.remove());

  function setUp(transformed: boolean) {
    container = document.createElement('div');
    // CSSOM rather than style attributes, like the elements themselves.
    Object.assign(container.style, { position: 'absolute', left: '50px', top: '60px', width: '300px', height: '300px' });
    if (transformed) container.style.transform = 'translate(30px, 40px)';
    const anchor = document.createElement('button');
    anchor.textContent = 'anchor';
    Object.assign(anchor.style, { position: 'absolute', left: '20px', top: '30px', width: '40px', height: '20px' });
    const floating = document.createElement('div');
    Object.assign(floating.style, { position: 'fixed', width: '120px', height: '50px' });
    container.append(anchor, floating);
    document.body.append(container);
    return { anchor, floating };
  }

  for (const transformed of [false, true]) {
    it(`puts a fixed popover under its anchor${transformed ? ' inside a transformed ancestor (its containing block)' : ''}`, () => {
      const { anchor, floating } = setUp(transformed);
      expect(placePopover(anchor, floating, { placement: 'bottom-start', distance: 6, padding: 8 })).to.equal('bottom-start');
      const a = anchor.getBoundingClientRect();
      const f = floating.getBoundingClientRect();
      expect(Math.round(f.left)).to.equal(Math.round(a.left));
      expect(Math.round(f.top)).to.equal(Math.round(a.bottom + 6));
      expect(floating.dataset['placement']).to.equal('bottom-start');
    });
  }

  it('places again when the anchor moves, and not after the tracking stops', async () => {
    const { anchor, floating } = setUp(false);
    let calls = 0;
    const stop = trackPopover(anchor, floating, () => {
      calls++;
      placePopover(anchor, floating, { placement: 'bottom-start', distance: 6, padding: 8 });
    });
    await until(() => calls > 0, 'placed once the observers report');
    const before = calls;
    anchor.style.width = '80px';
    await until(() => calls > before, 'a resize of the anchor places it again');
    const scrolled = calls;
    document.dispatchEvent(new Event('scroll'));
    await until(() => calls > scrolled, 'a scroll places it again');
    stop();
    const stopped = calls;
    anchor.style.width = '60px';
    window.dispatchEvent(new Event('resize'));
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(calls, 'nothing after stop').to.equal(stopped);
  });
});
