import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

/** axe-core's browser build, injected into the page under test. */
export function axeScriptPath(): string {
  return join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');
}

/** One axe finding, short enough to read in a failed assertion. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page as it is now, shadow DOM included, with the rules the element tests run
 * (`to.be.accessible()` uses axe's defaults: WCAG A and AA and the best practices such as
 * `heading-order`), and returns every violation whatever its impact, minor to critical. The
 * page's context must be made with `bypassCSP: true`, because axe is injected as an inline
 * script.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: axeScriptPath() });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // No `runOnly` by tag: limited to the WCAG tags, axe skipped the best-practice rules, and
    // the React example's moderate heading-order violation (h1, then the cards' h3) went unseen.
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}
