import { createClient } from '@microintern/core';

/**
 * The app's one API client. `npm start` serves this app at /react-app/ and the API at /v1 on
 * the same origin, so the origin is the API's base URL and no CORS set-up is needed. No
 * `company`: the app shows every company's gigs, and applications go to the marketplace route.
 * Created once, at module level: `useProjects` compares its source by identity.
 */
export const mi = createClient({ baseUrl: location.origin });
