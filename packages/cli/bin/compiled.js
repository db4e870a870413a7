// The compiled `steward`: the server packages' TypeScript (core, db, services, api, cli) bundled by
// esbuild into packages/cli/dist/ as plain JavaScript, rebuilt only when a source changed (a stamp of
// every source file's path, size and modification time). Starting then runs JavaScript instead of
// transpiling the sources at every start. Dependencies in node_modules stay outside the bundle.
// See docs/decisions/0014-fast-start-and-compression.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = dirname(CLI);
/** The packages bundled into the server build (web is built by Vite, separately). */
const SOURCES = ['core', 'db', 'services', 'api', 'cli'].map((p) => join(PACKAGES, p, 'src'));
/** Builds live in dist/<stamp>/, one folder per state of the sources (a running process keeps its own). */
export const DIST = join(CLI, 'dist');
/** Bump when the build options below change, so that old builds are redone. */
const BUILD_VERSION = '2';

function isSource(name) {
  return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts');
}

/** One hash over every source file's path, size and modification time (no file is read). */
export function sourceStamp() {
  const hash = createHash('sha256').update(BUILD_VERSION).update(process.version);
  // Paths are joined as strings, relative ones carried along: path.join/relative per file were a
  // quarter of a bare start's CPU.
  const walk = (dir, rel) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const name = entry.name;
      if (entry.isDirectory()) {
        if (name !== 'test-support' && name !== 'node_modules') walk(dir + sep + name, rel + sep + name);
      } else if (isSource(name)) {
        const info = statSync(dir + sep + name);
        hash.update(`${rel}${sep}${name}\0${info.size}\0${info.mtimeMs}\n`);
      }
    }
  };
  for (const dir of SOURCES) walk(dir, relative(PACKAGES, dir));
  return hash.digest('hex');
}

/** esbuild plugin: keep packages from node_modules external, bundle the workspace's own. */
const externalDependencies = {
  name: 'external-dependencies',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@steward/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * esbuild plugin: a source's `import.meta.url` means the source file's own place (it finds the
 * migrations, the demo's data file, the web build next to it), so it is rewritten to that place
 * relative to the bundle — the build keeps working when the repository moves.
 */
const sourceLocation = {
  name: 'source-location',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromDist = relative(build.initialOptions.outdir, args.path).split(sep).join('/');
      return {
        contents: text.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`,
        ),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

async function build(folder) {
  const { build: esbuild } = await import('esbuild');
  const tmp = `${folder}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  await esbuild({
    // The CSV reader's second thread is its own entry: a worker loads only what it needs.
    entryPoints: { steward: join(CLI, 'src/main.ts'), 'csv-worker': join(CLI, 'src/sdc/csv-worker.ts') },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    // Chunks sit beside the entry, so a rewritten import.meta.url (below) is right in every file.
    chunkNames: '[name]-[hash]',
    logLevel: 'error',
    plugins: [externalDependencies, sourceLocation],
  });
  // A concurrent build of the same sources makes the same files: whichever rename wins is fine.
  try {
    renameSync(tmp, folder);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(folder, 'steward.js'))) throw error;
  }
  // Builds of earlier sources, once nothing can still be starting from them.
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const entry of readdirSync(DIST)) {
    const path = join(DIST, entry);
    if (path !== folder && statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The URL of the compiled entry, building it first when it is missing or its sources changed.
 * Returns null when it cannot be built here (esbuild missing): the caller then runs the sources.
 */
export async function compiledEntry() {
  if (process.env.STEWARD_RUN_SOURCES === '1') return null;
  const folder = join(DIST, sourceStamp().slice(0, 16));
  const entry = join(folder, 'steward.js');
  if (!existsSync(entry)) {
    try {
      mkdirSync(DIST, { recursive: true });
      await build(folder);
    } catch (error) {
      if (process.env.STEWARD_DEBUG) console.error(error);
      return null;
    }
  }
  return pathToFileURL(entry).href;
}
