// The console page's script: the shell and the review views (gigs, applicants, one applicant);
// the gig editor, with the card it previews, loads when a gig form is first wanted.
import { MiConsole } from './console-app.js';
import './review-views.js';
import { loadGigEditorWhenNeeded } from './gig-editor/load-editor.js';

if (!customElements.get('mi-console')) customElements.define('mi-console', MiConsole);
loadGigEditorWhenNeeded(window);
