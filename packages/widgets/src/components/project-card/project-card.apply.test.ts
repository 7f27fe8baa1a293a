import { expect, fixture, html } from '@open-wc/testing';
import type { Project } from '@microintern/core';
import { apiUrl, openGig, storedApplications } from '../../test-support/apply-api.js';
import { fill } from '../../test-support/apply-form.js';
import { $, until } from '../../test-support/dom.js';
import { makeProjects } from '../../test-support/projects.js';
import { RecordingSource } from '../../test-support/recording-source.js';
import type { MiApplyDialog } from '../apply-dialog/apply-dialog.component.js';
import type { MiProjectBoard } from '../project-board/project-board.component.js';
import '../project-board/project-board.js';
import type { MiProjectCard } from './project-card.component.js';
import './project-card.js';

const dialogIn = (host: Element) => host.shadowRoot!.querySelector('mi-apply-dialog') as MiApplyDialog | null;
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Answers every required question of `gig` the simplest valid way. */
function answersFor(gig: Project): Record<string, string> {
  return Object.fromEntries(gig.questions.filter((q) => q.required).map((q) => [q.id, q.kind === 'choice' ? q.options![0]! : q.kind === 'url' ? 'https://example.edu/work' : 'Yes']));
}

describe('<mi-project-card> Apply', () => {
  it('opens the apply dialog by default, sending a feed card’s application to apply-api (the reference API)', async () => {
    const [gig, url] = await Promise.all([openGig(), apiUrl()]);
    const card = await fixture<MiProjectCard>(html`<mi-project-card locale="en-US" .project=${gig} apply-api=${url}></mi-project-card>`);
    $<HTMLButtonElement>(card, '.apply').click();
    await until(() => dialogIn(card)?.open === true, 'the card’s dialog open');
    const dialog = dialogIn(card)!;
    expect(dialog.api).to.equal(url);
    expect(dialog.company, 'no company: the API files it under the gig’s own').to.equal(undefined);
    await expect(dialog).to.be.accessible();

    const email = `card-${Date.now()}@example.edu`;
    await fill(dialog.form!, { name: 'Ada Lovelace', email, answers: answersFor(gig), consent: true });
    dialog.form!.requestSubmit();
    await until(() => !!dialog.form!.shadowRoot!.querySelector('[part=success]'), 'sent', 20_000);
    expect(await storedApplications(gig.id, email)).to.have.length(1);
    dialog.close();
  });

  it('leaves the dialog shut when a listener handles the press, and inside a board lets the board open it', async () => {
    const [project] = makeProjects(1);
    const handled = await fixture<MiProjectCard>(html`<mi-project-card locale="en-US" .project=${project} apply-api="https://api.example"></mi-project-card>`);
    handled.addEventListener('mi-apply-open', (event) => event.preventDefault());
    $<HTMLButtonElement>(handled, '.apply').click();
    await tick();
    expect(dialogIn(handled)).to.equal(null);

    const board = await fixture<MiProjectBoard>(html`<mi-project-board locale="en-US" structured-data="off" .source=${new RecordingSource(makeProjects(2))}>
      <mi-project-card slot="featured" locale="en-US" .project=${project}></mi-project-card>
    </mi-project-board>`);
    const featured = board.querySelector('mi-project-card')!;
    await featured.updateComplete;
    $<HTMLButtonElement>(featured, '.apply').click();
    await until(() => dialogIn(board)?.open === true, 'the board’s dialog open');
    expect(dialogIn(featured), 'one dialog: the board’s').to.equal(null);
    dialogIn(board)!.close();
  });
});
