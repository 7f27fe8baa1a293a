import { expect } from '@open-wc/testing';
import type { ApplicationReceipt, SubmitInput } from '@microintern/core';
import { applyEn, applyEs, MiApplyErrorEvent, MiApplyForm, MiApplySubmitEvent, MiApplySuccessEvent, type ApplyClient } from '@microintern/widgets';
import type { ReactNode } from 'react';
import { ApplyForm } from './index.js';
import { find, interact, mount, unmountAll } from './test-support/mount.js';
import { makeProject } from './test-support/projects.js';
import { shadow, until } from './test-support/until.js';

const receipt: ApplicationReceipt = { id: 'a_1', projectId: 'p_1', status: 'received', submittedAt: '2026-05-02T10:00:00.000Z' };

/** A client that records what it was asked to send and answers with `answer`. */
function recordingClient(answer: () => Promise<ApplicationReceipt>) {
  const sent: Array<{ projectId: string; input: SubmitInput }> = [];
  const client: ApplyClient = {
    applications: {
      submit: (projectId, input) => {
        sent.push({ projectId, input });
        return answer();
      },
    },
  };
  return { client, sent };
}

async function mountForm(node: ReactNode) {
  const mounted = await mount(node);
  const el = find<MiApplyForm>(mounted.container, 'mi-apply-form');
  await el.updateComplete;
  return { ...mounted, el };
}

/** Fills the form as a person would have, then presses Send. */
async function fillAndSend(el: MiApplyForm) {
  el.value = { ...el.value, name: 'Ada Lovelace', email: 'ada@example.edu', consent: true };
  await el.updateComplete;
  await interact(() => shadow<HTMLButtonElement>(el, '[part~="submit-button"]').click());
}

describe('<ApplyForm>', () => {
  afterEach(unmountAll);

  it('is accessible', async () => {
    const { el } = await mountForm(<ApplyForm project={makeProject(1)} draft="off" locale="en-US" />);
    await expect(el).to.be.accessible();
  });

  it('passes project, client and presentation props to the element', async () => {
    const project = makeProject(1);
    const { client } = recordingClient(async () => receipt);
    const { el } = await mountForm(<ApplyForm project={project} client={client} draft="off" hideTitle locale="es" />);
    expect(el.project).to.equal(project);
    expect(el.client).to.equal(client);
    expect(el.draft).to.equal('off');
    expect(el.hideTitle).to.equal(true);
    expect(el.shadowRoot?.querySelector('[part~="title"]')).to.equal(null);
    expect(applyEs.submit).to.not.equal(applyEn.submit);
    expect(shadow(el, '[part~="submit-button"]').textContent?.trim()).to.equal(applyEs.submit);
  });

  it('calls onApplySubmit with the input, then onApplySuccess with the receipt', async () => {
    const project = makeProject(1);
    const { client, sent } = recordingClient(async () => receipt);
    const submits: MiApplySubmitEvent[] = [];
    const successes: MiApplySuccessEvent[] = [];
    const { el } = await mountForm(
      <ApplyForm project={project} client={client} draft="off" onApplySubmit={(e) => submits.push(e)} onApplySuccess={(e) => successes.push(e)} />,
    );
    await fillAndSend(el);
    await until(() => successes.length > 0, 'mi-apply-success');
    expect(submits).to.have.length(1);
    expect(submits[0]).to.be.instanceOf(MiApplySubmitEvent);
    expect(submits[0]!.detail.input.applicant).to.deep.include({ name: 'Ada Lovelace', email: 'ada@example.edu' });
    expect(sent).to.have.length(1);
    expect(sent[0]!.projectId).to.equal(project.id);
    expect(successes[0]).to.be.instanceOf(MiApplySuccessEvent);
    expect(successes[0]!.detail.receipt).to.equal(receipt);
    expect(successes[0]!.detail.project).to.equal(project);
  });

  it('lets onApplySubmit take over: preventDefault sends nothing', async () => {
    const { client, sent } = recordingClient(async () => receipt);
    const submits: MiApplySubmitEvent[] = [];
    const { el } = await mountForm(
      <ApplyForm project={makeProject(1)} client={client} draft="off" onApplySubmit={(e) => (submits.push(e), e.preventDefault())} />,
    );
    await fillAndSend(el);
    await el.updateComplete;
    expect(submits).to.have.length(1);
    expect(sent).to.have.length(0);
  });

  it('calls onApplyError with the failure', async () => {
    const failure = new Error('connection reset');
    const { client } = recordingClient(() => Promise.reject(failure));
    const errors: MiApplyErrorEvent[] = [];
    const { el } = await mountForm(<ApplyForm project={makeProject(1)} client={client} draft="off" onApplyError={(e) => errors.push(e)} />);
    await fillAndSend(el);
    await until(() => errors.length > 0, 'mi-apply-error');
    expect(errors[0]).to.be.instanceOf(MiApplyErrorEvent);
    expect(errors[0]!.detail.error).to.equal(failure);
  });
});
