import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, apiDocument, generateApiSchema } from './schema';

describe('the web client types (packages/web/src/api/schema.d.ts)', () => {
  it('match the API: run `npm run api:generate` after changing a route', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const current = await generateApiSchema();
    // A line-level hint first, so a drift names the first differing line rather than a 10 000-line blob.
    const a = committed.split('\n');
    const b = current.split('\n');
    const first = b.findIndex((line, i) => line !== a[i]);
    expect(first === -1 ? null : { line: first + 1, committed: a[first], api: b[first] }).toBeNull();
    expect(committed.length).toBe(current.length);
  });

  it('describe every documented route of the API', async () => {
    const text = await generateApiSchema();
    const paths = Object.keys(apiDocument().paths ?? {});
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(text).toContain(`"${path}": {`);
  });
});
