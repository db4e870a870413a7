import { describe, expect, it } from 'vitest';
import { serviceMapData } from './service-map-data';

const loc = (
  name: string,
  adminPcode: string | null,
  latitude: number | null = null,
  longitude = latitude,
) => ({
  id: name,
  name,
  description: null,
  address1: null,
  city: null,
  stateProvince: null,
  country: null,
  latitude,
  longitude,
  adminPcode,
  accessibility: [],
});

describe('service map data', () => {
  it('counts services per district once each; points only where coordinates were given', () => {
    const out = serviceMapData([
      {
        id: 'a',
        name: 'Legal desk',
        locations: [loc('Market', 'MZ0101', -12.9, 40.5), loc('Port', 'MZ0101')],
      },
      { id: 'b', name: 'Safe space', locations: [loc('Centre', 'MZ0101'), loc('Camp', 'MZ0702')] },
      { id: 'c', name: 'Hotline', locations: [loc('Province office', 'MZ07'), loc('Nowhere', null)] },
    ]);
    expect(out.values).toEqual([
      { pcode: 'MZ0101', value: 2 },
      { pcode: 'MZ0702', value: 1 },
    ]);
    expect(out.points).toEqual([
      { service: 'Legal desk', location: 'Market', pcode: 'MZ0101', lat: -12.9, lon: 40.5 },
    ]);
  });
});
