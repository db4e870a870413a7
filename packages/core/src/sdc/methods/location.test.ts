import { describe, expect, it } from 'vitest';
import {
  categoricalFromStrings,
  column,
  datasetFromColumns,
  numericFromValues,
  type Dataset,
} from '../dataset';
import { seededRandom } from '../../random';
import { haversineMetres, precisionMetres, treatCoordinates } from './location';

/** Admin areas: a 0.2° grid. */
const areaOf = (lat: number, lon: number): string => `${Math.floor(lat / 0.2)}_${Math.floor(lon / 0.2)}`;

function points(n: number, seed: number): Dataset {
  const r = seededRandom(seed);
  const lat: number[] = [];
  const lon: number[] = [];
  const ur: string[] = [];
  for (let i = 0; i < n; i++) {
    lat.push(9 + r.next() * 2);
    lon.push(30 + r.next() * 2);
    ur.push(i % 3 === 0 ? 'urban' : 'rural');
  }
  return datasetFromColumns([
    numericFromValues('lat', lat),
    numericFromValues('lon', lon),
    categoricalFromStrings('ur', ur),
  ]);
}
const nums = (ds: Dataset, name: string): Float64Array => {
  const c = column(ds, name);
  if (c.kind !== 'numeric') throw new Error('numeric expected');
  return c.values;
};

describe('coordinate treatment', () => {
  it('rounds to the given decimals; precision in metres', () => {
    const ds = datasetFromColumns([
      numericFromValues('lat', [9.123456, null]),
      numericFromValues('lon', [30.987654, 1]),
    ]);
    const r = treatCoordinates(ds, { lat: 'lat', lon: 'lon', method: 'round', decimals: 2 }, seededRandom(1));
    if (!r.ok) throw new Error(r.error.message);
    expect(nums(r.value.dataset, 'lat')[0]).toBe(9.12);
    expect(nums(r.value.dataset, 'lon')[0]).toBe(30.99);
    expect(Number.isNaN(nums(r.value.dataset, 'lat')[1]!)).toBe(true);
    expect(precisionMetres(2)).toBeCloseTo(1113.2, 1);
    expect(precisionMetres(4)).toBeCloseTo(11.132, 3);
    expect(r.value.maxMoveMetres).toBeLessThan(precisionMetres(2));
  });

  it('snaps to the admin-area centroid from a p-code column', () => {
    const ds = datasetFromColumns([
      numericFromValues('lat', [9.1, 9.2, 9.3]),
      numericFromValues('lon', [30.1, 30.2, 30.3]),
      categoricalFromStrings('pcode', ['SS01', 'SS02', 'XX']),
    ]);
    const r = treatCoordinates(
      ds,
      {
        lat: 'lat',
        lon: 'lon',
        method: 'centroid',
        pcode: 'pcode',
        centroids: { SS01: [9, 30], SS02: [9.5, 30.5] },
      },
      seededRandom(1),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect([...nums(r.value.dataset, 'lat')].map((v) => (Number.isNaN(v) ? null : v))).toEqual([
      9,
      9.5,
      null,
    ]);
    expect(r.value.suppressed).toBe(1);
  });

  it('displaces within 2 km (urban) / 5 km, 1 % up to 10 km (rural), inside the same area, deterministically', () => {
    const ds = points(3000, 5);
    const spec = {
      lat: 'lat',
      lon: 'lon',
      method: 'displace',
      urbanRural: 'ur',
      urbanValues: ['urban'],
    } as const;
    const r = treatCoordinates(ds, spec, seededRandom(99), areaOf);
    if (!r.ok) throw new Error(r.error.message);
    const la0 = nums(ds, 'lat');
    const lo0 = nums(ds, 'lon');
    const la = nums(r.value.dataset, 'lat');
    const lo = nums(r.value.dataset, 'lon');
    let far = 0;
    let rural = 0;
    let suppressed = 0;
    for (let i = 0; i < ds.rowCount; i++) {
      if (Number.isNaN(la[i]!)) {
        suppressed++;
        continue;
      }
      const d = haversineMetres(la0[i]!, lo0[i]!, la[i]!, lo[i]!);
      expect(areaOf(la[i]!, lo[i]!)).toBe(areaOf(la0[i]!, lo0[i]!));
      if (i % 3 === 0) expect(d).toBeLessThanOrEqual(2000 + 1e-6);
      else {
        rural++;
        expect(d).toBeLessThanOrEqual(10000 + 1e-6);
        if (d > 5000 + 1e-6) far++;
      }
    }
    expect(suppressed).toBe(r.value.suppressed);
    expect(far).toBeLessThan(rural * 0.03);
    expect(r.value.maxMoveMetres).toBeGreaterThan(1000);
    const again = treatCoordinates(ds, spec, seededRandom(99), areaOf);
    if (!again.ok) throw new Error('failed');
    expect(nums(again.value.dataset, 'lat')).toEqual(la);
    const other = treatCoordinates(ds, spec, seededRandom(100), areaOf);
    if (!other.ok) throw new Error('failed');
    expect(nums(other.value.dataset, 'lat')).not.toEqual(la);
  });

  it('falls back to the centroid (or suppresses) when no displaced point stays inside', () => {
    const ds = datasetFromColumns([
      numericFromValues('lat', [9.1, 9.2]),
      numericFromValues('lon', [30.1, 30.2]),
    ]);
    let calls = 0;
    const strict = (lat: number, lon: number): string => {
      calls++;
      return lat === 9.1 && lon === 30.1 ? 'A' : lat === 9.2 && lon === 30.2 ? 'B' : 'elsewhere';
    };
    const r = treatCoordinates(
      ds,
      { lat: 'lat', lon: 'lon', method: 'displace', centroids: { A: [9, 30] }, maxTries: 5 },
      seededRandom(3),
      strict,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(calls).toBe(2 + 2 * 5);
    expect(r.value.fellBackToCentroid).toBe(1);
    expect(r.value.suppressed).toBe(1);
    expect(nums(r.value.dataset, 'lat')[0]).toBe(9);
    expect(
      treatCoordinates(ds, { lat: 'lat', lon: 'lon', method: 'displace' }, seededRandom(3)),
    ).toMatchObject({ ok: false });
    expect(treatCoordinates(ds, { lat: 'la', lon: 'lon', method: 'round' }, seededRandom(3))).toMatchObject({
      ok: false,
      error: { field: 'coordinates.lat' },
    });
  });
});
