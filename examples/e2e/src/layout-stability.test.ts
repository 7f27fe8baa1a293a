import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPage, startE2eSite, type E2eSite } from './support/site.js';

// Cumulative Layout Shift while each example page loads its gigs: placeholders must hold the
// place of what arrives, so nothing already on screen jumps. 0.1 is the line between "good"
// and "needs improvement" in Core Web Vitals.
const GOOD_CLS = 0.1;
const PAGES = ['/', '/careers-page/', '/blog-embed/', '/react-app/'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
// The widgets' code (the CDN files, and the chunks Vite splits the React example into) held
// back until well after the gigs arrived, as on a fast API and a slow connection.
const WIDGET_CODE = /\/(cdn\/[^/]+\.js|assets\/(project-card|project-board|tokens\.styles)-[^/]+\.js)$/;
const WIDGET_CODE_DELAY_MS = 1500;

describe('layout stability of the example pages', () => {
  let site: E2eSite;

  before(async () => {
    site = await startE2eSite();
  });
  after(() => site?.close());

  const cases = PAGES.flatMap((path) => [
    ...VIEWPORTS.map((viewport) => ({ path, viewport, slowCode: false })),
    { path, viewport: VIEWPORTS[1]!, slowCode: true },
  ]);
  for (const { path, viewport, slowCode } of cases) {
    const when = slowCode ? 'with its widget code arriving after the gigs' : 'while its gigs load';
    test(`${path} on a ${viewport.name} shifts less than ${GOOD_CLS} ${when}`, async () => {
      const { page, context } = await openPage(site, { viewport });
      try {
        if (slowCode) {
          await page.route(WIDGET_CODE, async (route) => {
            await new Promise((resolve) => setTimeout(resolve, WIDGET_CODE_DELAY_MS));
            await route.continue();
          });
        }
        await page.addInitScript(() => {
          const w = window as unknown as { __cls: number; __shifts: string[] };
          w.__cls = 0;
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
              if (entry.hadRecentInput) continue;
              w.__cls += entry.value;
              w.__shifts.push(`${entry.value.toFixed(3)} ${(entry.sources ?? []).map((s) => s.node?.nodeName).join(',')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        await page.waitForTimeout(500);
        const { cls, shifts } = await page.evaluate(() => {
          const w = window as unknown as { __cls: number; __shifts: string[] };
          return { cls: w.__cls, shifts: w.__shifts };
        });
        assert.ok(cls < GOOD_CLS, `CLS ${cls.toFixed(3)}: ${shifts.join('; ')}`);
      } finally {
        await context.close();
      }
    });
  }
});
