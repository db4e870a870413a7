/** The benchmark cases. Each case prepares its input once (setup) and measures `run`. */
import { browserCheck } from './cases/browser';
import { adultGeneralisation, adultGeneralisationNine } from './cases/generalisation';
import { checkWholeProcess, csvReader } from './cases/reading';
import { groupCountBaseline, riskMeasures } from './cases/risk';
import { localSuppressionFree1 } from './cases/suppression';
import {
  hierarchicalTable,
  hierarchicalTableFullAudit,
  optimalSecondary,
  optimalSecondaryHumanitarian,
  optimalSecondaryHumanitarianBudget,
} from './cases/table';
import { reportingAggregatePglite, reportingAggregateServer } from './cases/reporting';
import {
  reportImportHealthPglite,
  reportImportHealthServer,
  reportImportPglite,
  reportImportServer,
} from './cases/report-import';

export interface BenchCase {
  name: string;
  /** Human-readable target, e.g. "≤ 0.5 s". */
  target: string;
  targetSeconds?: number;
  /** The peer figure this case is compared with, and where it comes from. */
  peer: string;
  /** The input the figure is measured on (the same file for Steward and the peer). */
  file?: string;
  comment?: string;
  /** Warm-up runs before the measured ones (default 1); stated in the case's comment when more. */
  warmups?: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  setup(): Promise<any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(ctx: any, notes: string[]): Promise<void> | void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  teardown?(ctx: any): Promise<void> | void;
}

export const cases: BenchCase[] = [
  csvReader,
  checkWholeProcess,
  groupCountBaseline,
  riskMeasures,
  localSuppressionFree1,
  adultGeneralisation,
  adultGeneralisationNine,
  hierarchicalTable,
  hierarchicalTableFullAudit,
  optimalSecondary,
  optimalSecondaryHumanitarian,
  optimalSecondaryHumanitarianBudget,
  browserCheck,
  reportingAggregateServer,
  reportingAggregatePglite,
  reportImportServer,
  reportImportPglite,
  reportImportHealthServer,
  reportImportHealthPglite,
];
