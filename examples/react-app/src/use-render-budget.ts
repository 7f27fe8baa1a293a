import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: `first` at once, then `step` more at a time, each
 * step in a task of its own after the browser has painted the one before, until all are.
 *
 * Twelve `<mi-project-card>`s built in one go are one long task (their templates, then the
 * style and layout of twelve shadow roots: about 200 ms on a phone-class CPU), in which the
 * page cannot answer a tap. Built the screenful first and the rest a row at a time, the first
 * screen paints sooner and no task holds more than a couple of cards. What is built later is
 * below the screen, so nothing the reader sees moves.
 *
 * The count only grows: a list replaced by new filters renders at once up to it, and a list
 * that grows (Show more) is built in steps again.
 *
 * @example
 * ```tsx
 * const shown = useRenderBudget(projects.length, 4, 2);
 * return <ul>{projects.slice(0, shown).map((p) => <li key={p.id}>{p.title}</li>)}</ul>;
 * ```
 */
export function useRenderBudget(total: number, first: number, step: number): number {
  const [built, setBuilt] = useState(0);
  const shown = Math.min(total, Math.max(built, first));
  useEffect(() => {
    if (shown >= total) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before that frame is painted; a timeout set from it, after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setBuilt(shown + step));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, total, step]);
  return shown;
}
