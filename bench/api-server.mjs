// The reference API on a temporary SQLite file, in its own process so the load generator does
// not share its event loop. Prints READY <url> <first open project id> <company slug>.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url);
const { startServer } = await import(new URL('examples/api-server/dist/server.js', root).href);
const dir = mkdtempSync(join(tmpdir(), 'mi-bench-'));
const server = await startServer({
  port: 0,
  dbPath: join(dir, 'bench.sqlite'),
  // The benchmark measures throughput, not the abuse guard.
  config: {
    rateLimit: { max: 1_000_000_000, windowMs: 60_000 },
    // `--no-read-cache` measures every list request through SQLite rather than the 5 s memory cache.
    ...(process.argv.includes('--no-read-cache') ? { readCacheTtlMs: 0 } : {}),
    logError: () => {},
  },
});
const { items } = await (await fetch(`${server.url}/v1/projects?limit=1&sort=deadline`)).json();
console.log(`READY ${server.url} ${items[0].id} ${items[0].company.slug}`);
process.on('SIGTERM', async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
