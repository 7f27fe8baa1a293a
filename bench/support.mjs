// Helpers the browser benchmarks share: where the widgets package is and the tools it installs
// (esbuild, playwright-core), a loopback server for pages held in memory, and the summary
// statistics they report.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the widgets package. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const widgets = join(root, 'packages', 'widgets');

/** Loads a package the way the widgets package resolves it (esbuild, playwright-core, rollup). */
export const requireFromWidgets = createRequire(join(widgets, 'package.json'));

/** The number after `--name` on the command line, or `fallback`. */
export function numberArg(name, fallback) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return (i === -1 ? undefined : Number(argv[i + 1])) || fallback;
}

/**
 * Serves `files` (`{ '/path': { type, body } }`) on 127.0.0.1 on a free port, each response with
 * `headers` added. Resolves with the server and its base URL; close the server when done.
 */
export async function serveFiles(files, headers = {}) {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, ...headers }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Count, median, 90th percentile (nearest rank), min and max of `values`. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: median(sorted),
    p90: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)],
    min: sorted[0],
    max: sorted.at(-1),
  };
}
