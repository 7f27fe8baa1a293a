/**
 * Remembers what `compute` answered for each string, so a repeated question costs a lookup.
 * Emptied whenever it reaches `max` entries: input from feeds is not ours, and a file full of
 * distinct made-up values must not grow it for ever. `compute` must be pure.
 *
 * @example
 * ```ts
 * const isKnownZone = boundedMemo(1000, (name) => zoneExists(name));
 * isKnownZone('Europe/Paris'); // computed once, then remembered
 * ```
 */
export function boundedMemo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const value = compute(key);
    if (answers.size >= max) answers.clear();
    answers.set(key, value);
    return value;
  };
}
