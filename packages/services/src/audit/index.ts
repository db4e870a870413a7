/**
 * The audit log: hash chain and appends (chain.ts), verification (verify.ts), signed checkpoints
 * of the head (checkpoint.ts), and the use cases (audit-service.ts).
 */
export {
  appendAudit,
  appendAuditAs,
  auditEntryText,
  auditHash,
  type AuditInput,
  type AuditOutcome,
} from './chain';
export {
  CHECKPOINT_FORMAT,
  CheckpointError,
  keyIdOf,
  openCheckpoint,
  signCheckpoint,
  type AuditCheckpoint,
  type AuditHeadState,
} from './checkpoint';
export { verifyChain, type AuditVerification } from './verify';
export {
  AUDIT_EXPORT_MAX_ROWS,
  createAuditService,
  type AuditQuery,
  type VerifyOptions,
} from './audit-service';
