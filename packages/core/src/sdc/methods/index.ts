/** Microdata protection methods of the disclosure-control engine (pure, deterministic). */
export { fail, ok, type MethodError, type MethodResult } from './result';
export { groupRows, keyCodes, type Grouping } from './encode';
export {
  computeBreaks,
  recodeCategorical,
  recodeNumeric,
  removeIdentifiers,
  topBottomCoding,
  type BreakMethod,
  type CategoricalRecode,
  type NumericRecode,
  type TopBottomCoding,
} from './recode';
export {
  defaultImportance,
  localSuppByRisk,
  localSuppression,
  suppressToK,
  type LocalSuppressionOptions,
  type LocalSuppressionReport,
} from './local-suppression';
export { hierarchyFromRows, parseHierarchyCsv, type Hierarchy } from './hierarchy';
export {
  generalise,
  optimalGeneralisation,
  type GeneralisationMetric,
  type GeneralisationOptions,
  type GeneralisationReport,
} from './generalisation';
export { invariantPramMatrix, pram, type PramOptions, type PramReport } from './pram';
export {
  microaggregation,
  type MicroaggregationOptions,
  type MicroaggregationReport,
} from './microaggregation';
export {
  destination,
  haversineMetres,
  precisionMetres,
  treatCoordinates,
  type AreaOf,
  type CoordinateReport,
  type CoordinateTreatment,
} from './location';
export { informationLoss, type InformationLoss } from './info-loss';
export {
  applyTreatment,
  type Treatment,
  type TreatmentOptions,
  type TreatmentProgress,
  type TreatmentResult,
  type TreatmentStep,
} from './treatment';
