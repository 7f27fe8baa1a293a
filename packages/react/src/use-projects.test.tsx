import { expect } from '@open-wc/testing';
import type { ProjectSource } from '@microintern/core';
import { useProjects, type ProjectFilters, type UseProjectsResult } from './index.js';
import { interact, mount, unmountAll } from './test-support/mount.js';
import { makeProjects, pageOf } from './test-support/projects.js';
import { RecordingSource } from './test-support/recording-source.js';

/** Renders the hook and keeps every result it rendered with. */
function probe() {
  const renders: UseProjectsResult[] = [];
  function Probe({ source, filters }: { source: ProjectSource | null; filters?: ProjectFilters }) {
    renders.push(useProjects(source, filters));
    return null;
  }
  const latest = () => renders.at(-1)!;
  return { Probe, renders, latest };
}

const ids = (result: UseProjectsResult) => result.projects.map((p) => p.id);

describe('useProjects', () => {
  afterEach(unmountAll);

  it('loads the first page with the filters, then reports success', async () => {
    const source = new RecordingSource();
    const { Probe, latest } = probe();
    await mount(<Probe source={source} filters={{ q: 'survey', schedule: ['weekend'], limit: 2 }} />);
    expect(latest()).to.deep.include({ status: 'loading', loadingMore: false });
    expect(source.calls).to.have.length(1);
    expect(source.last.query).to.deep.equal({ q: 'survey', schedule: ['weekend'], limit: 2 });
    expect(source.last.signal).to.be.instanceOf(AbortSignal);

    const page = pageOf(makeProjects(2), 'next-1', { total: 5 });
    await interact(() => source.last.resolve(page));
    expect(latest()).to.deep.include({ status: 'success', error: undefined, page, hasMore: true });
    expect(ids(latest())).to.deep.equal(['p_0', 'p_1']);
  });

  it('aborts the request in flight when the filters change and ignores its late answer', async () => {
    const source = new RecordingSource();
    const { Probe, latest } = probe();
    const { render } = await mount(<Probe source={source} filters={{ q: 'data' }} />);
    const stale = source.last;
    await render(<Probe source={source} filters={{ q: 'design' }} />);
    expect(stale.signal!.aborted).to.equal(true);
    expect(source.calls).to.have.length(2);
    expect(source.last.query).to.deep.equal({ q: 'design' });
    expect(source.last.signal!.aborted).to.equal(false);

    await interact(() => source.last.resolve(pageOf(makeProjects(1, 10))));
    await interact(() => stale.resolve(pageOf(makeProjects(3))));
    expect(ids(latest())).to.deep.equal(['p_10']);
    expect(latest().status).to.equal('success');
  });

  it('keeps the previous results, as a first-page load, while a new query loads', async () => {
    const source = new RecordingSource();
    const { Probe, latest } = probe();
    const { render } = await mount(<Probe source={source} filters={{ q: 'data' }} />);
    await interact(() => source.last.resolve(pageOf(makeProjects(2), 'more')));
    await render(<Probe source={source} filters={{ q: 'design' }} />);
    expect(latest()).to.deep.include({ status: 'loading', loadingMore: false, hasMore: false });
    expect(ids(latest())).to.deep.equal(['p_0', 'p_1']);
    await interact(() => latest().loadMore());
    expect(source.calls).to.have.length(2, 'no next page of the new query exists yet');
    await interact(() => source.last.resolve(pageOf(makeProjects(1, 5))));
    expect(ids(latest())).to.deep.equal(['p_5']);
    expect(latest().hasMore).to.equal(false);
  });

  it('does not refetch for the same filters in a new object, in another key order', async () => {
    const source = new RecordingSource();
    const { Probe } = probe();
    const { render } = await mount(<Probe source={source} filters={{ q: 'a', category: ['data'] }} />);
    await render(<Probe source={source} filters={{ category: ['data'], q: 'a', sort: undefined }} />);
    expect(source.calls).to.have.length(1);
    expect(source.last.signal!.aborted).to.equal(false);
  });

  it('loadMore fetches the next cursor once at a time and appends without duplicates', async () => {
    const source = new RecordingSource();
    const { Probe, latest } = probe();
    await mount(<Probe source={source} filters={{ limit: 2 }} />);
    await interact(() => source.last.resolve(pageOf(makeProjects(2), 'cursor-2')));
    await interact(() => {
      latest().loadMore();
      latest().loadMore();
    });
    expect(source.calls).to.have.length(2);
    expect(source.last.query).to.deep.equal({ limit: 2, cursor: 'cursor-2' });
    expect(latest()).to.deep.include({ status: 'loading', loadingMore: true });
    expect(ids(latest())).to.deep.equal(['p_0', 'p_1']);

    // A gig posted meanwhile pushed p_1 onto the next page as well.
    await interact(() => source.last.resolve(pageOf(makeProjects(2, 1), null)));
    expect(ids(latest())).to.deep.equal(['p_0', 'p_1', 'p_2']);
    expect(latest()).to.deep.include({ hasMore: false, loadingMore: false, status: 'success' });
    await interact(() => latest().loadMore());
    expect(source.calls).to.have.length(2);
  });

  it('reports an error, and reload starts over', async () => {
    const source = new RecordingSource();
    const { Probe, latest } = probe();
    await mount(<Probe source={source} filters={{ q: 'x' }} />);
    const failure = new Error('503 Service Unavailable');
    await interact(() => source.last.reject(failure));
    expect(latest()).to.deep.include({ status: 'error', error: failure });

    await interact(() => latest().reload());
    expect(source.calls).to.have.length(2);
    expect(source.last.query).to.deep.equal({ q: 'x' });
    expect(latest().status).to.equal('loading');
    await interact(() => source.last.resolve(pageOf(makeProjects(1))));
    expect(latest()).to.deep.include({ status: 'success', error: undefined });
  });

  it('reports a source that throws instead of rejecting as an error', async () => {
    const failure = new TypeError('bad query');
    const source: ProjectSource = {
      page: () => {
        throw failure;
      },
      list: () => {
        throw failure;
      },
      get: () => Promise.reject(failure),
    };
    const { Probe, latest } = probe();
    await mount(<Probe source={source} />);
    await interact(() => undefined);
    expect(latest()).to.deep.include({ status: 'error', error: failure });
  });

  it('keeps the list when a next page fails, and loadMore retries that page', async () => {
    const source = new RecordingSource();
    const { Probe, latest } = probe();
    await mount(<Probe source={source} />);
    await interact(() => source.last.resolve(pageOf(makeProjects(2), 'cursor-2')));
    await interact(() => latest().loadMore());
    await interact(() => source.last.reject(new Error('offline')));
    expect(latest().status).to.equal('error');
    expect(ids(latest())).to.deep.equal(['p_0', 'p_1']);
    await interact(() => latest().loadMore());
    expect(source.calls).to.have.length(3);
    expect(source.last.query).to.deep.equal({ cursor: 'cursor-2' });
  });

  it('aborts on unmount and renders nothing afterwards', async () => {
    const source = new RecordingSource();
    const { Probe, renders } = probe();
    const { unmount } = await mount(<Probe source={source} />);
    const call = source.last;
    await unmount();
    expect(call.signal!.aborted).to.equal(true);
    const count = renders.length;
    await interact(() => call.resolve(pageOf(makeProjects(1))));
    await interact(() => call.reject(new Error('late')));
    expect(renders.length).to.equal(count);
  });

  it('is idle without a source, and a new source aborts the old one', async () => {
    const first = new RecordingSource();
    const second = new RecordingSource();
    const { Probe, latest } = probe();
    const { render } = await mount(<Probe source={null} />);
    expect(latest()).to.deep.include({ status: 'idle', projects: [], hasMore: false });
    await render(<Probe source={first} />);
    await render(<Probe source={second} />);
    expect(first.last.signal!.aborted).to.equal(true);
    expect(second.calls).to.have.length(1);
    await render(<Probe source={null} />);
    expect(second.last.signal!.aborted).to.equal(true);
    expect(latest().status).to.equal('idle');
  });
});
