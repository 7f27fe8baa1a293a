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
const { storeLocationFromEnv } = await import(pathToFileURL(join(root, 'examples/api-server/dist/store/open-store.js')).href);

const port = process.env.PORT ? Number(process.env.PORT) : 8787;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number between 0 and 65535, not "${process.env.PORT}".`);
  process.exit(2);
}
let location;
try {
  // MI_DB, DATABASE_URL and DATABASE_POOL_MAX, read as the API server reads them.
  location = { dbPath: join(root, 'examples/api-server/.data/microintern.sqlite'), ...storeLocationFromEnv(process.env) };
} catch (error) {
  console.error(`${error.message}.`);
  process.exit(2);
}
const { dbPath, databaseUrl } = location;

const freshDb = !databaseUrl && !existsSync(dbPath);
const { server, pages } = await startSite({ port, ...location, config: configFromEnv(process.env) });
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
