import { useState } from 'react';
import { CATEGORIES, type Category, type Facets } from '@microintern/core';
import { activeFilterCount, CATEGORY_LABELS, DEFAULT_FILTERS, PAY_FLOORS, type Filters } from '../filters.js';

interface FilterSidebarProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Counts per category and schedule from the last page; each ignores its own filter. */
  facets: Facets | undefined;
}

const count = (n: number | undefined) => (n === undefined ? null : <span className="facet-count">{n}</span>);

/**
 * Search, categories with how many gigs each has, weekend only, and a pay floor. Every change
 * goes straight to the query (search text through a debounce in the app). On narrow screens
 * the panel folds behind a Filters button, so the gigs are not a full screen further down.
 */
export function FilterSidebar({ filters, onChange, facets }: FilterSidebarProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const toggleCategory = (category: Category, on: boolean) =>
    set({ categories: on ? [...filters.categories, category] : filters.categories.filter((c) => c !== category) });
  const active = activeFilterCount(filters);
  const [open, setOpen] = useState(false);

  return (
    <aside className="sidebar" aria-label="Filters">
      <button type="button" className="button button--secondary filters-toggle" aria-expanded={open} aria-controls="filters" onClick={() => setOpen(!open)}>
        Filters{active > 0 && <span className="facet-count">{active}</span>}
      </button>
      <form id="filters" className="filters" role="search" data-open={open ? '' : undefined} onSubmit={(event) => event.preventDefault()}>
        <label className="search">
          <span className="label">Search</span>
          <input
            type="search"
            name="q"
            placeholder="Skills or topics"
            autoComplete="off"
            value={filters.q}
            onChange={(event) => set({ q: event.currentTarget.value })}
          />
        </label>

        <fieldset>
          <legend className="label">Category</legend>
          {CATEGORIES.map((category) => (
            <label key={category} className="check">
              <input
                type="checkbox"
                name="category"
                value={category}
                checked={filters.categories.includes(category)}
                onChange={(event) => toggleCategory(category, event.currentTarget.checked)}
              />
              <span>{CATEGORY_LABELS[category]}</span>
              {count(facets ? (facets.category[category] ?? 0) : undefined)}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend className="label">Schedule</legend>
          <label className="check switch">
            <input type="checkbox" role="switch" checked={filters.weekendOnly} onChange={(event) => set({ weekendOnly: event.currentTarget.checked })} />
            <span>Weekends only</span>
            {count(facets ? (facets.schedule['weekend'] ?? 0) : undefined)}
          </label>
        </fieldset>

        <label className="select">
          <span className="label">Pay floor</span>
          <select value={filters.minRate} onChange={(event) => set({ minRate: Number(event.currentTarget.value) })}>
            {PAY_FLOORS.map((floor) => (
              <option key={floor.value} value={floor.value}>
                {floor.label}
              </option>
            ))}
          </select>
          <span className="hint">Fixed-fee gigs count by their estimated hours.</span>
        </label>

        {active > 0 && (
          <button type="button" className="button button--link" onClick={() => onChange({ ...DEFAULT_FILTERS, sort: filters.sort })}>
            Clear {active === 1 ? 'filter' : `${active} filters`}
          </button>
        )}
      </form>
    </aside>
  );
}
