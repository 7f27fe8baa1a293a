// Lists open gigs with the core client, as plain HTML: the page works with no widget at all.
import { createClient, formatRate, formatEffort, formatWindow } from '@microintern/core';

const mi = createClient({ baseUrl: location.origin });
const list = document.getElementById('gigs');
const status = document.getElementById('status');
const more = document.getElementById('more');
let cursor;

function row(project) {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  h3.textContent = project.title;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [
    project.company.name,
    formatRate(project.compensation),
    formatEffort(project.effort),
    `within ${formatWindow(project.window)}`,
    project.schedule,
  ].join(' · ');
  const summary = document.createElement('p');
  summary.textContent = project.summary;
  li.append(h3, meta, summary);
  return li;
}

async function load() {
  more.disabled = true;
  try {
    const page = await mi.projects.page({ cursor, limit: 10 });
    list.append(...page.items.map(row));
    cursor = page.nextCursor ?? undefined;
    status.textContent = `${page.total ?? list.children.length} open gigs`;
    more.hidden = !cursor;
  } catch (error) {
    status.textContent = `Could not load gigs: ${error.message}`;
  } finally {
    more.disabled = false;
  }
}

more.addEventListener('click', load);
load();
