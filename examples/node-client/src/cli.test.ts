// The command as a person runs it: a child process against a real reference API on a fresh
// SQLite file, with a secret key made by the API's own admin command.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient, type Application, type Project } from '@microintern/core';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiServerDist = join(here, '..', 'api-server', 'dist');

interface RunningServer {
  url: string;
  close(): Promise<void>;
}
interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source, as `node dist/cli.js` would run once built. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(here, 'src', 'cli.ts'), ...args],
      // Without the caller's MI_* variables, so the defaults tested are the command's own.
      { cwd: here, env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let dir: string;
let server: RunningServer;
let api: string;
let key: string;
let open: Project[];

describe('microintern-gigs', () => {
  before(async () => {
    assert.ok(existsSync(join(apiServerDist, 'server.js')), 'examples/api-server is not built: run `npm run build` there (the root `npm test` does)');
    dir = await mkdtemp(join(tmpdir(), 'mi-node-client-'));
    const dbPath = join(dir, 'api.sqlite');
    const { startServer } = (await import(pathToFileURL(join(apiServerDist, 'server.js')).href)) as {
      startServer(options: { port: number; dbPath: string }): Promise<RunningServer>;
    };
    server = await startServer({ port: 0, dbPath });
    api = server.url;
    const made = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [join(apiServerDist, 'admin.js'), 'create-key', '--company', 'forkful', '--db', dbPath], (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    key = /sk_\w+/.exec(made)?.[0] ?? assert.fail(`no key in: ${made}`);
    open = (await createClient({ baseUrl: api }).projects.page({ limit: 100 })).items;
    assert.ok(open.length > 10, 'the API is seeded');
  });

  after(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('list: every open gig as an aligned table, newest first', async () => {
    const { code, stdout, stderr } = await cli(['list', '--api', api]);
    assert.equal(code, 0, stderr);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^TITLE +COMPANY +PAY +EFFORT +WINDOW +CLOSES$/);
    assert.equal(lines.at(-1), `${open.length} open gigs.`);
    const rows = lines.slice(1, -2);
    assert.equal(rows.length, open.length);
    assert.ok(rows[0]!.startsWith(open[0]!.title.slice(0, 40)), rows[0]);
    // Aligned: the COMPANY column starts at the same offset on every row.
    const at = lines[0]!.indexOf('COMPANY');
    for (const row of rows) assert.ok(row[at - 1] === ' ' && row[at] !== ' ', `COMPANY does not start at column ${at}: ${row}`);
    assert.ok(rows.some((row) => row.includes('$20/hr') && row.includes('Forkful')), 'pay is formatted by formatRate');
  });

  it('list --company --json: that company gigs as JSON, with MI_API as the default API', async () => {
    const { code, stdout, stderr } = await cli(['list', '--company', 'forkful', '--json'], { MI_API: api });
    assert.equal(code, 0, stderr);
    const listed = JSON.parse(stdout) as Project[];
    assert.deepEqual(
      listed.map((p) => p.id),
      open.filter((p) => p.company.slug === 'forkful').map((p) => p.id),
    );
  });

  it('post, then applications: a gig created with the key, and what an applicant sent to it', async () => {
    const posted = await cli(['post', '--api', api, '--company', 'forkful', '--key', key, '--file', 'project.example.json', '--json']);
    assert.equal(posted.code, 0, posted.stderr);
    const project = JSON.parse(posted.stdout) as Project;
    assert.equal(project.title, 'Photograph and describe our spring menu');
    assert.equal(project.company.slug, 'forkful');

    await createClient({ baseUrl: api }).applications.submit(project.id, {
      applicant: { name: 'Grace Hopper', email: 'grace@example.edu' },
      answers: { portfolio: 'https://grace.example/photos', saturday: 'yes' },
      consent: true,
    });

    const table = await cli(['applications', '--api', api, '--company', 'forkful', '--project', project.id], { MI_KEY: key });
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^RECEIVED +NAME +EMAIL +PROJECT +STATUS +ID\n/);
    assert.match(table.stdout, new RegExp(`Grace Hopper +grace@example\\.edu +${project.id} +received`));
    assert.match(table.stdout, new RegExp(`1 application for project ${project.id}\\.\\n$`));

    const json = await cli(['applications', '--api', api, '--company', 'forkful', '--key', key, '--project', project.id, '--json']);
    const applications = JSON.parse(json.stdout) as Application[];
    assert.equal(applications.length, 1);
    assert.deepEqual(applications[0]!.answers, { portfolio: 'https://grace.example/photos', saturday: 'yes' });
  });

  it('set-status: moves an application along with a message, prints its timeline, and says why a declined one cannot be reopened', async () => {
    const gig = open.find((p) => p.company.slug === 'forkful' && p.questions.every((q) => !q.required))!;
    const { id } = await createClient({ baseUrl: api }).applications.submit(gig.id, { applicant: { name: 'Katherine Johnson', email: 'kj@example.edu' }, answers: {}, consent: true });
    const base = ['set-status', '--api', api, '--company', 'forkful', '--key', key, '--application', id];
    const reviewing = await cli([...base, '--status', 'reviewing']);
    assert.equal(reviewing.code, 0, reviewing.stderr);
    const declined = await cli([...base, '--status', 'declined', '--message', 'We picked someone closer to the team this time.']);
    assert.equal(declined.code, 0, declined.stderr);
    assert.match(declined.stdout, new RegExp(`^Katherine Johnson's application ${id} is now declined\.\n`));
    assert.match(declined.stdout, /\n {2}\d{4}-\d\d-\d\d {2}received *\n {2}\d{4}-\d\d-\d\d {2}reviewing *\n {2}\d{4}-\d\d-\d\d {2}declined {3}We picked someone closer/);
    const reopen = await cli([...base, '--status', 'reviewing']);
    assert.equal(reopen.code, 1);
    assert.match(reopen.stderr, /answered 409 Status change not allowed\.\n {2}An application that is declined cannot move to reviewing; declined is final/);
  });

  it('export --out: CSV with every gig, quoted commas and formula cells defused', async () => {
    const hostile = JSON.parse(await readFile(join(here, 'project.example.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, 'hostile.json'), JSON.stringify({ ...hostile, title: '=HYPERLINK("http://evil.example","Click")', slug: 'hostile' }));
    const posted = await cli(['post', '--api', api, '--company', 'forkful', '--key', key, '--file', join(dir, 'hostile.json')]);
    assert.equal(posted.code, 0, posted.stderr);

    const out = join(dir, 'gigs.csv');
    const { code, stdout, stderr } = await cli(['export', '--api', api, '--out', out]);
    assert.equal(code, 0, stderr);
    const csv = await readFile(out, 'utf8');
    const lines = csv.split('\r\n');
    assert.equal(lines.at(-1), '', 'every record ends with CRLF');
    assert.equal(lines[0], 'id,title,company,category,schedule,pay,pay_kind,currency,pay_min,pay_max,hours_min,hours_max,window,apply_by,posted_at,remote,skills');
    const total = (await createClient({ baseUrl: api }).projects.page({ limit: 100 })).items.length;
    assert.equal(lines.length - 2, total);
    assert.equal(stdout.trim(), `Wrote ${total} gigs to ${out}.`);
    assert.ok(csv.includes(',"\'=HYPERLINK(""http://evil.example"",""Click"")",Forkful,'), 'the formula is text, quoted');
    const churn = lines.find((line) => line.includes('churn survey'));
    assert.match(churn ?? '', /^p_\w+,"Analyse 1,200 churn survey responses",Forkful,data,/);
  });

  it('a refused key: says so and exits 1', async () => {
    const { code, stdout, stderr } = await cli(['applications', '--api', api, '--company', 'forkful', '--key', 'sk_live_not-the-key']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, `The secret key was refused by ${api} for company forkful: check MI_KEY.\n`);
  });

  it('an API that is not running: says how to start it and exits 1', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const { code, stderr } = await cli(['list', '--api', down]);
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`^Cannot reach ${down.replaceAll('.', '\\.')}: is \`npm start\` running\\?\\n  \\(connect ECONNREFUSED`));
  });

  it('a project file with mistakes: names each field and sends nothing', async () => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ title: 'Half a gig', category: 'cooking' }));
    const { code, stderr } = await cli(['post', '--api', api, '--company', 'forkful', '--key', key, '--file', join(dir, 'bad.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /bad\.json is not a valid project:\n {2}summary: /);
    assert.match(stderr, /\n {2}category: Must be one of/);
  });

  it('wrong arguments: the reason and the usage text, exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /^Name a command\./],
      [['lst'], /^Unknown command "lst"\./],
      [['post', '--company', 'forkful', '--file', 'x.json'], /^post needs the company's secret key: --key or MI_KEY\./],
      [['applications', '--key', 'sk_x'], /^applications needs --company/],
      [['list', '--file', 'x.json'], /^list does not take --file\./],
      [['list', '--limit', '0'], /^--limit must be a whole number/],
      [['list', '--api', 'localhost:8787'], /^--api must be an http\(s\) URL/],
      [['list', '--colour'], /Unknown option '--colour'/],
      [['set-status', '--company', 'forkful', '--key', 'sk_x', '--application', 'app_1', '--status', 'hired'], /^set-status needs --status reviewing, accepted, declined, not "hired"\./],
      [['set-status', '--company', 'forkful', '--key', 'sk_x', '--status', 'accepted'], /^set-status needs --application/],
    ];
    for (const [args, reason] of cases) {
      const { code, stdout, stderr } = await cli(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.match(stderr, reason);
      assert.match(stderr, /\n\nUsage: microintern-gigs <command> \[options\]/);
    }
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: microintern-gigs/);
  });
});
