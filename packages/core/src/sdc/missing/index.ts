export {
  MAX_MISSING_CODES,
  applyMissingCodes,
  parseMissingList,
  validateMissingCodes,
  type MissingCodes,
  type MissingCodesApplied,
} from './codes';
export {
  NUMERIC_MISSING_CANDIDATES,
  TEXT_MISSING_CANDIDATES,
  proposeMissingCodes,
  type MissingProposal,
  type MissingSurvey,
} from './propose';
