/** (b) Local suppression of free1 on 8 keys to k = 3 (sdcMicro: 4,566 suppressions in 51.5 s). */
import type { Dataset } from '@steward/core/sdc/dataset';
import { localSuppression } from '@steward/core/sdc/methods/index';
import { frequencies, kAnonymityViolations } from '@steward/core/sdc/risk/index';
import { column } from '@steward/core/sdc/dataset';
import { join } from 'node:path';
import type { BenchCase } from '../cases';
import { TEST_DATA } from '../make-data';
import { readSmallCsv } from './shared';

const KEYS = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG'];

export const localSuppressionFree1: BenchCase = {
  name: 'local suppression free1, 8 keys, k=3',
  target: '≤ 2 s, < 4,566 suppressions',
  targetSeconds: 2,
  peer: 'sdcMicro 5.8.1 localSuppression 4,566 suppressions in 51.5 s (same file and keys; earlier project run, machine not recorded)',
  file: 'test-data/sdc/free1.csv (4,000 rows, 8 keys)',
  comment:
    'Default importance (fewest categories most important); the result is checked 3-anonymous with missing values as wildcards.',
  async setup() {
    return readSmallCsv(join(TEST_DATA, 'sdc/free1.csv'));
  },
  run(ds: Dataset, notes) {
    const r = localSuppression(ds, { keys: KEYS, k: 3 });
    if (!r.ok) throw new Error(r.error.message);
    const f = frequencies(KEYS.map((k) => column(r.value.dataset, k)));
    const left = kAnonymityViolations(f.fk, 3);
    notes.push(
      `${r.value.newSuppressions.toLocaleString('en-US')} suppressions (sdcMicro 4,566: ${r.value.newSuppressions < 4566 ? 'fewer' : 'NOT fewer'})`,
      `records with fk<3 after: ${left}`,
    );
  },
};
