/** Pure mappings from database rows and ISP decisions to what the registry service returns. */
import type { IspDecision } from '@steward/core/isp/index';
import type { RegistryEntryRow, RegistryFileInfoRow } from '@steward/db/repositories/registry';
import { ServiceError } from '../errors';
import { REVIEW_SOON_DAYS, type FileInfo, type ReviewStatus } from './types';
import { REGISTRY_FIELDS, type FieldProblem, type RegistryInput } from './validation';

/** The `decision` object every API response carrying an ISP decision includes. */
export function decisionBody(d: IspDecision) {
  return {
    decision: d.decision,
    sensitivity: d.sensitivity,
    rule: d.rule,
    conditions: d.conditions.map((c) =>
      c.kind === 'aggregate-to-level'
        ? `${c.kind}:${c.level}`
        : c.kind === 'suppress-below-n'
          ? `${c.kind}:${c.n}`
          : c.kind,
    ),
    explanation: d.explanation,
    /** The explanation as codes with parameters (core `CodedMessage`), for translated display. */
    why: d.why.map((w) => ({ code: w.code, params: { ...w.params } })),
    ispVersion: d.ispVersion,
    /** Whom this decision is about (the recipient class asked for). */
    recipient: d.recipient,
    /** The winning rule's sharing approach: who may receive the data at all under the ISP. */
    sharing: d.sharing,
  };
}

export type DecisionBody = ReturnType<typeof decisionBody>;

export function validationError(message: string, problems: FieldProblem[]): ServiceError {
  return new ServiceError(
    'validation',
    `${message}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    { fields: problems },
  );
}

export function reviewStatus(nextReviewOn: string, today: string): ReviewStatus {
  if (nextReviewOn < today) return 'overdue';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + REVIEW_SOON_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return nextReviewOn <= soon ? 'soon' : 'ok';
}

export function fileInfo(f: RegistryFileInfoRow): FileInfo {
  return {
    id: f.id,
    name: f.name,
    size: f.size,
    version: f.version,
    uploadedAt: f.uploadedAt.toISOString(),
    quarantined: f.quarantined,
    findings: f.findings,
    undeclared: f.undeclared,
    acceptedAt: f.acceptedAt?.toISOString() ?? null,
    justification: f.justification,
    scanProblem: f.scanProblem ?? null,
  };
}

export function entryInput(row: RegistryEntryRow): RegistryInput {
  const out: Record<string, unknown> = {};
  for (const f of REGISTRY_FIELDS) out[f] = row[f];
  return out as unknown as RegistryInput;
}

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
