import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { weekendGig } from '../../test-support/apply-fixtures.js';
import { fill, ScriptedClient, validFill } from '../../test-support/apply-form.js';
import { $, deepActiveElement, until } from '../../test-support/dom.js';
import type { MiApplyDialog } from './apply-dialog.component.js';
import './apply-dialog.js';

async function standalone() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="opener">Apply</button>
    <mi-apply-dialog locale="en-US" draft="session"></mi-apply-dialog>
  </div>`);
  const dialog = wrapper.querySelector('mi-apply-dialog') as MiApplyDialog;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  dialog.client = new ScriptedClient();
  opener.addEventListener('click', () => void dialog.show(weekendGig()));
  // A real press focuses the button it presses; `click()` alone does not.
  const press = () => {
    opener.focus();
    opener.click();
  };
  return { dialog, opener, press };
}

const native = (dialog: MiApplyDialog) => $<HTMLDialogElement>(dialog, 'dialog');
const insideDialog = (el: Element | null, dialog: MiApplyDialog) => {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) if (node === native(dialog)) return true;
  return false;
};

describe('<mi-apply-dialog>', () => {
  beforeEach(() => sessionStorage.clear());

  it('opens as a modal with focus on the first field, and is accessible', async () => {
    const { dialog, opener } = await standalone();
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => dialog.open, 'open');
    expect(native(dialog).matches(':modal')).to.equal(true);
    expect($(dialog, '#title').textContent).to.equal('Apply to Clean up our customer survey data');
    expect(native(dialog).getAttribute('aria-labelledby')).to.equal('title');
    await until(() => (deepActiveElement() as HTMLElement | null)?.id === 'f-name', 'focus on the name field');
    await expect(dialog).to.be.accessible();
  });

  it('keeps Tab inside the dialog while it is open', async () => {
    const { dialog, press } = await standalone();
    press();
    await until(() => dialog.open, 'open');
    const outside: string[] = [];
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      // Past the last control the browser may hand focus to its own UI (no element) before coming back.
      if (active && active !== document.body && !insideDialog(active, dialog)) outside.push(active.outerHTML.slice(0, 60));
    }
    expect(outside).to.deep.equal([]);
  });

  it('closes on Escape, returns focus to the opener, and keeps the draft for next time', async () => {
    const { dialog, opener } = await standalone();
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => (deepActiveElement() as HTMLElement | null)?.id === 'f-name', 'focus on the name field');
    await sendKeys({ type: 'Ada' });
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed');
    expect(native(dialog).open).to.equal(false);
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);

    await sendKeys({ press: 'Enter' });
    await until(() => dialog.open, 'open again');
    expect($<HTMLInputElement>(dialog.form!, '#f-name').value).to.equal('Ada');
  });

  it('closes with its close button and with Done after sending', async () => {
    const { dialog, opener, press } = await standalone();
    press();
    await until(() => dialog.open, 'open');
    $<HTMLButtonElement>(dialog, '[part=close-button]').click();
    await until(() => !dialog.open, 'closed by the button');
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);

    press();
    await until(() => dialog.open, 'open again');
    await fill(dialog.form!, validFill());
    dialog.form!.requestSubmit();
    await until(() => !!dialog.form!.shadowRoot!.querySelector('[part=success]'), 'sent');
    const done = $<HTMLButtonElement>(dialog, '[part=done-button]');
    expect(done.assignedSlot?.name).to.equal('success-actions');
    await expect(dialog).to.be.accessible();
    done.click();
    await until(() => !dialog.open, 'closed by Done');
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });
});
