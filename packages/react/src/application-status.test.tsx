import { expect } from '@open-wc/testing';
import type { ApplicationStatusReader, ApplicationStatusView } from '@microintern/core';
import { MiStatusLoadEvent, type MiApplicationStatus } from '@microintern/widgets/application-status.js';
import type { MiErrorEvent } from '@microintern/widgets';
import { ApplicationStatus } from './index.js';
import { find, mount, unmountAll } from './test-support/mount.js';
import { until } from './test-support/until.js';

const view: ApplicationStatusView = {
  id: 'app_1',
  status: 'reviewing',
  submittedAt: '2026-11-21T10:00:00Z',
  timeline: [
    { status: 'received', at: '2026-11-21T10:00:00Z' },
    { status: 'reviewing', message: 'Reading it this week.', at: '2026-11-22T09:00:00Z' },
  ],
  project: { id: 'p_1', title: 'Clean a survey data set' },
  company: { name: 'Forkful', slug: 'forkful' },
};
const token = `st_${'k'.repeat(32)}`;

describe('<ApplicationStatus>', () => {
  afterEach(async () => {
    await unmountAll();
    history.replaceState(null, '', location.pathname);
  });

  it('reads the link from the fragment, asks its client with the token, and calls onStatusLoad, accessibly', async () => {
    history.replaceState(null, '', `#mi-application=app_1&mi-token=${token}`);
    const asked: string[] = [];
    const client: ApplicationStatusReader = { status: async (id, t) => (asked.push(`${id} ${t}`), view) };
    const loads: MiStatusLoadEvent[] = [];
    const { container } = await mount(<ApplicationStatus client={client} locale="en" onStatusLoad={(e) => loads.push(e)} />);
    const el = find<MiApplicationStatus>(container, 'mi-application-status');
    await until(() => loads.length > 0, 'mi-status-load');
    expect(asked).to.deep.equal([`app_1 ${token}`]);
    expect(loads[0]).to.be.instanceOf(MiStatusLoadEvent);
    expect(loads[0]!.detail.view).to.equal(view);
    expect(el.shadowRoot!.querySelector('[part~=badge]')!.textContent).to.equal('Where it stands: Being reviewed');
    await expect(el).to.be.accessible();
  });

  it('calls onError when the link is not valid', async () => {
    const errors: MiErrorEvent[] = [];
    const { container } = await mount(<ApplicationStatus api="/" locale="en" onError={(e) => errors.push(e)} />);
    const el = find<MiApplicationStatus>(container, 'mi-application-status');
    await until(() => errors.length > 0, 'mi-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=notice] h2')!.textContent).to.equal('This status link is not valid');
  });
});
