// The web app's boundary asset is built from the repository's boundary and gazetteer files by
// scripts/geo/areas.ts; it must be up to date, and every shape must have joined to a p-code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASSET, buildFromRepository } from './areas';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('boundary asset', () => {
  const { topology, join } = buildFromRepository();

  it('joins all 159 district shapes to gazetteer p-codes: unmatched shapes none, areas without a shape none', () => {
    expect(join.unmatchedShapes).toEqual([]);
    expect(join.areasWithoutShape).toEqual([]);
    expect(topology.objects.adm2!.geometries).toHaveLength(159);
    expect(topology.objects.adm1!.geometries.map((g) => g.properties!.pcode)).toHaveLength(11);
  });

  it('is committed as built (run `node packages/cli/bin/run-ts.js scripts/geo/areas.ts` after a change)', () => {
    expect(readFileSync(`${root}${ASSET}`, 'utf8')).toBe(JSON.stringify(topology));
  });
});
