import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './site.js';

/**
 * axe-core's browser build. It is not a dependency of this package (adding one needs an
 * install); it is found the way Node would from the widgets' own test stack
 * (`@open-wc/testing` → `chai-a11y-axe` → `axe-core`), so the pages are checked with the same
 * axe the element tests use.
 */
export function axeScriptPath(): string {
  const testing = realpathSync(join(repoRoot, 'packages/widgets/node_modules/@open-wc/testing'));
  const chaiAxe = createRequire(join(testing, 'index.js')).resolve('chai-a11y-axe');
  return join(dirname(createRequire(chaiAxe).resolve('axe-core')), 'axe.min.js');
}

/** One axe finding, short enough to read in a failed assertion. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe (WCAG 2.1 A and AA rules, shadow DOM included) on the page as it is now. The page's
 * context must be made with `bypassCSP: true`, because axe is injected as an inline script.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: axeScriptPath() });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}
