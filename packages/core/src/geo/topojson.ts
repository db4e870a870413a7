/**
 * TopoJSON (the format of the boundary files) read and written without a library: decoding an
 * object to GeoJSON features for drawing, and dissolving shapes into their parent area (admin-2
 * districts into admin-1 provinces) by dropping the arcs two districts of the same province
 * share. Quantised, delta-encoded arcs only (what geoBoundaries publishes). Pure.
 */

export type Position = readonly [number, number];

export interface TopoGeometry {
  readonly type: 'Polygon' | 'MultiPolygon';
  /** Polygon: rings of arc indexes; MultiPolygon: polygons of rings. ~i is arc i reversed. */
  readonly arcs: readonly (readonly number[])[] | readonly (readonly (readonly number[])[])[];
  readonly properties?: Readonly<Record<string, string>>;
}

export interface Topology {
  readonly type: 'Topology';
  readonly transform: { readonly scale: Position; readonly translate: Position };
  readonly arcs: readonly (readonly Position[])[];
  readonly objects: Readonly<
    Record<string, { readonly type: 'GeometryCollection'; readonly geometries: readonly TopoGeometry[] }>
  >;
}

export interface GeoFeature {
  readonly type: 'Feature';
  readonly properties: Readonly<Record<string, string>>;
  readonly geometry: {
    readonly type: 'MultiPolygon';
    readonly coordinates: Position[][][];
  };
}

/** The polygons of a geometry as rings of arc indexes (a Polygon is one polygon). */
export function polygonsOf(geometry: TopoGeometry): (readonly number[])[][] {
  return geometry.type === 'Polygon'
    ? [geometry.arcs as (readonly number[])[]]
    : (geometry.arcs as (readonly (readonly number[])[])[]).map((p) => [...p]);
}

/** Arc i in quantised integer coordinates (delta decoding only). */
function quantisedArc(topology: Topology, i: number): Position[] {
  const arc = topology.arcs[i];
  if (!arc) throw new Error(`Arc ${i} does not exist`);
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x, y] as const;
  });
}

/** One ring in longitude/latitude, `digits` decimals (4 ≈ 11 m). */
function ringCoordinates(topology: Topology, ring: readonly number[], digits: number): Position[] {
  const { scale, translate } = topology.transform;
  const f = 10 ** digits;
  const out: Position[] = [];
  for (const ref of ring) {
    const points = quantisedArc(topology, ref < 0 ? ~ref : ref);
    if (ref < 0) points.reverse();
    // Consecutive arcs share their joining point.
    for (let k = out.length === 0 ? 0 : 1; k < points.length; k++) {
      const [qx, qy] = points[k]!;
      out.push([
        Math.round((qx * scale[0] + translate[0]) * f) / f,
        Math.round((qy * scale[1] + translate[1]) * f) / f,
      ]);
    }
  }
  return out;
}

/** The geometries of one object as GeoJSON features (every geometry as a MultiPolygon). */
export function topologyFeatures(topology: Topology, object: string, digits = 4): GeoFeature[] {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`The topology has no object "${object}"`);
  return collection.geometries.map((g) => ({
    type: 'Feature',
    properties: { ...(g.properties ?? {}) },
    geometry: {
      type: 'MultiPolygon',
      coordinates: polygonsOf(g).map((rings) => rings.map((r) => ringCoordinates(topology, r, digits))),
    },
  }));
}

function twiceSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum;
}

/**
 * Dissolves geometries into one MultiPolygon: the arcs used by exactly one of their rings are the
 * outline; they are chained end to start into closed rings. Each ring becomes a polygon (holes in
 * the union, e.g. a province surrounding another, would show as filled: none in Mozambique).
 */
export function dissolve(topology: Topology, geometries: readonly TopoGeometry[]): number[][][] {
  const uses = new Map<number, number>();
  const refs: number[] = [];
  for (const g of geometries)
    for (const polygon of polygonsOf(g))
      for (const ring of polygon)
        for (const ref of ring) {
          const arc = ref < 0 ? ~ref : ref;
          uses.set(arc, (uses.get(arc) ?? 0) + 1);
          refs.push(ref);
        }
  const outline = refs.filter((ref) => uses.get(ref < 0 ? ~ref : ref) === 1);
  const ends = (ref: number): [string, string] => {
    const points = quantisedArc(topology, ref < 0 ? ~ref : ref);
    const first = points[0]!.join();
    const last = points[points.length - 1]!.join();
    return ref < 0 ? [last, first] : [first, last];
  };
  const byStart = new Map<string, number[]>();
  for (const ref of outline) {
    const [start] = ends(ref);
    byStart.set(start, [...(byStart.get(start) ?? []), ref]);
  }
  const used = new Set<number>();
  const rings: number[][] = [];
  for (const first of outline) {
    if (used.has(first)) continue;
    const ring: number[] = [];
    let ref: number | undefined = first;
    const [start] = ends(first);
    while (ref !== undefined && !used.has(ref)) {
      used.add(ref);
      ring.push(ref);
      const [, end] = ends(ref);
      if (end === start) break;
      ref = (byStart.get(end) ?? []).find((r) => !used.has(r));
    }
    const [, lastEnd] = ends(ring[ring.length - 1]!);
    if (lastEnd !== start) throw new Error(`An outline ring does not close (arc ${first})`);
    rings.push(ring);
  }
  // Outer rings first: largest area, so a reader drawing one ring per polygon keeps the shape.
  const area = (ring: number[]) => Math.abs(twiceSignedArea(ringCoordinates(topology, ring, 6)));
  return rings.sort((a, b) => area(b) - area(a)).map((ring) => [ring]);
}
