// The first `Intl` formatter a page builds loads ICU's locale data: 15–25 ms on a fast desktop
// and four times that on a mid-range phone, wherever it happens. Inside an element's first
// render it made that render one long task. Here the data is loaded before the first render,
// in tasks of its own: a `Collator` first (ICU's common locale data, about half of the cost),
// then a `NumberFormat` (the number data), the currency data, then a `DateTimeFormat` in a named zone (the
// calendar and time-zone data every deadline and `timeZone` check reads), each in its own task,
// so input and painting can run in between and no single task carries the whole load.

import { formatMoney } from '@microintern/core';

let ready: Promise<void> | undefined;

/** Resolves in a new task: after a `MessageChannel` message, which a background tab does not throttle. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Loads ICU's data for `locale` (by default the page's language) in small tasks, once per page:
 * the first call (`MiElement.define`) starts it and later calls share it. An element already
 * in the page when its class is registered waits for it before its first render
 * (`MiElement.scheduleUpdate`). A failure (an engine without `Intl.Collator`, a
 * locale it refuses) only means the data loads later, in a render, as before.
 *
 * @example
 * ```ts
 * await intlReady('en-US'); // the next formatter costs a fraction of a millisecond
 * ```
 */
export function intlReady(locale = document.documentElement.lang || navigator.language || 'en'): Promise<void> {
  return (ready ??= (async () => {
    const steps = [
      () => new Intl.Collator(locale).compare('a', 'b'),
      () => new Intl.NumberFormat(locale).format(1),
      // Currency data, through core's formatter (cached, so a board's pay-floor labels reuse it).
      () => formatMoney({ amount: 1500, currency: 'USD' }, { locale, compact: true }),
      () => new Intl.DateTimeFormat(locale, { timeZone: 'America/New_York' }).format(0),
    ];
    for (const step of steps) {
      await nextTask();
      try {
        step();
      } catch {
        // Nothing to warm up in this engine or for this locale; rendering formats as it can.
      }
    }
    // The render that waits for this starts in a task of its own too, not in the last step's.
    await nextTask();
  })());
}
