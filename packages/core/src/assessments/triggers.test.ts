import { describe, expect, it } from 'vitest';
import { diaGate, initialEntryStatus, newFlowDataTypes, tableHasCoordinates } from './triggers';

const signed = { id: 'd1', status: 'signed_off', reviewDue: '2027-06-30' };

describe('registry entry activation (domain notes §9.2)', () => {
  it('starts an entry that triggers a DIA as a draft, others active', () => {
    expect(initialEntryStatus(['dia.required.personal_data'])).toBe('draft');
    expect(initialEntryStatus([])).toBe('active');
  });
  it('blocks activating a personal-data or high/severe entry until a linked DIA is signed off and in date', () => {
    const entry = { kind: 'registry_entry', personalData: true, level: 'low' } as const;
    expect(diaGate(entry, [], '2026-12-06').blocked).toBe(true);
    expect(diaGate(entry, [{ ...signed, status: 'draft' }], '2026-12-06').blocked).toBe(true);
    expect(diaGate(entry, [{ ...signed, reviewDue: '2026-12-01' }], '2026-12-06').blocked).toBe(true);
    expect(diaGate(entry, [signed], '2026-12-06')).toEqual({
      reasons: ['dia.required.personal_data'],
      satisfiedBy: 'd1',
      blocked: false,
    });
    const high = { kind: 'registry_entry', personalData: false, level: 'high' } as const;
    expect(diaGate(high, [], '2026-12-06').reasons).toEqual(['dia.required.high_or_severe']);
    const moderate = { kind: 'registry_entry', personalData: false, level: 'moderate' } as const;
    expect(diaGate(moderate, [], '2026-12-06').blocked).toBe(false);
  });
});

describe('publication with coordinates', () => {
  const dim = (name: string, ...codes: string[]) => ({ name, codes: codes.map((code) => ({ code })) });
  it('sees a dimension named for coordinates', () => {
    for (const name of ['coordinates', 'GPS', 'latitude', 'lon', 'lat_lon', 'geo point', 'Location point'])
      expect(tableHasCoordinates({ dimensions: [dim(name, 'a')] }), name).toBe(true);
  });
  it('sees codes written as latitude/longitude pairs', () => {
    expect(tableHasCoordinates({ dimensions: [dim('site', '-25.9653, 32.5892')] })).toBe(true);
    expect(tableHasCoordinates({ dimensions: [dim('site', '(-13.3124;40.5511)')] })).toBe(true);
  });
  it('does not mistake admin codes, ages or out-of-range numbers for coordinates', () => {
    expect(
      tableHasCoordinates({
        dimensions: [dim('adm2', 'MZ0101', 'MZ0102'), dim('age', '0-4', '5-17'), dim('sex', 'f', 'm')],
      }),
    ).toBe(false);
    expect(tableHasCoordinates({ dimensions: [dim('ratio', '1.5, 2.5')] })).toBe(false);
    expect(tableHasCoordinates({ dimensions: [dim('x', '123.4567, 500.1234')] })).toBe(false);
    expect(tableHasCoordinates({ dimensions: [dim('location', 'Pemba')] })).toBe(false);
  });
});

describe('new partner-to-partner flow', () => {
  const flow = { providerOrganisationId: 'A', recipientOrganisationId: 'B', dataTypes: ['gbv', 'cp'] };
  it('is new for every data type never shared from A to B', () => {
    expect(newFlowDataTypes(flow, [])).toEqual(['gbv', 'cp']);
  });
  it('is not new for data types an earlier (even expired) agreement A→B covered', () => {
    const earlier = [{ ...flow, dataTypes: ['gbv'], revoked: false }];
    expect(newFlowDataTypes(flow, earlier)).toEqual(['cp']);
    expect(newFlowDataTypes(flow, [{ ...flow, revoked: false }])).toEqual([]);
  });
  it('counts a revoked agreement, the other direction and other partners as no flow', () => {
    expect(newFlowDataTypes(flow, [{ ...flow, revoked: true }])).toEqual(['gbv', 'cp']);
    const reverse = { providerOrganisationId: 'B', recipientOrganisationId: 'A', dataTypes: ['gbv', 'cp'] };
    expect(newFlowDataTypes(flow, [{ ...reverse, revoked: false }])).toEqual(['gbv', 'cp']);
    const other = { providerOrganisationId: 'A', recipientOrganisationId: 'C', dataTypes: ['gbv', 'cp'] };
    expect(newFlowDataTypes(flow, [{ ...other, revoked: false }])).toEqual(['gbv', 'cp']);
  });
  it('is no partner flow for an outside recipient or an organisation with itself', () => {
    expect(newFlowDataTypes({ ...flow, recipientOrganisationId: null }, [])).toEqual([]);
    expect(newFlowDataTypes({ ...flow, recipientOrganisationId: 'A' }, [])).toEqual([]);
  });
});
