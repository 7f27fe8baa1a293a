import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Project } from '@microintern/core';
import { apiUrl, COMPANY, storedApplications, uniqueEmail } from '../../test-support/apply-api.js';
import { announced } from '../../test-support/apply-form.js';
import { deepActiveElement, until } from '../../test-support/dom.js';
import type { MiApplyForm } from './apply-form.component.js';
import './apply-form.js';

/** What has focus, as a short name: an id, a name, a part or a grid cell. */
function focused(): string {
  const el = deepActiveElement() as HTMLElement | null;
  if (!el) return 'nothing';
  if (el.getAttribute('role') === 'gridcell') return `cell ${el.dataset['col']},${el.dataset['row']}`;
  return el.id || el.getAttribute('name') || el.getAttribute('part') || el.localName;
}

async function tab(): Promise<string> {
  await sendKeys({ press: 'Tab' });
  return focused();
}

/** A real open gig with exactly one required choice question and nothing else required. */
async function gigWithChoice(url: string): Promise<Project> {
  const answer = (await (await fetch(`${url}/v1/companies/${COMPANY}/projects?limit=50`)).json()) as { items: Project[] };
  const gig = answer.items.find((p) => p.status === 'open' && p.questions.length === 1 && p.questions[0]!.kind === 'choice' && p.questions[0]!.required);
  if (!gig) throw new Error('No open gig with a single required choice question in the seed');
  return gig;
}

describe('<mi-apply-form> from the keyboard alone', () => {
  it('fills the form, builds an availability with grid keys, submits, and announces the result', async () => {
    const url = await apiUrl();
    const gig = await gigWithChoice(url);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <mi-apply-form locale="en-US" draft="off" api=${url} company=${COMPANY} .project=${gig}></mi-apply-form>
    </div>`);
    const form = wrapper.querySelector('mi-apply-form') as MiApplyForm;
    await form.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const email = uniqueEmail('keyboard');
    const order: string[] = [];

    order.push(await tab());
    await sendKeys({ type: 'Ada Lovelace' });
    order.push(await tab());
    await sendKeys({ type: email });
    order.push(await tab());
    await sendKeys({ type: 'https://ada.example/work' });
    order.push(await tab(), await tab(), await tab());
    await sendKeys({ type: 'I like tidy spreadsheets.' });
    order.push(await tab()); // The choice question's first option
    await sendKeys({ press: 'ArrowRight' }); // Radio groups choose with arrows.
    order.push(focused());
    order.push(await tab(), await tab(), await tab(), await tab(), await tab()); // Presets, zone, then the grid

    // Saturday (last column in en-US, which starts weeks on Sunday), 09:00–12:00, from the keyboard.
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Shift+ArrowDown' });
    await sendKeys({ press: 'Shift+ArrowDown' });

    order.push(await tab());
    await sendKeys({ press: 'Space' }); // Consent
    order.push(await tab());
    expect(order).to.deep.equal([
      'f-name', 'f-email', 'f-portfolio', 'f-school', 'f-year', 'f-note', 'q0', 'q0-1',
      'preset', 'preset', 'preset', 'zone', 'cell 0,0', 'f-consent', 'submit-button',
    ].map((name) => (name === 'q0' ? 'q0-0' : name)));

    await sendKeys({ press: 'Enter' });
    await until(() => announced(form) === 'Application sent', 'success announced', 20_000);
    expect(focused()).to.equal('sent-title');
    const [stored] = await storedApplications(gig.id, email);
    expect(stored!.applicant).to.include({ name: 'Ada Lovelace', portfolioUrl: 'https://ada.example/work' });
    expect(stored!.answers).to.deep.equal({ [gig.questions[0]!.id]: gig.questions[0]!.options![1]! });
    expect(stored!.availability!.blocks).to.deep.equal([{ day: 6, start: '09:00', end: '12:00' }]);
  });
});
