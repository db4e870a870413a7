#!/usr/bin/env node
// Runs one TypeScript file with tsx's ESM loader: `node packages/cli/bin/run-ts.js FILE [ARGS…]`.
// The file sees its own arguments from process.argv[2] on, as if it had been started directly.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const file = process.argv[2];
if (!file) {
  process.stderr.write(
    'run-ts: give the TypeScript file to run, e.g. node packages/cli/bin/run-ts.js scripts/bench/run.ts\n',
  );
  process.exit(2);
}
register();
process.argv.splice(1, 2, resolve(file));
await import(pathToFileURL(resolve(file)).href);
