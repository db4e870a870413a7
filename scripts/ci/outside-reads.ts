/**
 * The repository must stand alone: no source, test, script or CI file may read a path outside the
 * repository (e.g. a `shared` folder beside it that a fresh clone does not have). This scanner looks
 * for such paths statically; `outside-reads.test.ts` runs it on the repository (and on samples, so
 * that the check itself is known to fail when it should).
 *
 * Flagged, line by line:
 * - a path that goes up into a sibling `shared` folder;
 * - a relative path literal (`'../../x'`) that, resolved from the file's own folder, leaves the root;
 * - a root-like variable joined with a parent step (resolve of REPO_ROOT and "up one");
 * - a template literal that climbs above an interpolated path (an interpolated root, then "up one").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

export interface OutsideRead {
  /** Path relative to the scanned root, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly reason: string;
}

/** Folders scanned under the root, and single files. */
const SCANNED = ['packages', 'scripts', '.ci', 'vitest.config.ts', 'eslint.config.js', 'package.json'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.tsbuild', 'drizzle', 'coverage', '.steward']);
const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.sh', '']);

const SIBLING_SHARED = /\.\.[\\/]+shared\b/;
const RELATIVE_LITERAL = /(['"`])((?:\.\.[\\/])+[^'"`\n]*|\.\.)\1/g;
const ROOT_UP = /\b\w*root\w*\s*,\s*(['"`])\.\.(?:[\\/][^'"`\n]*)?\1/i;
const TEMPLATE_UP = /\$\{[^}\n]*\}[\\/]\.\.(?:[\\/]|`)/;

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!SKIPPED_DIRS.has(entry)) walk(join(path, entry));
      }
    } else if (EXTENSIONS.has(extname(path)) && info.size < 2_000_000) {
      out.push(path);
    }
  };
  for (const name of SCANNED) walk(join(root, name));
  return out;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/** Every place in `root`'s sources, tests, scripts and CI files that reads outside `root`. */
export function findOutsideReads(root: string): OutsideRead[] {
  const absRoot = resolve(root);
  const found: OutsideRead[] = [];
  for (const path of listFiles(absRoot)) {
    const file = relative(absRoot, path).split(sep).join('/');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((text, index) => {
      const report = (column: number, reason: string): void => {
        found.push({ file, line: index + 1, column: column + 1, text: text.trim(), reason });
      };
      const shared = SIBLING_SHARED.exec(text);
      if (shared) return report(shared.index, 'reads the shared folder beside the repository');
      const rootUp = ROOT_UP.exec(text);
      if (rootUp) return report(rootUp.index, 'goes up from the repository root');
      const templateUp = TEMPLATE_UP.exec(text);
      if (templateUp) return report(templateUp.index, 'goes up from an interpolated path');
      for (const match of text.matchAll(RELATIVE_LITERAL)) {
        const target = resolve(dirname(path), match[2]!);
        if (!isInside(absRoot, target)) {
          return report(match.index, `resolves outside the repository (${match[2]})`);
        }
      }
      return undefined;
    });
  }
  return found;
}

/** One line per finding: `file:line:column: reason: text`. */
export function formatOutsideReads(found: readonly OutsideRead[]): string {
  return found.map((f) => `${f.file}:${f.line}:${f.column}: ${f.reason}: ${f.text}`).join('\n');
}
