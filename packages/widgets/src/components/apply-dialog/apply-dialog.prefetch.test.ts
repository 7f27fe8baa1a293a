import { expect } from '@open-wc/testing';
import { boardOver, cards } from '../../test-support/board.js';
import { until } from '../../test-support/dom.js';
import { makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';

// A file of its own: the dialog's module, once loaded, stays loaded for the page.

const point = (element: Element) => element.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));

describe('<mi-project-board> prefetching the apply dialog', () => {
  it('is accessible, and starts loading the dialog when a pointer rests on an Apply button, without opening it', async () => {
    const { board } = await boardOver(new RecordingSource(makeProjects(2)));
    await expect(board).to.be.accessible();
    const card = cards(board)[0]!;

    point(card.querySelector('.title-button')!);
    point(card.querySelector('.summary')!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('mi-apply-dialog'), 'pointing elsewhere on a card loads nothing').to.equal(undefined);

    point(card.querySelector('.apply')!);
    await until(() => customElements.get('mi-apply-dialog') !== undefined, 'dialog code loaded');
    expect(board.shadowRoot!.querySelector('mi-apply-dialog'), 'no dialog opened').to.equal(null);
  });
});
