import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listConverter, type BoardFilters } from './board-query.js';

/** The search debounce: long enough not to query per keystroke, short enough to feel live. */
export const SEARCH_DELAY = 250;

/** What the controller reads and writes on its board. */
export interface BoardInputsHost extends ReactiveControllerHost, HTMLElement, Omit<BoardFilters, 'sort'> {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The board's text inputs and filter controls: what the reader is typing, and when it becomes
 * a filter.
 *
 * The search box is debounced ({@link SEARCH_DELAY}); Enter searches at once. The skills box
 * applies on change (blur) or Enter. Checkboxes and selects apply at once. Every applied change
 * sets a board property, which changes the board's query and so re-runs its data task, which
 * aborts the request still in flight.
 *
 * @example
 * ```ts
 * private inputs = new BoardInputsController(this);
 * html`<input .value=${this.inputs.searchText} @input=${this.inputs.onSearchInput} />`;
 * ```
 */
export class BoardInputsController implements ReactiveController {
  /** The search box's text as typed; becomes the board's `q` after the pause. */
  searchText = '';
  /** The skills box's text as typed; becomes the board's `skills` on change. */
  skillsText = '';
  private readonly host: BoardInputsHost;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: BoardInputsHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Keeps the boxes in step when the host sets `q` or `skills` itself (or from the URL). */
  sync(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('q')) this.searchText = this.host.q;
    if (changed.has('skills')) this.skillsText = this.host.skills.join(', ');
  }

  readonly onSearchInput = (event: Event): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.host.q = this.searchText), SEARCH_DELAY);
  };

  readonly onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    clearTimeout(this.timer);
    this.host.q = this.searchText;
  };

  /** `input` on the filter form: only the skills box has typed text to keep. */
  readonly onFilterInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'skills') this.skillsText = input.value;
  };

  /** Enter in the skills box submits the form: apply the skills, never navigate. */
  readonly onFilterSubmit = (event: Event): void => {
    event.preventDefault();
    this.host.skills = listConverter.fromAttribute(this.skillsText);
  };

  /** `change` on the filter form, read from the control's `name`. */
  readonly onFilterChange = (event: Event): void => {
    const host = this.host;
    const input = event.target as HTMLInputElement;
    const number = (value: string) => (value ? Number(value) : undefined);
    switch (input.name) {
      case 'category':
        host.category = input.checked ? [...host.category, input.value] : host.category.filter((c) => c !== input.value);
        break;
      case 'weekend':
        host.schedule = [...host.schedule.filter((s) => s !== 'weekend'), ...(input.checked ? ['weekend'] : [])];
        break;
      case 'skills':
        host.skills = listConverter.fromAttribute(input.value);
        break;
      case 'minRate':
        host.minRate = number(input.value);
        break;
      case 'maxHours':
        host.maxHours = number(input.value);
        break;
    }
  };

  /** Clears every filter and the search, and puts focus in the search box. */
  readonly clear = (): void => {
    clearTimeout(this.timer);
    Object.assign(this.host, { q: '', category: [], skills: [], schedule: [], minRate: undefined, maxHours: undefined });
    this.host.renderRoot.querySelector<HTMLElement>('.search-input')?.focus();
  };
}
