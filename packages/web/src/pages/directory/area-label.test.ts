import { describe, expect, it } from 'vitest';
import { areaLabel } from './area-label';

describe('areaLabel', () => {
  it('names a p-code the gazetteer knows, with its code', () => {
    expect(areaLabel('MZ0104', { MZ0104: 'Chiure' })).toBe('Chiure (MZ0104)');
  });
  it('keeps the code alone when the gazetteer does not know it, or no names are given', () => {
    expect(areaLabel('MZ9999', { MZ0104: 'Chiure' })).toBe('MZ9999');
    expect(areaLabel('MZ0104', undefined)).toBe('MZ0104');
  });
});
