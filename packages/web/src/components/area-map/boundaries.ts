/**
 * The Mozambique admin-1 and admin-2 boundaries (public/geo/moz-areas.topo.json, built by
 * scripts/geo/areas.ts), fetched once on demand and decoded to GeoJSON for ECharts.
 */
import { topologyFeatures, type GeoFeature, type Topology } from '@steward/core/geo/topojson';
import type { AreaLevel, AreaShape } from './area-map-data';

export const BOUNDARIES_URL = `${import.meta.env.BASE_URL}geo/moz-areas.topo.json`;

export interface Boundaries {
  readonly features: readonly GeoFeature[];
  readonly shapes: readonly AreaShape[];
}

let topology: Promise<Topology> | null = null;
const decoded = new Map<AreaLevel, Boundaries>();

export function boundariesFrom(topo: Topology, level: AreaLevel): Boundaries {
  const features = topologyFeatures(topo, level, 3);
  return {
    features,
    shapes: features.map((f) => ({
      pcode: f.properties.pcode ?? '',
      name: f.properties.name ?? '',
      ...(f.properties.parent ? { parent: f.properties.parent } : {}),
    })),
  };
}

export async function loadBoundaries(level: AreaLevel): Promise<Boundaries> {
  const found = decoded.get(level);
  if (found) return found;
  topology ??= fetch(BOUNDARIES_URL).then((r) => {
    if (!r.ok) throw new Error(`boundaries: HTTP ${r.status}`);
    return r.json() as Promise<Topology>;
  });
  topology.catch(() => {
    topology = null;
  });
  const result = boundariesFrom(await topology, level);
  decoded.set(level, result);
  return result;
}

/** Only the areas under one parent p-code (all of them when `parent` is ""). */
export function boundariesWithin(b: Boundaries, parent: string): Boundaries {
  if (!parent) return b;
  return {
    features: b.features.filter((f) => f.properties.parent === parent),
    shapes: b.shapes.filter((s) => s.parent === parent),
  };
}
