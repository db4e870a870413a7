import { SdcUsageError } from '../dataset';

/**
 * k-anonymity violations (sdcMicro `kAnon_violations`): the number of records whose frequency is
 * below k. Pass fk for the unweighted count, Fk for the weighted one.
 */
export function kAnonymityViolations(frequency: Float64Array, k: number): number {
  if (!(k >= 1)) throw new SdcUsageError(`k must be at least 1, got ${k}`);
  let count = 0;
  for (let i = 0; i < frequency.length; i++) if (frequency[i]! < k) count++;
  return count;
}

/** Violations for several k at once, keyed by k as a string ("2", "3", "5"). */
export function violationsByK(frequency: Float64Array, ks: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of ks) out[String(k)] = kAnonymityViolations(frequency, k);
  return out;
}

/**
 * `violationsByK` from the equivalence classes: the records of the classes whose frequency (one a
 * class, `Frequencies.classFk` or `classFkWeighted`) is below k, `sizes` records a class. The same
 * counts in one pass over the classes instead of one over the records for each k.
 */
export function violationsByKOfClasses(
  classFrequency: Float64Array,
  sizes: Float64Array,
  ks: readonly number[],
): Record<string, number> {
  for (const k of ks) if (!(k >= 1)) throw new SdcUsageError(`k must be at least 1, got ${k}`);
  const counts = new Float64Array(ks.length);
  for (let g = 0; g < classFrequency.length; g++) {
    const f = classFrequency[g]!;
    for (let j = 0; j < ks.length; j++) if (f < ks[j]!) counts[j]! += sizes[g]!;
  }
  const out: Record<string, number> = {};
  ks.forEach((k, j) => (out[String(k)] = counts[j]!));
  return out;
}

/** Mean over records of 1/fk (ARX's average re-identification risk; sdcMicro's risk without weights). */
export function meanInverseFrequency(fk: Float64Array): number {
  if (fk.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < fk.length; i++) s += 1 / fk[i]!;
  return s / fk.length;
}
