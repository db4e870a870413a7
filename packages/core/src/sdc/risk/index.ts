export { denseCodes, groupRows, distinctSorted, type DenseCodes, type Grouping } from './grouping';
export { frequencies, type Frequencies, type FrequencyOptions } from './frequencies';
export { individualRisk, riskFor, type IndividualRiskMethod, type IndividualRiskOptions } from './individual';
export {
  globalRisk,
  highRiskCut,
  highRiskRecords,
  median,
  type GlobalRisk,
  type GlobalRiskOptions,
} from './global';
export { householdRisk, type HouseholdRisk } from './household';
export { lDiversity, type LDiversity, type LDiversityOptions, type SensitiveDiversity } from './l-diversity';
export { riskyCells, type RiskyCellsOptions, type RiskyCellsResult, type RiskyCellsRow } from './risky-cells';
export {
  kAnonymityViolations,
  violationsByK,
  violationsByKOfClasses,
  meanInverseFrequency,
} from './k-anonymity';
export {
  checkReport,
  type CheckError,
  type CheckOptions,
  type CheckReport,
  type CheckResult,
} from './check-report';
