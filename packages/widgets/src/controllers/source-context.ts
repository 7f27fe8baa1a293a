import { createContext } from '@lit/context';
import type { ProjectSource } from '@microintern/core';

/**
 * The `ProjectSource` an element provides to the elements inside it: a board provides its
 * source, so an `<mi-project-card project-id="…">` placed inside the board loads through the
 * same client or feed without repeating `api`/`src`.
 *
 * The key is a registered symbol, so two copies of the package on one page still find each
 * other's providers.
 *
 * @example
 * ```ts
 * new ContextProvider(this, { context: sourceContext, initialValue: createFeedSource('/gigs.json') });
 * ```
 */
export const sourceContext = createContext<ProjectSource | undefined>(Symbol.for('microintern.project-source'));
