/**
 * First-load budget: what a browser fetches before the first paint of any page — index.html and
 * the scripts, module preloads and style sheets it names — compressed as the server sends it
 * (brotli; gzip shown too) must stay within FIRST_LOAD_BUDGET_BYTES. Lazily loaded page chunks
 * are not counted. `.ci/run` runs this after the web build:
 *   node packages/cli/bin/run-ts.js scripts/ci/first-load.ts [packages/web/dist]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

export interface FirstLoadFile {
  readonly path: string;
  readonly bytes: number;
  readonly brotli: number;
  readonly gzip: number;
}

export interface FirstLoad {
  readonly files: readonly FirstLoadFile[];
  readonly bytes: number;
  readonly brotli: number;
  readonly gzip: number;
  readonly withinBudget: boolean;
}

/** The same-origin files index.html loads at first paint (scripts, module preloads, style sheets). */
export function firstLoadPaths(indexHtml: string): string[] {
  const paths = new Set<string>(['/index.html']);
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const url = tag.toLowerCase().startsWith('<script') ? attr('src') : attr('href');
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    if (tag.toLowerCase().startsWith('<link')) {
      const rel = (attr('rel') ?? '').toLowerCase();
      if (!['stylesheet', 'modulepreload', 'preload'].includes(rel)) continue;
    }
    paths.add(url.startsWith('/') ? url : `/${url}`);
  }
  return [...paths];
}

export function measureFirstLoad(distDir: string, budget = FIRST_LOAD_BUDGET_BYTES): FirstLoad {
  const root = resolve(distDir);
  const index = readFileSync(join(root, 'index.html'), 'utf8');
  const files = firstLoadPaths(index).map((path) => {
    const body = readFileSync(join(root, path.split('?')[0]!));
    return {
      path,
      bytes: body.byteLength,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
      gzip: gzipSync(body, { level: 9 }).byteLength,
    };
  });
  const sum = (key: 'bytes' | 'brotli' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
  return {
    files,
    bytes: sum('bytes'),
    brotli: sum('brotli'),
    gzip: sum('gzip'),
    withinBudget: sum('brotli') <= budget,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatFirstLoad(load: FirstLoad, budget = FIRST_LOAD_BUDGET_BYTES): string {
  const lines = load.files.map(
    (f) => `  ${f.path}: ${kb(f.bytes)} → brotli ${kb(f.brotli)}, gzip ${kb(f.gzip)}`,
  );
  lines.push(
    `first load: ${kb(load.bytes)} → brotli ${kb(load.brotli)} (gzip ${kb(load.gzip)}); budget ${kb(budget)} compressed: ${load.withinBudget ? 'within' : 'OVER'}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../packages/web/dist');
  const load = measureFirstLoad(dist);
  console.log(formatFirstLoad(load));
  if (!load.withinBudget) {
    console.error('The first load is over budget: split routes with React.lazy or drop weight.');
    process.exit(1);
  }
}
