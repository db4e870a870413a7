/**
 * Signed checkpoints of the audit chain head (docs/decisions/0010). A checkpoint states "entry
 * `sequence` of this installation's audit log has hash `hash`", signed with Ed25519 (node:crypto)
 * by a key kept outside the database. It carries its public key, so anyone can check it without a
 * secret; `keyId` (SHA-256 of the public key) lets a witness compare keys at a glance.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../canonical-json';

export const CHECKPOINT_FORMAT = 'steward-audit-checkpoint/1';

export interface AuditHeadState {
  /** 0 when the log is empty. */
  sequence: number;
  /** '' when the log is empty. */
  hash: string;
  occurredAt: Date | null;
}

export interface AuditCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  sequence: number;
  hash: string;
  /** Time of the head entry (ISO), null for an empty log. */
  headOccurredAt: string | null;
  signedAt: string;
  /** Ed25519 public key, base64 of its SubjectPublicKeyInfo (DER). */
  publicKey: string;
  /** First 16 hex digits of SHA-256 of the public key's DER. */
  keyId: string;
  /** Ed25519 signature (base64) of the canonical JSON of every other member. */
  signature: string;
}

export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

function publicKeyDer(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKeyDer(publicKey)).digest('hex').slice(0, 16);
}

function signedText(c: Omit<AuditCheckpoint, 'signature'>): string {
  return canonicalJson({
    format: c.format,
    sequence: c.sequence,
    hash: c.hash,
    headOccurredAt: c.headOccurredAt,
    signedAt: c.signedAt,
    publicKey: c.publicKey,
    keyId: c.keyId,
  });
}

/** Signs the head with an Ed25519 private key. */
export function signCheckpoint(head: AuditHeadState, privateKey: KeyObject, at: Date): AuditCheckpoint {
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new CheckpointError(`the audit signing key must be Ed25519 (got ${privateKey.asymmetricKeyType})`);
  const publicKey = createPublicKey(privateKey);
  const unsigned = {
    format: CHECKPOINT_FORMAT,
    sequence: head.sequence,
    hash: head.hash,
    headOccurredAt: head.occurredAt ? head.occurredAt.toISOString() : null,
    signedAt: at.toISOString(),
    publicKey: publicKeyDer(publicKey).toString('base64'),
    keyId: keyIdOf(publicKey),
  } as const;
  const signature = sign(null, Buffer.from(signedText(unsigned), 'utf8'), privateKey).toString('base64');
  return { ...unsigned, signature };
}

/**
 * Parses a checkpoint (JSON text or value) and checks its signature under its own public key, and
 * under `trustedPublicKey` when given (a checkpoint signed by any other key is refused). Throws
 * CheckpointError naming what is wrong.
 */
export function openCheckpoint(input: unknown, trustedPublicKey?: KeyObject): AuditCheckpoint {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new CheckpointError('the checkpoint is not JSON');
    }
  }
  if (typeof value !== 'object' || value === null)
    throw new CheckpointError('the checkpoint is not a JSON object');
  const c = value as Record<string, unknown>;
  if (c.format !== CHECKPOINT_FORMAT)
    throw new CheckpointError(`format: expected "${CHECKPOINT_FORMAT}", got ${JSON.stringify(c.format)}`);
  const need = (field: string, ok: boolean) => {
    if (!ok) throw new CheckpointError(`${field}: missing or malformed`);
  };
  need('sequence', Number.isSafeInteger(c.sequence) && (c.sequence as number) >= 0);
  need('hash', typeof c.hash === 'string' && /^([0-9a-f]{64})?$/.test(c.hash));
  need('hash', (c.sequence === 0) === (c.hash === ''));
  need('headOccurredAt', c.headOccurredAt === null || typeof c.headOccurredAt === 'string');
  need('signedAt', typeof c.signedAt === 'string');
  need('publicKey', typeof c.publicKey === 'string');
  need('keyId', typeof c.keyId === 'string');
  need('signature', typeof c.signature === 'string');
  const checkpoint = c as unknown as AuditCheckpoint;
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({
      key: Buffer.from(checkpoint.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
  } catch {
    throw new CheckpointError('publicKey: not a public key');
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new CheckpointError('publicKey: not an Ed25519 key');
  if (keyIdOf(publicKey) !== checkpoint.keyId) throw new CheckpointError('keyId: does not match publicKey');
  const { signature, ...unsigned } = checkpoint;
  const ok = verify(
    null,
    Buffer.from(signedText(unsigned), 'utf8'),
    publicKey,
    Buffer.from(signature, 'base64'),
  );
  if (!ok) throw new CheckpointError('signature: does not match the checkpoint (it was altered or forged)');
  if (trustedPublicKey && keyIdOf(trustedPublicKey) !== checkpoint.keyId)
    throw new CheckpointError(
      `the checkpoint is signed by key ${checkpoint.keyId}, not by this installation's key ${keyIdOf(trustedPublicKey)}`,
    );
  return checkpoint;
}
