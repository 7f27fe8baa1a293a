import { useMemo, useState } from 'react';
import type { ApplicationReceipt, Project } from '@microintern/core';
import { useProjects } from '@microintern/react';
import { projects } from './client.js';
import { ApplyDialog } from './components/ApplyDialog.js';
import { FilterSidebar } from './components/FilterSidebar.js';
import { ResultList } from './components/ResultList.js';
import { SiteHeader } from './components/SiteHeader.js';
import { activeFilterCount, DEFAULT_FILTERS, toQuery, type Filters } from './filters.js';
import { loadApplicationForm } from './load-application-form.js';
import { useDebounced } from './use-debounced.js';

/** What the page says after an application went through. */
interface Sent {
  project: Project;
  receipt: ApplicationReceipt;
}

/** Starts downloading the form behind Apply; a failure is shown when the dialog opens. */
const preloadApplicationForm = () => {
  loadApplicationForm().catch(() => undefined);
};

/**
 * The whole example: filters on the left drive `useProjects` over the API client, the results
 * are `<ProjectCard>`s, and a card's Apply button opens the `<ApplyForm>` dialog.
 */
export function App() {
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const q = useDebounced(filters.q, 250);
  const query = useMemo(() => toQuery({ ...filters, q }), [filters, q]);
  const result = useProjects(projects, query);
  const [applying, setApplying] = useState<Project | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);

  const clear = activeFilterCount(filters) > 0 ? () => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort }) : undefined;

  return (
    <>
      <a className="skip-link" href="#gigs">
        Skip to the gigs
      </a>
      <SiteHeader />
      <main className="layout">
        <FilterSidebar filters={filters} onChange={setFilters} facets={result.page?.facets} />
        <div id="gigs" className="main-column">
          {sent && (
            <div className="notice" role="status">
              <p>
                Application sent to <strong>{sent.project.company.name}</strong> for “{sent.project.title}”. Reference <code>{sent.receipt.id}</code>.
              </p>
              <button type="button" className="button button--link" onClick={() => setSent(null)}>
                Dismiss
              </button>
            </div>
          )}
          <ResultList
            result={result}
            sort={filters.sort}
            onSort={(sort) => setFilters({ ...filters, sort })}
            onApply={setApplying}
            onApplyIntent={preloadApplicationForm}
            onClearFilters={clear}
          />
        </div>
      </main>
      <footer className="site-footer">
        <p>
          A React 19 example of <code>@microintern/react</code>: <code>useProjects</code>, <code>&lt;ProjectCard&gt;</code> and <code>&lt;ApplyForm&gt;</code> over the
          reference API.
        </p>
      </footer>
      <ApplyDialog project={applying} onClose={() => setApplying(null)} onApplied={(project, receipt) => setSent({ project, receipt })} />
    </>
  );
}
