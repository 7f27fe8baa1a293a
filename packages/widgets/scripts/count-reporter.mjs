// A web-test-runner reporter that totals passed and failed tests over every browser session
// and prints one closing line, `N passed, N failed`, the format the monorepo's test runner
// adds up. A test file that failed to load (a syntax error, a 404 import) has no test results
// but must not look green, so each such session counts as one failure.
import { writeFileSync } from 'node:fs';

function walk(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) walk(child, counts);
}

/**
 * @param {{ resultFile?: string }} [options] `resultFile` also receives the counts as JSON, so a
 *   wrapper script can tell a crash (no file) from a run.
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter({ resultFile } = {}) {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        walk(session.testResults, counts);
        const broken = (session.errors?.length ?? 0) > 0 || (session.status === 'FINISHED' && !session.passed);
        if (broken && counts.failed === before) counts.failed++;
      }
    },
    stop() {
      if (resultFile) writeFileSync(resultFile, JSON.stringify(counts));
      // The default reporter prints its last lines after reporters stop, so the total waits for
      // the process to exit, where it is the last line of the run (stdout is synchronous there).
      process.once('exit', () => process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed\n`));
    },
  };
}
