/** Small builders for tests: datasets from literal arrays (null = missing). */
import { expect } from 'vitest';
import { datasetFromColumns, numericFromValues, type Column, type Dataset } from '../dataset';

export function numericDataset(columns: Record<string, readonly (number | null)[]>): Dataset {
  return datasetFromColumns(Object.entries(columns).map(([name, values]) => numericFromValues(name, values)));
}

export function columnsOf(dataset: Dataset, names: readonly string[]): Column[] {
  return names.map((n) => {
    const c = dataset.columns.find((col) => col.name === n);
    if (!c) throw new Error(`no column ${n}`);
    return c;
  });
}

export function numbers(dataset: Dataset, name: string): Float64Array {
  const c = dataset.columns.find((col) => col.name === name);
  if (!c || c.kind !== 'numeric') throw new Error(`no numeric column ${name}`);
  return c.values;
}

/** Asserts number lists agree to `digits` decimals (the precision the reference figures print). */
export function expectClose(actual: ArrayLike<number>, expected: readonly number[], digits = 8): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(actual[i], `element ${i + 1}`).toBeCloseTo(expected[i]!, digits);
  }
}
