export {
  detectColumns,
  KEY_CONFIDENCE,
  MAX_PROPOSED_KEYS,
  type KeyProposal,
  type ColumnFinding,
  type Detection,
  type DetectOptions,
  type FindingKind,
  type GpsPrecision,
} from './detect';
export { normaliseHeader } from './header-patterns';
