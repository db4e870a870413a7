/** Statistical tables: building, primary and secondary suppression, audit and output. */
export type { TableResult } from './result';
export {
  dimensionFromEdges,
  flatDimension,
  isLeaf,
  leavesBelow,
  type Dimension,
  type HierarchyEdge,
} from './dimension';
export {
  buildTable,
  cellCodes,
  cellCoordinates,
  cellIndex,
  cellLabel,
  isMagnitudeTable,
  publishedMeasure,
  tableFromAggregates,
  tableFromContributions,
  tableRelations,
  type AggregateRow,
  type ContributorRow,
  type BuildTableOptions,
  type Contributions,
  type DimensionSpec,
  type Relations,
  type Table,
} from './table';
export {
  copyState,
  forcePublish,
  initialState,
  markPrimary,
  parseRule,
  primarySuppression,
  ruleLabel,
  validateRule,
  type CellStatus,
  type PrimaryOptions,
  type PrimaryRule,
  type ProtectionLevels,
  type SuppressionState,
} from './primary';
export {
  solveLp,
  solveLpObjectives,
  type LinearProgram,
  type LpConstraint,
  type LpFeasibleSet,
  type LpObjective,
  type LpOptions,
  type LpResult,
} from './lp';
export {
  simplexSolver,
  type LpRelaxationResult,
  type LpSolver,
  type MipModel,
  type MipProblem,
  type MipResult,
  type MipSolveOptions,
} from './solver';
export { highsSolver, loadHighsSolver } from './highs';
export {
  optimalSuppression,
  suppressionLowerBound,
  type OptimalOptions,
  type OptimalOutcome,
} from './optimal';
export { subtableSuppression } from './optimal-subtables';
export { subtables, type Subtable } from './decompose';
export {
  auditSuppression,
  feasibilityIntervals,
  meetsRequirement,
  type AuditOptions,
  type AuditReport,
  type CellAudit,
  type CellInterval,
} from './audit';
export {
  cellCosts,
  hypercubeRetry,
  hypercubeSuppression,
  lpRepair,
  singletonAndThreshold,
  verifyCertificate,
  type Certificate,
  type CostModel,
  type HypercubeOptions,
  type HypercubeRetryOptions,
} from './secondary';
export {
  PRUNE_SUBTABLES_UP_TO_CELLS,
  protectTable,
  renderTableRows,
  SUBTABLES_ABOVE_CELLS,
  type ProtectedCell,
  type ProtectedTable,
  type ProtectOptions,
  type RenderOptions,
  type SecondaryMethod,
  type Verification,
} from './protect';
