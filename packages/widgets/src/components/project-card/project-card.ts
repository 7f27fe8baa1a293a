import { MiProjectCard } from './project-card.component.js';

export * from './project-card.component.js';

MiProjectCard.define('mi-project-card');

declare global {
  interface HTMLElementTagNameMap {
    'mi-project-card': MiProjectCard;
  }
}
