import { describe, expect, it } from 'vitest';
import { dissolve, topologyFeatures, type Topology } from './topojson';

/**
 * Two unit squares side by side, A = (0,0)-(1,1) and B = (1,0)-(2,1), sharing the edge x = 1:
 * arc 0 is A's outer edge, arc 1 the shared edge, arc 2 B's outer edge (delta-encoded); both
 * rings run clockwise, so they use the shared arc in opposite directions.
 */
const squares: Topology = {
  type: 'Topology',
  transform: { scale: [1, 1], translate: [10, 20] },
  arcs: [
    [
      [1, 0],
      [-1, 0],
      [0, 1],
      [1, 0],
    ],
    [
      [1, 1],
      [0, -1],
    ],
    [
      [1, 0],
      [1, 0],
      [0, 1],
      [-1, 0],
    ],
  ],
  objects: {
    areas: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { pcode: 'A' } },
        { type: 'Polygon', arcs: [[~1, ~2]], properties: { pcode: 'B' } },
      ],
    },
  },
};

describe('TopoJSON', () => {
  it('decodes delta-encoded arcs with the transform, reversing ~i arcs, into closed rings', () => {
    const [a, b] = topologyFeatures(squares, 'areas');
    expect(a!.properties).toEqual({ pcode: 'A' });
    expect(a!.geometry.coordinates).toEqual([
      [
        [
          [11, 20],
          [10, 20],
          [10, 21],
          [11, 21],
          [11, 20],
        ],
      ],
    ]);
    const ring = b!.geometry.coordinates[0]![0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring).toHaveLength(5);
  });

  it('dissolves neighbours along their shared arc into one outline', () => {
    const merged = dissolve(squares, squares.objects.areas!.geometries);
    expect(merged).toEqual([[[0, ~2]]]);
    const outline = topologyFeatures(
      {
        ...squares,
        objects: { u: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: merged }] } },
      },
      'u',
    )[0]!.geometry.coordinates[0]![0]!;
    expect(outline).toHaveLength(7);
    expect(outline.some(([x]) => x === 12)).toBe(true);
  });

  it('names a missing object', () => {
    expect(() => topologyFeatures(squares, 'adm3')).toThrow(/no object "adm3"/);
  });
});
