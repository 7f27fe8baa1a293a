// Registers `<console-gig-editor>` and the card its preview shows. Loaded by load-editor.ts the
// first time the console goes to a gig's form, so the sign-in and the gigs table do not wait
// for the form, its schemas and the card.
import '@microintern/widgets/project-card.js';
import { ConsoleGigEditor } from './console-gig-editor.js';

if (!customElements.get('console-gig-editor')) customElements.define('console-gig-editor', ConsoleGigEditor);

declare global {
  interface HTMLElementTagNameMap {
    'console-gig-editor': ConsoleGigEditor;
  }
}
