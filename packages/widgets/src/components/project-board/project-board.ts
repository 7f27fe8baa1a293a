import { MiProjectBoard } from './project-board.component.js';
import '../project-card/project-card.js';

export * from './project-board.component.js';

MiProjectBoard.define('mi-project-board');

declare global {
  interface HTMLElementTagNameMap {
    'mi-project-board': MiProjectBoard;
  }
}
