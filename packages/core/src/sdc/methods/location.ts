/**
 * Location generalisation for GPS coordinates:
 * - `round`: round latitude and longitude to a number of decimals (precision ≈ 111,320 m · 10^-d);
 * - `centroid`: replace each point by the centroid of its admin area (p-code);
 * - `displace`: move each point a random distance in a random direction, seeded, as household
 *   surveys do (DHS practice): urban 0–2 km, rural 0–5 km with 1 % of rural points 0–10 km. The
 *   displaced point must stay in the same admin area: a caller-supplied function maps a point to its
 *   p-code, and a point is re-drawn up to `maxTries` times; if none fits, the point falls back to
 *   its area's centroid when known, otherwise it is suppressed (NaN).
 */
import { cellText, column, replaceColumn, type Dataset } from '../dataset';
import type { Random } from '../../random';
import { fail, ok, type MethodResult } from './result';

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = 111_320;

/** Precision in metres of coordinates with `decimals` decimals (one unit of the last decimal). */
export function precisionMetres(decimals: number): number {
  return METRES_PER_DEGREE * 10 ** -decimals;
}

/** Great-circle distance in metres. */
export function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The point `distance` metres from (lat, lon) in direction `bearing` (radians from north). */
export function destination(lat: number, lon: number, distance: number, bearing: number): [number, number] {
  const r = Math.PI / 180;
  const d = distance / EARTH_RADIUS_M;
  const phi1 = lat * r;
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(bearing));
  const lambda2 =
    lon * r +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(phi1),
      Math.cos(d) - Math.sin(phi1) * Math.sin(phi2),
    );
  return [phi2 / r, ((lambda2 / r + 540) % 360) - 180];
}

export type AreaOf = (lat: number, lon: number) => string | null;

export interface CoordinateTreatment {
  readonly lat: string;
  readonly lon: string;
  readonly method: 'round' | 'centroid' | 'displace';
  /** `round`: decimals to keep (default 2, about 1.1 km). */
  readonly decimals?: number;
  /** Column holding each record's admin p-code (else `areaOf` is used on the original point). */
  readonly pcode?: string;
  /** p-code → [lat, lon] centroid. */
  readonly centroids?: Readonly<Record<string, readonly [number, number]>>;
  /** `displace`: column telling urban from rural, and its urban value(s). Default: all rural. */
  readonly urbanRural?: string;
  readonly urbanValues?: readonly string[];
  /** Maximum displacement in metres: urban (2,000), rural (5,000), rural far (10,000). */
  readonly urbanMaxMetres?: number;
  readonly ruralMaxMetres?: number;
  readonly ruralFarMaxMetres?: number;
  /** Share of rural points displaced up to `ruralFarMaxMetres` (0.01). */
  readonly ruralFarShare?: number;
  /** Re-draws before falling back (default 50). */
  readonly maxTries?: number;
}

export interface CoordinateReport {
  readonly dataset: Dataset;
  readonly treated: number;
  /** Points that could not be kept inside their area and fell back to the centroid. */
  readonly fellBackToCentroid: number;
  /** Points suppressed (NaN): no area / no centroid / no fitting displacement. */
  readonly suppressed: number;
  /** Largest move in metres. */
  readonly maxMoveMetres: number;
}

