import { createProjectsClient } from '@microintern/core';

/**
 * The app's reader of gigs. `npm start` serves this app at /react-app/ and the API at /v1 on
 * the same origin, so the origin is the API's base URL and no CORS set-up is needed. No
 * `company`: the app shows every company's gigs. Created once, at module level: `useProjects`
 * compares its source by identity.
 *
 * `createProjectsClient` is `createClient`'s `projects` on their own: the first load carries
 * the code that lists gigs and nothing that sends applications. The full client comes with the
 * application form (`apply-client.ts`).
 */
export const projects = createProjectsClient({ baseUrl: location.origin });
