import { ZodMiniISODate, ZodMiniISODateTime } from 'zod/mini';
import { _isoDate, _isoDateTime } from 'zod/v4/core';

// `z.iso.datetime()` reaches its schema through the `z.iso` namespace object, and bundlers keep
// a namespace object whole: every bundle of the widgets would carry the ISO time and duration
// schemas and their patterns, which nothing here uses. These build the same schemas the way
// `z.iso.datetime()` and `z.iso.date()` do, without the namespace.

/** An ISO 8601 date and time with a `Z` or `±hh:mm` offset, as `z.iso.datetime({ offset: true })`. */
export const isoDateTime = (): ZodMiniISODateTime => _isoDateTime(ZodMiniISODateTime, { offset: true });

/** An ISO 8601 calendar date (`2026-03-01`), as `z.iso.date()`. */
export const isoDate = (): ZodMiniISODate => _isoDate(ZodMiniISODate);