export function treatCoordinates(
  dataset: Dataset,
  spec: CoordinateTreatment,
  random: Random,
  areaOf?: AreaOf,
  field = 'coordinates',
): MethodResult<CoordinateReport> {
  const names = dataset.columns.map((c) => c.name);
  for (const f of ['lat', 'lon', 'pcode', 'urbanRural'] as const) {
    const name = spec[f];
    if (name !== undefined && !names.includes(name)) {
      return fail(`${field}.${f}`, `unknown column "${name}"; available: ${names.join(', ')}`);
    }
  }
  const latCol = column(dataset, spec.lat);
  const lonCol = column(dataset, spec.lon);
  if (latCol.kind !== 'numeric') return fail(`${field}.lat`, `column "${spec.lat}" is not numeric`);
  if (lonCol.kind !== 'numeric') return fail(`${field}.lon`, `column "${spec.lon}" is not numeric`);
  const n = dataset.rowCount;
  const lat = Float64Array.from(latCol.values);
  const lon = Float64Array.from(lonCol.values);
  let treated = 0;
  let fellBack = 0;
  let suppressed = 0;
  let maxMove = 0;
  const pcodeCol = spec.pcode ? column(dataset, spec.pcode) : null;
  const areaOfRecord = (i: number): string | null => {
    if (pcodeCol) return cellText(pcodeCol, i);
    return areaOf ? areaOf(latCol.values[i]!, lonCol.values[i]!) : null;
  };
  const move = (i: number, la: number, lo: number): void => {
    maxMove = Math.max(maxMove, haversineMetres(latCol.values[i]!, lonCol.values[i]!, la, lo));
    lat[i] = la;
    lon[i] = lo;
  };

  if (spec.method === 'round') {
    const decimals = spec.decimals ?? 2;
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10)
      return fail(`${field}.decimals`, 'decimals must be an integer in 0..10');
    const f = 10 ** decimals;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(lat[i]!) || Number.isNaN(lon[i]!)) continue;
      move(i, Math.round(lat[i]! * f) / f, Math.round(lon[i]! * f) / f);
      treated++;
    }
  } else if (spec.method === 'centroid') {
    if (!spec.centroids)
      return fail(`${field}.centroids`, 'a centroid table is required for method "centroid"');
    if (!pcodeCol && !areaOf)
      return fail(`${field}.pcode`, 'give a p-code column or an area lookup function');
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(lat[i]!) || Number.isNaN(lon[i]!)) continue;
      const code = areaOfRecord(i);
      const c = code === null ? undefined : spec.centroids[code];
      if (c) {
        move(i, c[0], c[1]);
        treated++;
      } else {
        lat[i] = Number.NaN;
        lon[i] = Number.NaN;
        suppressed++;
      }
    }
  } else if (spec.method === 'displace') {
    if (!areaOf)
      return fail(`${field}.method`, 'displacement needs an area lookup function (point → p-code)');
    const urbanMax = spec.urbanMaxMetres ?? 2000;
    const ruralMax = spec.ruralMaxMetres ?? 5000;
    const farMax = spec.ruralFarMaxMetres ?? 10000;
    const farShare = spec.ruralFarShare ?? 0.01;
    const maxTries = spec.maxTries ?? 50;
    if (!(urbanMax >= 0 && ruralMax >= 0 && farMax >= 0))
      return fail(`${field}.ruralMaxMetres`, 'distances must be >= 0');
    if (!(farShare >= 0 && farShare <= 1))
      return fail(`${field}.ruralFarShare`, 'ruralFarShare must be in [0, 1]');
    const urCol = spec.urbanRural ? column(dataset, spec.urbanRural) : null;
    const urbanValues = new Set(spec.urbanValues ?? ['urban', 'Urban', 'U', '1']);
    for (let i = 0; i < n; i++) {
      const la0 = latCol.values[i]!;
      const lo0 = lonCol.values[i]!;
      if (Number.isNaN(la0) || Number.isNaN(lo0)) continue;
      const urban = urCol ? urbanValues.has(cellText(urCol, i) ?? '') : false;
      // Draw the radius class once per point, as the survey practice does.
      const radius = urban ? urbanMax : random.next() < farShare ? farMax : ruralMax;
      const home = areaOfRecord(i);
      let placed = false;
      for (let t = 0; t < maxTries && home !== null; t++) {
        const dist = radius * random.next();
        const bearing = 2 * Math.PI * random.next();
        const [la, lo] = destination(la0, lo0, dist, bearing);
        if (areaOf(la, lo) === home) {
          move(i, la, lo);
          placed = true;
          break;
        }
      }
      if (placed) {
        treated++;
        continue;
      }
      const c = home !== null ? spec.centroids?.[home] : undefined;
      if (c) {
        move(i, c[0], c[1]);
        fellBack++;
        treated++;
      } else {
        lat[i] = Number.NaN;
        lon[i] = Number.NaN;
        suppressed++;
      }
    }
  } else {
    return fail(`${field}.method`, 'method must be "round", "centroid" or "displace"');
  }
  let out = replaceColumn(dataset, { kind: 'numeric', name: spec.lat, values: lat });
  out = replaceColumn(out, { kind: 'numeric', name: spec.lon, values: lon });
  return ok({ dataset: out, treated, fellBackToCentroid: fellBack, suppressed, maxMoveMetres: maxMove });
}
