import * as z from 'zod/mini';
import { isTimeZone } from './time-zone.js';

/** An IANA time zone name. */
export const TimeZone = z.string().check(z.refine(isTimeZone, { message: 'Must be an IANA time zone such as America/New_York' }));
