// The first-load budget check, on sample builds (one within, one over) and on the parser.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoadPaths, formatFirstLoad, measureFirstLoad } from './first-load';

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
<link rel="stylesheet" crossorigin href="/assets/index-123.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
<script src="https://elsewhere.example/x.js"></script>
</head><body><div id="root"></div></body></html>`;

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function sampleDist(entryBytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-first-load-'));
  made.push(dir);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets/index-abc.js'), entryBytes);
  writeFileSync(join(dir, 'assets/vendor-def.js'), 'export const v = 1;\n'.repeat(500));
  writeFileSync(join(dir, 'assets/index-123.css'), 'body { margin: 0 }\n'.repeat(200));
  writeFileSync(join(dir, 'assets/lazy-page.js'), randomBytes(400_000));
  return dir;
}

describe('first-load budget', () => {
  it('counts index.html, its scripts, module preloads and style sheets, not icons or other origins', () => {
    expect(firstLoadPaths(INDEX)).toEqual([
      '/index.html',
      '/assets/index-abc.js',
      '/assets/vendor-def.js',
      '/assets/index-123.css',
    ]);
  });

  it('passes a small build, compressed sizes summed; lazy chunks do not count', () => {
    const load = measureFirstLoad(sampleDist('console.log("app");\n'.repeat(5000)));
    expect(load.files).toHaveLength(4);
    expect(load.brotli).toBeLessThan(load.bytes / 10);
    expect(load.withinBudget).toBe(true);
    expect(formatFirstLoad(load)).toMatch(/budget 150\.0 KB compressed: within/);
  });

  it('fails a build whose first load is over 150 KB compressed', () => {
    // Random bytes do not compress: 200 KB stays ~200 KB.
    const load = measureFirstLoad(sampleDist(randomBytes(200_000)));
    expect(load.brotli).toBeGreaterThan(150 * 1024);
    expect(load.withinBudget).toBe(false);
    expect(formatFirstLoad(load)).toMatch(/OVER/);
  });
});
