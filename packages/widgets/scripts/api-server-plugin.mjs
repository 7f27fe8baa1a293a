// A web-test-runner plugin that starts the reference Micro-Internship API
// (examples/api-server) for the end-to-end tests, on a free port with a fresh SQLite file, and
// tells the test page where it is through `GET /__mi/api.json` ({ "url": … } or { "error": … }).
//
// The server runs in a child process (TypeScript through tsx, as the example's own scripts do),
// so its native SQLite module and its event loop stay out of the test runner's process. A
// server that fails to start is reported to the tests as an error, which fails them: the
// end-to-end tests are never skipped quietly.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STARTUP_TIMEOUT = 120_000;

/** @param {{ root: string }} options the monorepo root. */
export function apiServerPlugin({ root }) {
  let child;
  let dataDir;
  let answer = { error: 'the API server was not started' };
  // Secret keys per company slug, for /__mi/applications. They stay in this process: a secret
  // key never reaches a browser page, not even a test page.
  let secretKeys = {};

  // `origin` is the test page's: the apply-form tests POST applications from it, which the API's
  // per-company CORS allow-list would otherwise refuse.
  async function start(origin) {
    const serverDir = join(root, 'examples', 'api-server');
    dataDir = mkdtempSync(join(tmpdir(), 'mi-widgets-api-'));
    const script = `
      const { startServer } = await import(${JSON.stringify(join(serverDir, 'src', 'server.ts'))});
      const server = await startServer({
        port: 0,
        dbPath: ${JSON.stringify(join(dataDir, 'api.sqlite'))},
        // Many tests apply from one IP; the rate limit itself is tested in the API's own suite.
        config: { extraAllowedOrigins: ${JSON.stringify([origin])}, rateLimit: { max: 100000, windowMs: 60000 } },
      });
      const { generateSecretKey } = await import(${JSON.stringify(join(serverDir, 'src', 'domain', 'secret-keys.ts'))});
      const { newId } = await import(${JSON.stringify(join(serverDir, 'src', 'domain', 'ids.ts'))});
      const keys = {};
      for (const company of await server.store.listCompanies()) {
        const key = generateSecretKey('test');
        await server.store.createApiKey({ id: newId('key'), companyId: company.id, hash: key.hash, prefix: key.prefix, mode: 'test', createdAt: Date.now(), revokedAt: null });
        keys[company.slug] = key.secret;
      }
      process.stdout.write(JSON.stringify({ url: server.url, keys }) + '\\n');
      process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
    `;
    child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: serverDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ error: `the API server did not start within ${STARTUP_TIMEOUT / 1000} s` }), STARTUP_TIMEOUT);
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) {
          clearTimeout(timer);
          resolve(JSON.parse(line));
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ error: `the API server exited (${code}): ${errors.slice(-2000)}` });
      });
    });
  }

  return {
    name: 'mi-api-server',
    async serverStart({ config }) {
      const { keys, ...started } = await start(`${config.http2 ? 'https' : 'http'}://${config.hostname ?? 'localhost'}:${config.port}`);
      answer = started;
      secretKeys = keys ?? {};
      if (answer.error) console.error(`[mi-api-server] ${answer.error}`);
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/__mi/api.json') return { body: JSON.stringify(answer), type: 'json' };
      // What the API stored, read with the company's secret key: GET /__mi/applications?company=…&projectId=…
      if (context.path === '/__mi/applications') return listApplications(answer.url, secretKeys, context.URL.searchParams);
      // A company moving an application along: GET /__mi/set-status?company=…&id=…&status=…&message=…
      if (context.path === '/__mi/set-status') return setStatus(answer.url, secretKeys, context.URL.searchParams);
      return undefined;
    },
  };
}

async function listApplications(url, keys, params) {
  const company = params.get('company') ?? '';
  if (!url || !keys[company]) return { body: JSON.stringify({ error: `no API or key for ${company}` }), type: 'json' };
  const query = params.get('projectId') ? `?projectId=${encodeURIComponent(params.get('projectId'))}&limit=100` : '?limit=100';
  const response = await fetch(`${url}/v1/companies/${encodeURIComponent(company)}/applications${query}`, {
    headers: { authorization: `Bearer ${keys[company]}` },
  });
  const body = await response.text();
  return { body: response.ok ? body : JSON.stringify({ error: `${response.status}: ${body}` }), type: 'json' };
}

async function setStatus(url, keys, params) {
  const company = params.get('company') ?? '';
  if (!url || !keys[company]) return { body: JSON.stringify({ error: `no API or key for ${company}` }), type: 'json' };
  const change = { status: params.get('status'), ...(params.get('message') ? { message: params.get('message') } : {}) };
  const response = await fetch(`${url}/v1/companies/${encodeURIComponent(company)}/applications/${encodeURIComponent(params.get('id') ?? '')}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${keys[company]}`, 'content-type': 'application/json' },
    body: JSON.stringify(change),
  });
  const body = await response.text();
  return { body: response.ok ? body : JSON.stringify({ error: `${response.status}: ${body}` }), type: 'json' };
}
