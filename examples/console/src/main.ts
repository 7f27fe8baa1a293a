// The console page's script: the widgets it shows (the card preview, the availability grid),
// then the shell, which loads each view.
import { MiConsole } from './console-app.js';
import { loadGigEditorWhenNeeded } from './gig-editor/load-editor.js';

if (!customElements.get('mi-console')) customElements.define('mi-console', MiConsole);
loadGigEditorWhenNeeded(window);
