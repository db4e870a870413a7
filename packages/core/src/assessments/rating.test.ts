import { describe, expect, it } from 'vitest';
import { LIKELIHOODS, SEVERITIES, rateRisk, ratingForScore, ratingRank } from './rating';

describe('DIA risk rating (domain notes §9.2)', () => {
  it('maps every score of the table', () => {
    expect([1, 2, 3].map(ratingForScore)).toEqual(['low', 'low', 'low']);
    expect([4, 6].map(ratingForScore)).toEqual(['medium', 'medium']);
    expect([8, 9].map(ratingForScore)).toEqual(['high', 'high']);
    expect([12, 16].map(ratingForScore)).toEqual(['very_high', 'very_high']);
    expect(() => ratingForScore(0)).toThrow(RangeError);
    expect(() => ratingForScore(17)).toThrow(RangeError);
  });

  it('scores likelihood × severity', () => {
    expect(rateRisk('rare', 'low')).toEqual({ score: 1, rating: 'low', precautionary: false });
    expect(rateRisk('possible', 'moderate')).toEqual({ score: 4, rating: 'medium', precautionary: false });
    expect(rateRisk('likely', 'moderate')).toEqual({ score: 6, rating: 'medium', precautionary: false });
    expect(rateRisk('possible', 'severe')).toEqual({ score: 8, rating: 'high', precautionary: false });
    expect(rateRisk('likely', 'high')).toEqual({ score: 9, rating: 'high', precautionary: false });
    expect(rateRisk('almost_certain', 'high')).toEqual({
      score: 12,
      rating: 'very_high',
      precautionary: false,
    });
    expect(rateRisk('almost_certain', 'severe').score).toBe(16);
    expect(rateRisk('rare', 'severe')).toEqual({ score: 4, rating: 'medium', precautionary: false });
  });

  it('applies the precautionary rule: unknown likelihood with high or severe harm is high at least', () => {
    expect(rateRisk('unknown', 'high')).toEqual({ score: null, rating: 'high', precautionary: true });
    expect(rateRisk('unknown', 'severe')).toEqual({ score: null, rating: 'very_high', precautionary: true });
    // and never low: lack of evidence is not low likelihood
    expect(rateRisk('unknown', 'low').rating).toBe('medium');
    expect(rateRisk('unknown', 'moderate').rating).toBe('medium');
  });

  it('never rates an unknown likelihood below rare or possible with the same severity', () => {
    for (const s of SEVERITIES)
      for (const l of LIKELIHOODS.filter((x) => x !== 'unknown' && x !== 'almost_certain'))
        expect(ratingRank(rateRisk('unknown', s).rating)).toBeGreaterThanOrEqual(
          ratingRank(rateRisk(l, s).rating),
        );
  });
});
