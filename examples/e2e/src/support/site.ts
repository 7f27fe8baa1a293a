import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot, startSite } from '../../../../scripts/site.mjs';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';

export { repoRoot };


/** The parts of the api-server's `RunningServer` these tests use. */
export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** A running site (API + example pages on one origin) and a headless browser to visit it. */
export interface E2eSite {
  url: string;
  dbPath: string;
  server: SiteServer;
  browser: Browser;
  /** Stops the browser and the server and deletes the temporary database. */
  close(): Promise<void>;
}

/**
 * Starts exactly what `npm start` serves, on a free port and a fresh, seeded SQLite file in a
 * temporary folder, and launches headless Chromium.
 *
 * @example
 * ```ts
 * const site = await startE2eSite();
 * const page = await site.browser.newPage();
 * await page.goto(`${site.url}/careers-page/`);
 * await site.close();
 * ```
 */
export async function startE2eSite(): Promise<E2eSite> {
  const dir = mkdtempSync(join(tmpdir(), 'mi-e2e-'));
  const dbPath = join(dir, 'e2e.sqlite');
  const { server } = (await startSite({ port: 0, dbPath, config: { logError: () => {} } })) as { server: SiteServer };
  let browser: Browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions());
  } catch (error) {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    dbPath,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What went wrong on a page while a test used it. */
export interface PageProblems {
  /** `console.error` messages (CSP violations and failed loads are reported here too). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Requests that failed or got a 4xx/5xx answer. */
  failedRequests: string[];
  /** Every request URL, in order. */
  requests: string[];
}

/**
 * A fresh browser context and page that records console errors, page errors and failed
 * requests, so a test can assert that a page loaded cleanly.
 */
export async function openPage(
  site: E2eSite,
  { viewport = { width: 1280, height: 800 }, bypassCSP = false }: { viewport?: { width: number; height: number }; bypassCSP?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; problems: PageProblems }> {
  const context = await site.browser.newContext({ viewport, timezoneId: 'America/Chicago', locale: 'en-US', bypassCSP });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => problems.requests.push(request.url()));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: ${response.status()}`);
  });
  return { page, context, problems };
}

/**
 * Polls `read` until `check` accepts its value (default 10 s), then returns it; on timeout
 * throws with the last value, so a failure says what the page showed instead.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Fetches JSON from the running API. */
export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
