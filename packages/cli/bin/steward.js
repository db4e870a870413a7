#!/usr/bin/env node
// `steward` command: registers tsx's ESM loader so the TypeScript sources run as they are
// (no build step), then hands over to src/main.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
