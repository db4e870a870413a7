// Reads the vitest JSON reports CI wrote and prints one line per run, the name of every failed test
// (file and title, so that the end of the log says what failed), and a closing total line in the
// plain "N passed, N failed" form.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2];
const root = process.cwd();
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of readdirSync(dir)
  .filter((f) => /^vitest-.*\.json$/.test(f))
  .sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const label = file.replace(/^vitest-|\.json$/g, '');
  const p = report.numPassedTests ?? 0;
  const f = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  const s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`tests ${label}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
  for (const suite of report.testResults ?? []) {
    const name = relative(root, suite.name ?? '');
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) {
      const why = String(t.failureMessages?.[0] ?? '')
        .split('\n')[0]
        .slice(0, 200);
      failures.push(`failed ${label}: ${name} > ${t.fullName ?? t.title}${why ? ` — ${why}` : ''}`);
    }
    if (failedTests.length === 0 && suite.status === 'failed') {
      const why = String(suite.message ?? '')
        .split('\n')[0]
        .slice(0, 200);
      failures.push(`failed ${label}: ${name} (the file itself)${why ? ` — ${why}` : ''}`);
    }
  }
}
for (const line of failures.slice(0, 30)) console.log(line);
if (failures.length > 30) console.log(`… and ${failures.length - 30} more failed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
