import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { boardOver, cards } from '../../test-support/board.js';
import { $, deepActiveElement, until } from '../../test-support/dom.js';
import { makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import type { MiProjectBoard } from '../project-board/project-board.component.js';
import type { MiApplyDialog } from './apply-dialog.component.js';

// No static import of the dialog here: the board must load it on the first Apply press.

const dialogOf = (board: MiProjectBoard) => board.shadowRoot!.querySelector('mi-apply-dialog') as MiApplyDialog | null;
const applyButton = (board: MiProjectBoard, index: number) => cards(board)[index]!.querySelector<HTMLButtonElement>('.apply')!;

describe('<mi-project-board> Apply buttons', () => {
  it('load the apply dialog on the first press, open it for that gig, and return focus on Escape', async () => {
    const projects = makeProjects(3);
    const { board } = await boardOver(new RecordingSource(projects));
    expect(customElements.get('mi-apply-dialog'), 'not loaded before the first press').to.equal(undefined);

    const button = applyButton(board, 1);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOf(board)?.open === true, 'dialog open');
    const dialog = dialogOf(board)!;
    expect($(dialog, '#title').textContent).to.equal(`Apply to ${projects[1]!.title}`);
    expect($<HTMLDialogElement>(dialog, 'dialog').matches(':modal')).to.equal(true);
    await until(() => (deepActiveElement() as HTMLElement | null)?.id === 'f-name', 'focus in the form');
    await expect(dialog).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed');
    expect(deepActiveElement() === button, 'focus back on the Apply button that opened it').to.equal(true);

    // Another card reuses the same dialog, with its own gig.
    const other = applyButton(board, 2);
    other.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialogOf(board)?.open === true && $(dialog, '#title').textContent === `Apply to ${projects[2]!.title}`, 'open for the third gig');
    expect(board.shadowRoot!.querySelectorAll('mi-apply-dialog')).to.have.length(1);
    dialog.close();
    await until(() => !dialog.open, 'closed again');
    expect(deepActiveElement() === other, 'focus back on the second Apply button').to.equal(true);
  });

  it('send to the board’s api and company, or to apply-api when the board reads a feed', async () => {
    const fromApi = (await boardOver(new RecordingSource(makeProjects(1)), { api: 'https://api.example', company: 'acme', 'apply-api': 'https://other.example' })).board;
    applyButton(fromApi, 0).click();
    await until(() => dialogOf(fromApi)?.open === true, 'open');
    expect([dialogOf(fromApi)!.api, dialogOf(fromApi)!.company]).to.deep.equal(['https://api.example', 'acme']);
    dialogOf(fromApi)!.close();

    const fromFeed = (await boardOver(new RecordingSource(makeProjects(1)), { 'apply-api': 'https://api.example' })).board;
    applyButton(fromFeed, 0).click();
    await until(() => dialogOf(fromFeed)?.open === true, 'open');
    expect([dialogOf(fromFeed)!.api, dialogOf(fromFeed)!.company]).to.deep.equal(['https://api.example', undefined]);
    dialogOf(fromFeed)!.close();
  });

  it('leave the dialog shut when the host handles mi-apply-open itself', async () => {
    const handled = (await boardOver(new RecordingSource(makeProjects(2)))).board;
    const plain = (await boardOver(new RecordingSource(makeProjects(2)))).board;
    let seen = 0;
    handled.addEventListener('mi-apply-open', (event) => {
      seen++;
      event.preventDefault();
    });
    applyButton(handled, 0).click();
    expect(seen).to.equal(1);
    // A press on a second board opens its dialog; by then the first board would have opened its own too.
    applyButton(plain, 0).focus();
    applyButton(plain, 0).click();
    await until(() => dialogOf(plain)?.open === true, 'the other board’s dialog open');
    expect(dialogOf(handled) === null, 'no dialog in the board whose host handled the event').to.equal(true);
    dialogOf(plain)!.close();
  });
});
