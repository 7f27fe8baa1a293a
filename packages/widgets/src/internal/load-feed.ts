// Imported lazily by `sourceFor`, so code splitting keeps the feed reader out of the first
// download of a page whose board reads the API.
import { createFeedSource, type ProjectSource } from '@microintern/core';

/** A static feed over the JSON file at `url`. */
export function feedSource(url: string): ProjectSource {
  return createFeedSource(url);
}
