#!/usr/bin/env node
// `steward` command: runs the compiled server code (packages/cli/dist/, built by esbuild only when
// the sources changed, see compiled.js). Where it cannot be built, or with STEWARD_RUN_SOURCES=1,
// it registers tsx's loader and runs the TypeScript sources as they are.
import { compiledEntry } from './compiled.js';

const entry = await compiledEntry();
if (entry) {
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
