import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ProjectSort } from '@microintern/core';
import { PopoverController } from '../../controllers/popover-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { SORTS } from './board-query.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The board's sort menu: a menu button (ARIA menu button pattern) whose menu floats next to it
 * through a {@link PopoverController}.
 *
 * Keyboard: Enter, Space or the arrow keys on the button open the menu on the current choice;
 * in the menu the arrows, Home and End move, Enter or Space chooses, Escape closes and Tab
 * leaves, both putting focus back on the button first.
 *
 * @example
 * ```ts
 * private sortMenu = new SortMenu(this, (sort) => (this.sort = sort));
 * override render() { return this.sortMenu.render(this.sort, this.l10n.messages); }
 * ```
 */
export class SortMenu {
  private readonly host: Host;
  private readonly onSelect: (sort: ProjectSort) => void;
  private readonly popover: PopoverController;
  private open = false;

  constructor(host: Host, onSelect: (sort: ProjectSort) => void) {
    this.host = host;
    this.onSelect = onSelect;
    this.popover = new PopoverController(host, {
      placement: 'bottom-end',
      onChange: (open) => {
        this.open = open;
        host.requestUpdate();
      },
    });
  }

  render(current: ProjectSort, m: Messages): TemplateResult {
    return html`<div class="sort">
      <button
        class="sort-button"
        part="sort-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="sort-menu"
        @click=${this.onButtonClick}
        @keydown=${this.onButtonKeyDown}
      >
        <span class="sort-label">${m.sort}:</span> ${m.sorts[current]}
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 6l4 4 4-4" /></svg>
      </button>
      <div class="menu" part="sort-menu" id="sort-menu" role="menu" aria-label=${m.sort} ?hidden=${!this.open} @keydown=${this.onMenuKeyDown} @click=${this.onMenuClick}>
        ${SORTS.map(
          (sort) => html`<div class="menu-item" part="sort-option" role="menuitemradio" tabindex="-1" data-value=${sort} aria-checked=${sort === current ? 'true' : 'false'}>
            ${m.sorts[sort]}
          </div>`,
        )}
      </div>
    </div>`;
  }

  private get button(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.sort-button');
  }

  private get items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.menu-item')];
  }

  private async show(focus: 'checked' | 'first' | 'last'): Promise<void> {
    const button = this.button;
    const menu = this.host.renderRoot.querySelector<HTMLElement>('.menu');
    if (!button || !menu) return;
    await this.popover.show(button, menu);
    const items = this.items;
    const target = focus === 'first' ? items[0] : focus === 'last' ? items.at(-1) : items.find((i) => i.getAttribute('aria-checked') === 'true');
    (target ?? items[0])?.focus();
  }

  private readonly onButtonClick = (): void => {
    if (this.open) this.popover.hide({ returnFocus: false });
    else void this.show('checked');
  };

  private readonly onButtonKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'checked' : 'last');
    }
  };

  private readonly onMenuKeyDown = (event: KeyboardEvent): void => {
    const items = this.items;
    const index = items.indexOf(event.composedPath()[0] as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Enter':
      case ' ':
        event.preventDefault();
        return this.choose(items[index]);
      case 'Tab':
        // Focus goes back to the button first, so Tab continues from where the menu opened.
        this.popover.hide({ returnFocus: true });
        return;
    }
  };

  private readonly onMenuClick = (event: Event): void => {
    const item = (event.composedPath() as HTMLElement[]).find((t) => t instanceof HTMLElement && t.classList.contains('menu-item'));
    this.choose(item);
  };

  private choose(item: HTMLElement | undefined): void {
    const value = item?.dataset['value'] as ProjectSort | undefined;
    if (!value) return;
    this.popover.hide({ returnFocus: true });
    this.onSelect(value);
  }
}
