// The browser half of server rendering: markup as the Node suite (server-render.test.ts) shows
// the server writes it, hydrated by React 19. The element React finds must be kept (not
// replaced), get its properties and listeners, and hydration must report no mismatch.
import { expect } from '@open-wc/testing';
import type { Project } from '@microintern/core';
import { MiProjectCard } from '@microintern/widgets';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { ProjectCard } from './index.js';
import './test-support/mount.js';
import { makeProject } from './test-support/projects.js';
import { answeringSource } from './test-support/recording-source.js';
import { shadow, until } from './test-support/until.js';

describe('hydrating server-rendered markup', () => {
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  afterEach(async () => {
    await act(async () => root?.unmount());
    container?.remove();
  });

  it('keeps the server element and wires its props and events without a mismatch', async () => {
    const project = makeProject(7);
    container = document.createElement('div');
    container.innerHTML = '<mi-project-card project-id="gig-7" locale="es" class="gig"></mi-project-card>';
    document.body.append(container);
    const serverElement = container.firstElementChild as MiProjectCard;

    const problems: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => problems.push(args);
    const opened: Project[] = [];
    try {
      await act(async () => {
        root = hydrateRoot(
          container!,
          <ProjectCard projectId="gig-7" locale="es" className="gig" source={answeringSource([project])} onApplyOpen={(e) => opened.push(e.detail.project)} />,
          { onRecoverableError: (error) => problems.push(error) },
        );
      });
    } finally {
      console.error = consoleError;
    }
    expect(problems).to.deep.equal([]);
    expect(container.firstElementChild).to.equal(serverElement);
    expect(serverElement).to.be.instanceOf(MiProjectCard);
    expect(serverElement.locale).to.equal('es');

    const apply = await until(() => serverElement.shadowRoot?.querySelector<HTMLButtonElement>('[part~="apply-button"]'), 'the loaded card');
    expect(shadow(serverElement, '[part~="title"]').textContent).to.contain(project.title);
    await act(async () => apply.click());
    expect(opened).to.deep.equal([project]);
  });
});
