// zod 4's classic object schemas compile a fast parser with `new Function` unless `jitless` is
// set, and the probe that checks whether `new Function` works raises a
// `securitypolicyviolation` report under a strict CSP even though its error is caught. The
// `zod/mini` schemas @microintern/core uses interpret objects and never compile, so the widgets
// already run without eval; setting the flag makes that a guarantee for every zod copy on the
// page (zod keeps one global config object, `globalThis.__zod_globalConfig`, the object behind
// `z.config()`), so no schema that reaches the widgets can trip a strict `script-src`.
// The widgets depend on core, not on zod, hence the write to that object instead of an
// imported `z.config`. The CDN test checks a strict-CSP page records no violation.

interface ZodGlobalConfig {
  jitless?: boolean;
}

declare global {
  // eslint-disable-next-line no-var
  var __zod_globalConfig: ZodGlobalConfig | undefined;
}

/**
 * Makes zod parse without its `new Function` JIT, as `z.config({ jitless: true })` does, so the
 * widgets work under `Content-Security-Policy: script-src 'self'`. Idempotent and cheap; called
 * by every element's constructor, before any data is parsed.
 *
 * @example
 * ```ts
 * useJitlessSchemas();
 * await source.page(); // validated without eval
 * ```
 */
export function useJitlessSchemas(): void {
  const config = (globalThis.__zod_globalConfig ??= {});
  config.jitless = true;
}
