// Reads the vitest JSON reports CI wrote and prints one line per run and a closing total line
// in the plain "N passed, N failed" form.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
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
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
