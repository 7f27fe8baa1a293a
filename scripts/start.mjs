#!/usr/bin/env node
// `npm start` after install and build: the reference API on its SQLite file, plus every example
// page and the widget bundle served from the same origin, so the pages can post applications
// without any CORS setup. PORT picks the port (default 8787); MI_DB the SQLite file, or
// DATABASE_URL a PostgreSQL database instead (DATABASE_POOL_MAX its connections).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot as root, startSite } from './site.mjs';

const { configFromEnv } = await import(pathToFileURL(join(root, 'examples/api-server/dist/config.js')).href);
const { closeOnSignals } = await import(pathToFileURL(join(root, 'examples/api-server/dist/server.js')).href);

const port = process.env.PORT ? Number(process.env.PORT) : 8787;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number between 0 and 65535, not "${process.env.PORT}".`);
  process.exit(2);
}
const dbPath = process.env.MI_DB ?? join(root, 'examples/api-server/.data/microintern.sqlite');

const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const poolSize = process.env.DATABASE_POOL_MAX ? Number(process.env.DATABASE_POOL_MAX) : undefined;
if (poolSize !== undefined && (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 1000)) {
  console.error(`DATABASE_POOL_MAX must be a whole number from 1 to 1000, not "${process.env.DATABASE_POOL_MAX}".`);
  process.exit(2);
}

const freshDb = !databaseUrl && !existsSync(dbPath);
const { server, pages } = await startSite({
  port,
  ...(databaseUrl ? { databaseUrl, ...(poolSize ? { databasePoolSize: poolSize } : {}) } : { dbPath }),
  config: configFromEnv(process.env),
});
const where = databaseUrl ? `PostgreSQL at ${new URL(databaseUrl).host}` : dbPath;

console.log(`
microintern is running${freshDb ? ` (created and seeded ${where})` : ` (database: ${where})`}

  Examples       ${server.url}/
${pages.map((name) => `  ${name.padEnd(14)} ${server.url}/${name}/\n`).join("")}
  API            ${server.url}/v1/projects
  Companies      ${server.url}/v1/companies
  OpenAPI        ${server.url}/docs/openapi.json

Press Ctrl-C to stop.`);

closeOnSignals(server, { stopping: () => '\nStopping…', stopped: 'Stopped; the database is kept for next time.' });
