/**
 * Builds the web app's boundary asset `packages/web/public/geo/moz-areas.topo.json` from the
 * simplified Mozambique admin-2 boundaries (test-data/cod-geometry, geoBoundaries from OCHA's
 * COD-AB, CC BY 3.0 IGO) and the gazetteer's p-codes
 * (packages/services/src/demo/mozambique-admin-areas.csv):
 * - object `adm2`: the 159 districts, each with `pcode`, `name` (gazetteer) and `parent`;
 * - object `adm1`: the 11 provinces dissolved from their districts (Maputo City included, which
 *   the admin-1 file lacks), each with `pcode` and `name`.
 * Shapes that join to no p-code are left out and listed (scripts/geo/areas.test.ts).
 *   node packages/cli/bin/run-ts.js scripts/geo/areas.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { joinShapesToGazetteer, type AreaJoin } from '../../packages/core/src/geo/join';
import { dissolve, type Topology, type TopoGeometry } from '../../packages/core/src/geo/topojson';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCE = 'test-data/cod-geometry/geoBoundaries-MOZ-ADM2_simplified.topojson';
export const GAZETTEER = 'packages/services/src/demo/mozambique-admin-areas.csv';
export const ASSET = 'packages/web/public/geo/moz-areas.topo.json';
export const ATTRIBUTION =
  'Boundaries: OCHA, Common Operational Datasets (via HDX), CC BY 3.0 IGO; geoBoundaries (Runfola et al. 2020). P-codes: OCHA COD 2019.';

export interface GazetteerRow {
  readonly level: string;
  readonly pcode: string;
  readonly name: string;
  readonly parent: string;
}

export function readGazetteer(text: string): GazetteerRow[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('MOZ,'))
    .map((l) => l.split(','))
    .map(([, level, pcode, name, parent]) => ({
      level: level!,
      pcode: pcode!,
      name: name!,
      parent: parent!,
    }));
}

export function buildAreaTopology(
  source: Topology,
  gazetteer: readonly GazetteerRow[],
): { topology: Topology & { attribution: string }; join: AreaJoin } {
  const districts = Object.values(source.objects)[0]!.geometries;
  const adm2 = gazetteer.filter((a) => a.level === '2');
  const join = joinShapesToGazetteer(
    districts.map((g) => ({ id: g.properties!.shapeID!, name: g.properties!.shapeName! })),
    adm2,
  );
  const byPcode = new Map(gazetteer.map((a) => [a.pcode, a]));
  const adm2Geometries: TopoGeometry[] = [];
  for (const g of districts) {
    const pcode = join.pcodeOf.get(g.properties!.shapeID!);
    if (!pcode) continue;
    const area = byPcode.get(pcode)!;
    adm2Geometries.push({
      type: g.type,
      arcs: g.arcs,
      properties: { pcode, name: area.name, parent: area.parent },
    });
  }
  adm2Geometries.sort((a, b) => a.properties!.pcode!.localeCompare(b.properties!.pcode!));
  const adm1Geometries: TopoGeometry[] = gazetteer
    .filter((a) => a.level === '1')
    .flatMap((province) => {
      const parts = adm2Geometries.filter((g) => g.properties!.parent === province.pcode);
      if (parts.length === 0) return [];
      return [
        {
          type: 'MultiPolygon' as const,
          arcs: dissolve(source, parts),
          properties: { pcode: province.pcode, name: province.name },
        },
      ];
    });
  return {
    topology: {
      type: 'Topology',
      attribution: ATTRIBUTION,
      transform: source.transform,
      arcs: source.arcs,
      objects: {
        adm1: { type: 'GeometryCollection', geometries: adm1Geometries },
        adm2: { type: 'GeometryCollection', geometries: adm2Geometries },
      },
    },
    join,
  };
}

export function buildFromRepository() {
  return buildAreaTopology(
    JSON.parse(readFileSync(`${root}${SOURCE}`, 'utf8')) as Topology,
    readGazetteer(readFileSync(`${root}${GAZETTEER}`, 'utf8')),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { topology, join } = buildFromRepository();
  writeFileSync(`${root}${ASSET}`, JSON.stringify(topology));
  console.log(
    `${ASSET}: ${topology.objects.adm1!.geometries.length} provinces, ${topology.objects.adm2!.geometries.length} districts; ` +
      `unmatched shapes: ${join.unmatchedShapes.length}, areas without a shape: ${join.areasWithoutShape.length}`,
  );
}
