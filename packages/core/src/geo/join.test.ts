// The Mozambique admin-2 boundaries (test-data/cod-geometry, geoBoundaries) joined to the demo
// gazetteer's p-codes (services/src/demo/mozambique-admin-areas.csv, OCHA COD 2019) by name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { joinShapesToGazetteer, normaliseAreaName, type GazetteerArea } from './join';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const areas = readFileSync(`${root}packages/services/src/demo/mozambique-admin-areas.csv`, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('MOZ,'))
  .map((l) => l.split(','))
  .map(([, level, pcode, name, parent]) => ({ level, pcode: pcode!, name: name!, parent: parent! }));
const gazetteer: GazetteerArea[] = areas.filter((a) => a.level === '2');

function shapes(file: string) {
  const topo = JSON.parse(readFileSync(`${root}test-data/cod-geometry/${file}`, 'utf8')) as {
    objects: Record<string, { geometries: { properties: { shapeID: string; shapeName: string } }[] }>;
  };
  return Object.values(topo.objects)[0]!.geometries.map((g) => ({
    id: g.properties.shapeID,
    name: g.properties.shapeName,
  }));
}

describe('joining boundaries to p-codes', () => {
  it('normalises case, accents, punctuation and "Cidade de"', () => {
    expect(normaliseAreaName('Cidade De Maputo')).toBe('maputo');
    expect(normaliseAreaName('Ilha De Moçambique')).toBe('ilha de mocambique');
    expect(normaliseAreaName('  Alto-Molócuè ')).toBe('alto molocue');
  });

  it('joins every one of the 159 admin-2 shapes to one gazetteer district; unmatched areas: none', () => {
    const adm2 = shapes('geoBoundaries-MOZ-ADM2_simplified.topojson');
    expect(adm2).toHaveLength(159);
    expect(gazetteer).toHaveLength(159);
    const join = joinShapesToGazetteer(adm2, gazetteer);
    expect(join.unmatchedShapes).toEqual([]);
    expect(join.areasWithoutShape).toEqual([]);
    expect(new Set(join.pcodeOf.values()).size).toBe(159);
  });

  it('admin-1 (OpenStreetMap provinces): Zambézia joins, Maputo City (MZ06) has no shape of its own', () => {
    const join = joinShapesToGazetteer(
      shapes('geoBoundaries-MOZ-ADM1_simplified.topojson'),
      areas.filter((a) => a.level === '1'),
    );
    expect(join.pcodeOf.size).toBe(10);
    expect(join.unmatchedShapes).toEqual([]);
    expect(join.areasWithoutShape.map((a) => `${a.pcode} ${a.name}`)).toEqual(['MZ06 Maputo City']);
  });

  it('names what does not join: a renamed shape, an ambiguous name, an area without a shape', () => {
    const areas: GazetteerArea[] = [
      { pcode: 'X01', name: 'Namaacha' },
      { pcode: 'X02', name: 'Boane', parent: 'A' },
      { pcode: 'X03', name: 'Boane', parent: 'B' },
      { pcode: 'X04', name: 'Lago' },
    ];
    const join = joinShapesToGazetteer(
      [
        { id: 's1', name: 'NAMAACHA' },
        { id: 's2', name: 'Boane' },
        { id: 's3', name: 'Lake Niassa' },
      ],
      areas,
    );
    expect([...join.pcodeOf]).toEqual([['s1', 'X01']]);
    expect(join.unmatchedShapes).toEqual([
      { id: 's2', name: 'Boane', candidates: ['X02', 'X03'] },
      { id: 's3', name: 'Lake Niassa', candidates: [] },
    ]);
    expect(join.areasWithoutShape.map((a) => a.pcode)).toEqual(['X02', 'X03', 'X04']);
  });
});
