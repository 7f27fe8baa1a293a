// Reading the post needs no API: the card and the board read ./gigs.json. Applying does need
// one, so the Apply buttons open the apply dialog pointed at the Micro-Internship API, with the
// gig's own company. In this example the API is on the same origin (`npm start`); a blog on
// its own domain would name the API's URL here and ask the company to allow its origin.
const API = '/';

let dialog;

document.addEventListener('mi-apply-open', async (event) => {
  // Stop the board's default dialog (it would post to the board's `src`, a file), and take over.
  event.preventDefault();
  const { project } = event.detail;
  const opener = event.composedPath()[0];
  await customElements.whenDefined('mi-apply-dialog');
  if (!dialog) {
    dialog = document.createElement('mi-apply-dialog');
    dialog.className = 'post-dialog';
    document.body.append(dialog);
  }
  dialog.api = API;
  dialog.company = project.company.slug;
  await dialog.show(project, opener instanceof HTMLElement ? opener : undefined);
});
