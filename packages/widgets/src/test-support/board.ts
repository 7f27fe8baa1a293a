import { fixture, html, oneEvent } from '@open-wc/testing';
import type { ProjectSource } from '@microintern/core';
import type { MiProjectBoard } from '../components/project-board/project-board.component.js';
import '../components/project-board/project-board.js';
import type { MiLoadEvent } from '../events/mi-load.js';
import { $$ } from './dom.js';

/**
 * Mounts a board in a fixture container (cleaned up after each test) and waits for its first
 * `mi-load`. The listener is attached before the board connects, so a fast source cannot fire
 * the event before the test listens.
 */
export async function loadedBoard(
  setup: (board: MiProjectBoard) => void,
): Promise<{ board: MiProjectBoard; load: MiLoadEvent }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const board = document.createElement('mi-project-board');
  board.setAttribute('locale', 'en-US');
  board.setAttribute('structured-data', 'off');
  setup(board);
  const loaded = oneEvent(board, 'mi-load');
  container.append(board);
  const load = await loaded;
  await board.updateComplete;
  return { board, load };
}

/** Mounts a board over `source` and waits for its first page. */
export function boardOver(source: ProjectSource, attributes: Record<string, string> = {}) {
  return loadedBoard((board) => {
    board.source = source;
    for (const [name, value] of Object.entries(attributes)) board.setAttribute(name, value);
  });
}

/** The cards a board shows (not skeletons). */
export function cards(board: MiProjectBoard): HTMLElement[] {
  return $$(board, 'article.card');
}

/** The titles of the cards a board shows. */
export function titles(board: MiProjectBoard): string[] {
  return cards(board).map((card) => card.querySelector('.title')?.textContent?.trim() ?? '');
}
