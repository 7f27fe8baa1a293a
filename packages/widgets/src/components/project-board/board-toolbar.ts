import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { BoardInputsController } from './board-inputs.js';

/** What the toolbar shows and calls. */
export interface ToolbarOptions {
  m: Messages;
  inputs: BoardInputsController;
  /** Whether the folded filter panel is open (narrow boards). */
  filtersOpen: boolean;
  /** How many filters are set, shown on the Filters button; 0 shows none. */
  active: number;
  number: (n: number) => string;
  toggleFilters: () => void;
}

/** The search box and, on narrow boards, the button that unfolds the filter panel. */
export function toolbarTemplate({ m, inputs, filtersOpen, active, number, toggleFilters }: ToolbarOptions): TemplateResult {
  return html`<div class="toolbar" part="toolbar" role="search">
    <label class="search">
      <span class="visually-hidden">${m.searchLabel}</span>
      <svg class="search-icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="11" cy="11" r="6.5" /><path d="M16 16l4.5 4.5" /></svg>
      <input class="input search-input" part="search" type="search" name="q" autocomplete="off" enterkeyhint="search"
        placeholder=${m.searchPlaceholder} .value=${inputs.searchText} @input=${inputs.onSearchInput} @keydown=${inputs.onSearchKeyDown} />
    </label>
    <button class="button secondary filters-toggle" part="filters-toggle" type="button" aria-expanded=${filtersOpen ? 'true' : 'false'} aria-controls="filters"
      @click=${toggleFilters}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h16M7 12h10M10 18h4" /></svg>
      ${m.filters}${active ? html` <span class="facet-count">${number(active)}</span>` : nothing}
    </button>
  </div>`;
}
