// Server rendering, in Node with no DOM at all: importing the package must not reach for any
// browser global, and each component must render its tag with the element props written as
// the attributes the element reads when it upgrades in the browser.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { Page, Project, ProjectSource } from '@microintern/core';

const BROWSER_GLOBALS = ['window', 'document', 'customElements', 'HTMLElement', 'self', 'navigator', 'location'] as const;

/**
 * Imports the package with a recording getter on every browser global, so even a
 * `typeof window` check at import time is seen, then removes the getters again.
 */
async function importWatched(): Promise<{ touched: string[]; api: typeof import('./index.js') }> {
  const touched: string[] = [];
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of BROWSER_GLOBALS) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name);
        return undefined;
      },
    });
  }
  try {
    return { touched, api: await import('./index.js') };
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}

let api: typeof import('./index.js');

const project = { id: 'p_1', title: 'Clean a survey data set' } as unknown as Project;
const html = (element: ReactElement) => renderToString(element);

describe('server rendering', () => {
  before(async () => {
    const watched = await importWatched();
    api = watched.api;
    assert.deepEqual(watched.touched, [], `importing the package read ${watched.touched.join(', ')}`);
  });

  it('defines nothing and leaves no browser globals behind', () => {
    for (const name of BROWSER_GLOBALS.filter((n) => n !== 'navigator')) {
      assert.equal((globalThis as Record<string, unknown>)[name], undefined, `${name} exists after import`);
    }
    assert.deepEqual(api.WIDGET_TAGS, ['mi-project-board', 'mi-project-card', 'mi-apply-form', 'mi-availability-picker', 'mi-application-status']);
  });

  it('renders <mi-project-card> with its attributes, leaving out objects and handlers', () => {
    const out = html(
      createElement(api.ProjectCard, {
        projectId: 'clean-a-survey',
        src: '/gigs.json',
        locale: 'es',
        theme: 'dark',
        timeZone: 'Europe/Madrid',
        currencyDisplay: 'code',
        expanded: true,
        project,
        onApplyOpen: () => {},
        onProjectSelect: () => {},
        id: 'card-1',
        className: 'gig',
        'aria-label': 'Featured gig',
      }),
    );
    assert.match(out, /^<mi-project-card [^>]*><\/mi-project-card>$/);
    for (const attribute of [
      'project-id="clean-a-survey"',
      'src="/gigs.json"',
      'locale="es"',
      'theme="dark"',
      'time-zone="Europe/Madrid"',
      'currency-display="code"',
      'expanded=""',
      'id="card-1"',
      'class="gig"',
      'aria-label="Featured gig"',
    ]) {
      assert.ok(out.includes(attribute), `${attribute} missing from ${out}`);
    }
    assert.doesNotMatch(out, /project=|onapply|onproject|projectId|object Object|function/i);
  });

  it('renders exactly the tag and attributes for a minimal card', () => {
    assert.equal(html(createElement(api.ProjectCard, { projectId: 'gig-1', expanded: false })), '<mi-project-card project-id="gig-1"></mi-project-card>');
  });

  it('renders <mi-project-board> with list filters comma-separated and children in place', () => {
    const out = html(
      createElement(
        api.ProjectBoard,
        {
          api: 'https://api.example.com',
          company: 'forkful',
          category: ['data', 'design'],
          schedule: ['weekend'],
          skills: [],
          minRate: 2000,
          maxHours: 12,
          pageSize: 6,
          sort: 'pay',
          syncUrl: '',
          structuredData: 'off',
          source: { page: async () => ({ items: [], nextCursor: null, skipped: [] }) } as unknown as ProjectSource,
          onLoad: () => {},
        },
        createElement(api.ProjectCard, { slot: 'featured', projectId: 'gig-1' }),
      ),
    );
    for (const attribute of [
      'api="https://api.example.com"',
      'company="forkful"',
      'category="data,design"',
      'schedule="weekend"',
      'min-rate="2000"',
      'max-hours="12"',
      'page-size="6"',
      'sort="pay"',
      'sync-url=""',
      'structured-data="off"',
    ]) {
      assert.ok(out.includes(attribute), `${attribute} missing from ${out}`);
    }
    assert.doesNotMatch(out, /skills=|source=|onload/i, 'an empty list, an object and a handler have no attribute');
    assert.match(out, /<mi-project-board [^>]*><mi-project-card slot="featured" project-id="gig-1"><\/mi-project-card><\/mi-project-board>$/);
  });

  it('renders <mi-application-status> with its api and without its client or handlers', () => {
    const out = html(createElement(api.ApplicationStatus, { api: 'https://api.example.com', locale: 'es', client: { status: async () => ({}) as never }, onStatusLoad: () => {} }));
    assert.equal(out, '<mi-application-status api="https://api.example.com" locale="es"></mi-application-status>');
  });

  it('renders <mi-apply-form> without its client', () => {
    const out = html(
      createElement(api.ApplyForm, {
        projectId: 'gig-1',
        api: '/',
        company: 'forkful',
        draft: 'local',
        hideTitle: true,
        client: { applications: { submit: async () => ({}) } } as never,
        onApplySuccess: () => {},
      }),
    );
    assert.equal(out, '<mi-apply-form project-id="gig-1" api="/" company="forkful" draft="local" hide-title=""></mi-apply-form>');
  });

  it('renders <mi-availability-picker> with its default value escaped into `value`', () => {
    const value = JSON.stringify({ timeZone: 'America/New_York', blocks: [{ day: 6, start: '10:00', end: '14:00' }] });
    const out = html(
      createElement(api.AvailabilityPicker, {
        name: 'availability',
        required: true,
        disabled: false,
        slotMinutes: 60,
        startHour: 8,
        endHour: 20,
        defaultValue: value,
        fitStart: new Date(0),
        onChange: () => {},
      }),
    );
    assert.ok(out.startsWith('<mi-availability-picker name="availability" required="" slot-minutes="60" start-hour="8" end-hour="20" value="'), out);
    assert.ok(out.includes('value="{&quot;timeZone&quot;:&quot;America/New_York&quot;'), out);
    assert.doesNotMatch(out, /disabled|fit-start|fitStart|onchange/i);
  });

  it('useElementsDefined is false on the server and loads nothing', () => {
    function Ready() {
      return createElement('p', null, String(api.useElementsDefined(['mi-project-card'])));
    }
    assert.equal(html(createElement(Ready)), '<p>false</p>');
  });

  it('useProjects renders loading (as the client does first) and loads nothing on the server', () => {
    const calls: string[] = [];
    const source: ProjectSource = {
      page: async () => {
        calls.push('page');
        return { items: [], nextCursor: null, skipped: [] } satisfies Page<Project>;
      },
      list: async function* () {},
      get: async () => project,
    };
    function Count() {
      const { status, projects, hasMore } = api.useProjects(source, { q: 'survey' });
      return createElement('p', null, `${status}:${projects.length}:${hasMore}`);
    }
    assert.equal(html(createElement(Count)), '<p>loading:0:false</p>');
    assert.deepEqual(calls, []);
  });
});
