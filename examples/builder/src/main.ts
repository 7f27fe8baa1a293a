// The builder page's script: the real board and card for the preview, then the builder itself.
import '@microintern/widgets/project-board.js';
import '@microintern/widgets/project-card.js';
import { EmbedBuilder } from './builder-app.js';

if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);
