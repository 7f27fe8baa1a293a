import type { MiClient } from '@microintern/core';
import type { CliOptions } from './args.js';

/** Where a command writes: standard output for results, standard error for messages. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Relative `--file` and `--out` paths resolve against it. */
  cwd: string;
}

/** What every command gets: the checked options, a client made from them, and the streams. */
export interface CommandContext {
  options: CliOptions;
  mi: MiClient;
  io: Io;
}

/**
 * Takes items from an async iterable until `limit`, and says whether more were left: the
 * client's `list()` fetches the next page only when the loop asks, so nothing past the limit
 * (plus the one item that tells "more") is downloaded.
 *
 * @example
 * ```ts
 * const { items, more } = await take(mi.projects.list(), 50);
 * ```
 */
export async function take<T>(iterable: AsyncIterable<T>, limit: number): Promise<{ items: T[]; more: boolean }> {
  const items: T[] = [];
  for await (const item of iterable) {
    if (items.length === limit) return { items, more: true };
    items.push(item);
  }
  return { items, more: false };
}
