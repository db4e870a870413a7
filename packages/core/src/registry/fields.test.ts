import { describe, expect, it } from 'vitest';
import { OPTIONAL_REGISTRY_FIELDS, REGISTRY_FIELDS, REQUIRED_REGISTRY_FIELDS } from './fields';

describe('registry fields', () => {
  it('splits every field into required or optional, once each', () => {
    const both = [...REQUIRED_REGISTRY_FIELDS, ...OPTIONAL_REGISTRY_FIELDS];
    expect(new Set(both).size).toBe(both.length);
    expect([...both].sort()).toEqual([...REGISTRY_FIELDS].sort());
    expect(REQUIRED_REGISTRY_FIELDS).toContain('nextReviewOn');
    expect(OPTIONAL_REGISTRY_FIELDS).toContain('legalBasis');
  });
});
