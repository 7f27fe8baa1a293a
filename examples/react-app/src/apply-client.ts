import { createClient } from '@microintern/core';

/**
 * The client the application form sends through, to the same API as the reader in `client.ts`.
 * Only the form's module imports this file, so the code and schemas that send an application
 * download with the form, not with the page.
 */
export const mi = createClient({ baseUrl: location.origin });
