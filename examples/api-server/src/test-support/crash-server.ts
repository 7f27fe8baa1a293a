// A server in a child process, so a test can kill it outright (SIGKILL: no shutdown, no
// cleanup) the way a crash or an OOM kill would. Started by webhooks.test.ts with the SQLite
// file in MI_DB and the app settings as JSON in MI_TEST_CONFIG; says "ready <url>" when up.
import { startServer } from '../server.js';

const server = await startServer({ port: 0, dbPath: process.env.MI_DB!, config: JSON.parse(process.env.MI_TEST_CONFIG ?? '{}') });
process.stdout.write(`ready ${server.url}\n`);
