export {
  detectColumns,
  type ColumnFinding,
  type Detection,
  type DetectOptions,
  type FindingKind,
  type GpsPrecision,
} from './detect';
export { normaliseHeader } from './header-patterns';
