#!/usr/bin/env node
// Runs the reference API: `node dist/main.js`. PORT (default 8787), HOST (default 127.0.0.1),
// MI_DB (SQLite file), DATABASE_URL (PostgreSQL) and DATABASE_POOL_MAX (its connections per
// instance, default 10), MI_STATIC_DIR (example pages to serve),
// MI_ALLOWED_ORIGINS, MI_RATE_LIMIT and MI_TRUST_PROXY (see config.ts).
import { configFromEnv } from './config.js';
import { closeOnSignals, startServer } from './server.js';
import { storeLocationFromEnv } from './store/open-store.js';

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
  const server = await startServer({
    port,
    host: process.env.HOST || '127.0.0.1',
    ...storeLocationFromEnv(process.env),
    ...(process.env.MI_STATIC_DIR ? { staticDir: process.env.MI_STATIC_DIR } : {}),
    config: configFromEnv(process.env),
    onListen: ({ url }) => console.log(`Micro-Internship API on ${url}/v1/projects`),
  });

  closeOnSignals(server);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
