/**
 * What the directory's map shows (pure): districts shaded by the number of listed services with a
 * location there, and the location points whose coordinates the API gave the viewer (its own
 * organisation's, and other partners' only where the ISP allows points for members; the API
 * returns null coordinates otherwise).
 */
import type { AreaValue } from '../../components/area-map';
import type { DirectoryService } from './directory-types';

export interface LocatedPoint {
  readonly service: string;
  readonly location: string;
  readonly pcode: string | null;
  readonly lat: number;
  readonly lon: number;
}

/** A district p-code (admin-2: country code and four digits or more, e.g. MZ0101). */
const DISTRICT = /^[A-Z]{2}\d{4,}$/;

export function serviceMapData(services: readonly Pick<DirectoryService, 'id' | 'name' | 'locations'>[]): {
  values: AreaValue[];
  points: LocatedPoint[];
} {
  const byDistrict = new Map<string, Set<string>>();
  const points: LocatedPoint[] = [];
  for (const s of services)
    for (const l of s.locations) {
      if (l.adminPcode && DISTRICT.test(l.adminPcode)) {
        const set = byDistrict.get(l.adminPcode) ?? new Set<string>();
        set.add(s.id);
        byDistrict.set(l.adminPcode, set);
      }
      if (l.latitude !== null && l.longitude !== null)
        points.push({
          service: s.name,
          location: l.name,
          pcode: l.adminPcode,
          lat: l.latitude,
          lon: l.longitude,
        });
    }
  return {
    values: [...byDistrict]
      .map(([pcode, ids]) => ({ pcode, value: ids.size }))
      .sort((a, b) => a.pcode.localeCompare(b.pcode)),
    points,
  };
}
