// The map's join, on the real boundary asset the web app serves (public/geo/moz-areas.topo.json):
// which values can be drawn and which p-codes have no boundary (they are listed, not dropped).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from '@steward/core/geo/topojson';
import { areaRows, joinAreaValues, maxValue } from './area-map-data';
import { boundariesFrom } from './boundaries';

const topology = JSON.parse(
  readFileSync(new URL('../../../public/geo/moz-areas.topo.json', import.meta.url), 'utf8'),
) as Topology;
const adm1 = boundariesFrom(topology, 'adm1');
const adm2 = boundariesFrom(topology, 'adm2');

describe('area map join', () => {
  it('has the 11 provinces (Maputo City too) and the 159 districts, each with a p-code and name', () => {
    expect(adm1.shapes.map((s) => s.pcode)).toEqual([
      'MZ01',
      'MZ02',
      'MZ03',
      'MZ04',
      'MZ05',
      'MZ06',
      'MZ07',
      'MZ08',
      'MZ09',
      'MZ10',
      'MZ11',
    ]);
    expect(adm1.shapes.find((s) => s.pcode === 'MZ06')!.name).toBe('Maputo City');
    expect(adm2.shapes).toHaveLength(159);
    expect(adm2.shapes.every((s) => /^MZ\d{4}$/.test(s.pcode) && s.name !== '' && s.parent)).toBe(true);
    let [minLon, maxLon, minLat, maxLat] = [180, -180, 90, -90];
    for (const f of [...adm1.features, ...adm2.features]) {
      const ring = f.geometry.coordinates[0]![0]!;
      expect(ring.length).toBeGreaterThan(3);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      for (const [lon, lat] of ring) {
        [minLon, maxLon] = [Math.min(minLon, lon), Math.max(maxLon, lon)];
        [minLat, maxLat] = [Math.min(minLat, lat), Math.max(maxLat, lat)];
      }
    }
    // Mozambique's bounding box.
    expect([minLon, maxLon, minLat, maxLat].map(Math.round)).toEqual([30, 41, -27, -10]);
  });

  it("lists the join's unmatched areas: p-codes with no boundary, and boundaries with no data", () => {
    const join = joinAreaValues(adm2.shapes, [
      { pcode: 'MZ0101', value: 40 }, // Ancuabe
      { pcode: 'mz1101', value: 12 }, // lower case still joins
      { pcode: 'MZ0199', value: 8, name: 'Unknown district' },
      { pcode: 'MZ01', value: 3 }, // a province code on the district map
      { pcode: 'MZ1009', value: null, status: 'suppressed-primary', rule: 'freq(5)' },
    ]);
    expect(join.unmatched.map((r) => `${r.pcode} ${r.name}`)).toEqual([
      'MZ0199 Unknown district',
      'MZ01 MZ01',
    ]);
    expect(join.rows.filter((r) => r.onMap).map((r) => r.pcode)).toEqual(['MZ0101', 'MZ1101', 'MZ1009']);
    expect(join.withoutData).toHaveLength(159 - 3);
    expect(join.rows[0]!.name).toBe('Ancuabe');
    expect(maxValue(join)).toBe(40);
  });

  it('every demo admin-1 p-code is on the province map: unmatched none', () => {
    const join = joinAreaValues(
      adm1.shapes,
      adm1.shapes.map((s, i) => ({ pcode: s.pcode, value: i })),
    );
    expect(join.unmatched).toEqual([]);
    expect(join.withoutData).toEqual([]);
  });

  it('exports suppressed areas with the marker and a note, and notes areas not on the map', () => {
    const join = joinAreaValues(adm1.shapes, [
      { pcode: 'MZ08', value: null, status: 'suppressed-primary', rule: 'freq(5)' },
      { pcode: 'MZ10', value: 0 },
      { pcode: 'MZ99', value: 5 },
    ]);
    const rows = areaRows(join, 'reached');
    expect(rows[0]).toEqual(['area', 'pcode', 'reached', 'status', 'note']);
    expect(rows[1]!.slice(0, 4)).toEqual(['Niassa', 'MZ08', 'x', 'suppressed-primary']);
    expect(rows[1]![4]).toMatch(/freq\(5\)/);
    expect(rows[2]!.slice(0, 4)).toEqual(['Tete', 'MZ10', '0', 'published']);
    expect(rows[3]![4]).toMatch(/not on the map/);
  });
});
