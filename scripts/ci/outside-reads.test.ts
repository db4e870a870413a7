// The repository stands alone: nothing it runs reads a path outside it (test-data/README.md).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findOutsideReads, formatOutsideReads } from './outside-reads';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('reads outside the repository', () => {
  it('finds none in the repository', () => {
    const found = findOutsideReads(REPO);
    expect(formatOutsideReads(found)).toBe('');
  });

  describe('on samples', () => {
    const sample = mkdtempSync(join(tmpdir(), 'steward-outside-'));
    afterAll(() => rmSync(sample, { recursive: true, force: true }));
    const up = '..';
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(sample, path)), { recursive: true });
      writeFileSync(join(sample, path), text);
    };
    write(
      'packages/x/src/a.test.ts',
      [
        "import { ok } from './ok';",
        "import { other } from '../../y/src/other';",
        `const gazetteer = new URL('${up}/${up}/${up}/${up}/${'sha' + 'red'}/data.csv', import.meta.url);`,
        `const sibling = resolve(REPO_ROOT, '${up}/${'sha' + 'red'}');`,
        `const parent = path.resolve(repoRoot, '${up}');`,
        `const file = \`\${ROOT}/${up}/elsewhere/x.csv\`;`,
        `const fine = join(REPO_ROOT, 'test-data', 'sdc');`,
      ].join('\n'),
    );
    write('packages/y/src/other.ts', "export const other = '../src/other';\n");
    write('scripts/b.ts', `readFileSync('${up}/${up}/outside.csv');\n`);
    write('.ci/run', `[ -d "$ROOT/${up}/${'sha' + 'red'}/reference-data" ]\n`);
    write('packages/x/node_modules/dep/index.js', `require('${up}/${up}/${up}/${up}/z');\n`);

    const found = findOutsideReads(sample);
    const at = found.map((f) => `${f.file}:${f.line}`);

    it('flags paths escaping the root by every route, with file and line', () => {
      expect(at).toEqual([
        'packages/x/src/a.test.ts:3',
        'packages/x/src/a.test.ts:4',
        'packages/x/src/a.test.ts:5',
        'packages/x/src/a.test.ts:6',
        'scripts/b.ts:1',
        '.ci/run:1',
      ]);
      expect(found[0]!.reason).toMatch(/shared folder/);
      expect(found.find((f) => f.line === 5)!.reason).toMatch(/repository root/);
      expect(found.find((f) => f.file === 'scripts/b.ts')!.reason).toMatch(/outside the repository/);
    });

    it('leaves relative paths inside the root, and dependencies, alone', () => {
      expect(at).not.toContain('packages/x/src/a.test.ts:1');
      expect(at).not.toContain('packages/x/src/a.test.ts:2');
      expect(at).not.toContain('packages/x/src/a.test.ts:7');
      expect(at.some((a) => a.startsWith('packages/y') || a.includes('node_modules'))).toBe(false);
    });
  });
});
