// The page's own script, next to the widget bundle: the hero button says how many projects are
// open, from the board's `mi-load` event (no second request to the API).
const board = document.querySelector('mi-project-board');
const count = document.querySelector('[data-open-count]');

board?.addEventListener('mi-load', (event) => {
  const { total } = event.detail;
  // Only the unfiltered first page speaks for every open project.
  if (count && typeof total === 'number' && !board.q && board.category.length === 0) {
    count.textContent = String(total);
  }
});
