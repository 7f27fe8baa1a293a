// The one place that says how this project starts Chromium: Debian's build (never a downloaded
// browser), headless, with the flags this closed network needs (without the background-networking
// ones Chromium keeps trying to reach Google's hosts). `CHROMIUM` points at another binary.
// Used by the browser test configs, the end-to-end tests, the benchmarks and the screenshots.

export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Playwright launch options for Debian's Chromium, with `extraArgs` appended.
 *
 * @example
 * ```js
 * const browser = await chromium.launch(chromiumLaunchOptions(['--hide-scrollbars']));
 * ```
 */
export function chromiumLaunchOptions(extraArgs = []) {
  return { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] };
}
