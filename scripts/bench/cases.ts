/** The benchmark cases. Each case prepares its input once (setup) and measures `run`. */
import { browserCheck } from './cases/browser';
import { adultGeneralisation } from './cases/generalisation';
import { groupCountBaseline, riskMeasures } from './cases/risk';
import { localSuppressionFree1 } from './cases/suppression';
import { hierarchicalTable } from './cases/table';

export interface BenchCase {
  name: string;
  /** Human-readable target, e.g. "≤ 0.5 s". */
  target: string;
  targetSeconds?: number;
  /** The peer figure this case is compared with. */
  peer: string;
  comment?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  setup(): Promise<any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(ctx: any, notes: string[]): Promise<void> | void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  teardown?(ctx: any): Promise<void> | void;
}

export const cases: BenchCase[] = [
  groupCountBaseline,
  riskMeasures,
  localSuppressionFree1,
  adultGeneralisation,
  hierarchicalTable,
  browserCheck,
];
