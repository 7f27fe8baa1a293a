#!/usr/bin/env node
// Runs the reference API: `node dist/main.js`. PORT (default 8787), HOST (default 127.0.0.1),
// MI_DB (SQLite file), DATABASE_URL (PostgreSQL) and DATABASE_POOL_MAX (its connections per
// instance, default 10), MI_STATIC_DIR (example pages to serve),
// MI_ALLOWED_ORIGINS, MI_RATE_LIMIT and MI_TRUST_PROXY (see config.ts).
import { configFromEnv } from './config.js';
import { closeOnSignals, startServer } from './server.js';

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
  const server = await startServer({
    port,
    host: process.env.HOST || '127.0.0.1',
    ...(process.env.MI_DB ? { dbPath: process.env.MI_DB } : {}),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.DATABASE_POOL_MAX ? { databasePoolSize: poolSize(process.env.DATABASE_POOL_MAX) } : {}),
    ...(process.env.MI_STATIC_DIR ? { staticDir: process.env.MI_STATIC_DIR } : {}),
    config: configFromEnv(process.env),
    onListen: ({ url }) => console.log(`Micro-Internship API on ${url}/v1/projects`),
  });

  closeOnSignals(server);
}

function poolSize(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error(`DATABASE_POOL_MAX must be a whole number from 1 to 1000, not ${text}`);
  return n;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
