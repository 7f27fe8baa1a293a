#!/usr/bin/env node
// `npm run bench:api`: requests per second and p50/p99 latency of the reference API's list and
// application endpoints beside a bare node:http hello-world, measured in the same run with the
// same load generator (autocannon) on loopback. Each server runs in its own process; every run
// is bounded in time. Not a test: it prints figures to record in bench/README.md.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { once } from 'node:events';

const require = createRequire(new URL('../examples/api-server/package.json', import.meta.url));
const autocannon = require('autocannon');

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function launch(script, ...args) {
  const child = spawn(process.execPath, [new URL(script, import.meta.url).pathname, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  for await (const chunk of child.stdout) {
    out += chunk;
    const line = out.split('\n').find((l) => l.startsWith('READY '));
    if (line) return { child, args: line.split(' ').slice(1) };
  }
  throw new Error(`${script} exited before it was ready`);
}

async function stop(child) {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, duration: seconds, ...options }, (error, result) => {
      if (error) reject(error);
      else resolve({ title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx });
    });
  });
}

const hello = await launch('hello-server.mjs');
const api = await launch('api-server.mjs');
const uncached = await launch('api-server.mjs', '--no-read-cache');
const [helloUrl] = hello.args;
const [uncachedUrl] = uncached.args;
const [apiUrl, projectId, company] = api.args;
let n = 0;
const results = [];
try {
  results.push(await run('node:http hello-world', { url: helloUrl }));
  results.push(await run('GET /v1/projects (marketplace, 20 per page)', { url: `${apiUrl}/v1/projects?limit=20` }));
  results.push(await run(`GET /v1/companies/${company}/projects?sort=pay&schedule=weekend,flexible`, {
    url: `${apiUrl}/v1/companies/${company}/projects?sort=pay&schedule=weekend,flexible`,
  }));
  results.push(await run('GET /v1/projects?q=data&sort=pay, read cache off (every request hits SQLite)', {
    url: `${uncachedUrl}/v1/projects?q=data&sort=pay&limit=20`,
  }));
  results.push(await run('POST .../applications (new Idempotency-Key each)', {
    url: `${apiUrl}/v1/companies/${company}/projects/${projectId}/applications`,
    method: 'POST',
    setupClient(client) {
      client.setHeaders({ 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${n++}` });
      client.setBody(JSON.stringify({
        projectId,
        applicant: { name: 'Bench Applicant', email: `bench${n}@example.edu` },
        answers: {},
        consent: true,
      }));
    },
    // A fresh key per request, so every POST stores an application rather than replaying one.
    requests: [{
      setupRequest(request) {
        request.headers = { ...request.headers, 'idempotency-key': `bench-${process.pid}-${n++}` };
        return request;
      },
    }],
  }));
} finally {
  await stop(hello.child);
  await stop(api.child);
  await stop(uncached.child);
}

const base = results[0].rps;
console.log(`\n${connections} connections, ${seconds} s each, Node ${process.version}\n`);
console.log('| endpoint | req/s | vs hello-world | p50 ms | p99 ms | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(`| ${r.title} | ${Math.round(r.rps)} | ${Math.round((r.rps / base) * 100)}% | ${r.p50} | ${r.p99} | ${r.errors} |`);
}
