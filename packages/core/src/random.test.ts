import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';

describe('seededRandom', () => {
  it('repeats a sequence for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });
  it('stays in [0,1) and spreads roughly uniformly', () => {
    const r = seededRandom(7);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const v = r.next();
      if (!(v >= 0 && v < 1)) outside++;
      else bins[Math.floor(v * 10)]!++;
    }
    // One assertion for the whole run (100,000 expect() calls took ~17 s of the suite).
    expect(outside).toBe(0);
    for (const n of bins) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });
});
