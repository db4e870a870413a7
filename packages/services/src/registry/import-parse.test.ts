import { describe, expect, it } from 'vitest';
import { REGISTRY_FIELDS } from '@steward/core/registry/fields';
import { headerField, parseRegistryImport, REGISTRY_FIELD_LABELS } from './import-parse';

const text = (s: string) => new TextEncoder().encode(s);
const CODES =
  'title,description,purpose,kind,dataTypes,containsPersonalData,containsDemographicData,dataSubjects,collectionMethod,storageLocation,accessDescription,aggregationLevel,includesNames,includesCoordinates,retentionPeriod,destructionMethod,focalPoint,nextReviewOn';
const ROW =
  'Site list,Sites,Planning,asset,movement-locations,no,no,IDPs,direct-observation,Steward,IM,site,yes,yes,2 years,Deletion,IMO,2026-12-01';
const LABELS = CODES.split(',')
  .map((f) => REGISTRY_FIELD_LABELS[f as (typeof REGISTRY_FIELDS)[number]])
  .join(',');

describe('registry import headers (issue 8)', () => {
  it('accepts the field codes, their English labels, and other case and spacing', async () => {
    expect(headerField('nextReviewOn')).toBe('nextReviewOn');
    expect(headerField('Next review on')).toBe('nextReviewOn');
    expect(headerField('NEXT_REVIEW_ON')).toBe('nextReviewOn');
    expect(headerField('Who has access')).toBe('accessDescription');
    expect(headerField('Share this entry’s description with the cluster')).toBe('sharedWithCluster');
    for (const f of REGISTRY_FIELDS) expect(headerField(REGISTRY_FIELD_LABELS[f])).toBe(f);
    const byCode = await parseRegistryImport('codes.csv', text(`${CODES}\n${ROW}\n`));
    const byLabel = await parseRegistryImport('labels.csv', text(`${LABELS}\n${ROW}\n`));
    expect(byCode.kind).toBe('ok');
    expect(byLabel).toEqual(byCode);
  });

  it('lists the valid columns once, not in the problem of every unknown column', async () => {
    const out = await parseRegistryImport('bad.csv', text(`${CODES},Colour,Shape\n${ROW},red,round\n`));
    expect(out.kind).toBe('problems');
    if (out.kind !== 'problems') return;
    expect(out.problems.filter((p) => p.path.startsWith('column '))).toEqual([
      { path: 'column Colour', message: 'Unknown column' },
      { path: 'column Shape', message: 'Unknown column' },
    ]);
    const lists = out.problems.filter((p) => p.message.includes('nextReviewOn'));
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ path: 'columns' });
    expect(lists[0]!.message).toContain('accessDescription (Who has access)');
  });

  it('refuses two columns for the same field', async () => {
    const out = await parseRegistryImport('twice.csv', text(`${CODES},Title\n${ROW},Again\n`));
    expect(out).toMatchObject({
      kind: 'problems',
      problems: [{ path: 'column Title', message: 'Same field as column title' }],
    });
  });
});
