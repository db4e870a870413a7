/**
 * Verification of the whole chain, optionally against a signed checkpoint: without one, edits,
 * deletions and reorderings show as broken links, but a rewritten chain (rows changed and every
 * later hash recomputed) or a dropped tail does not; with one, the entry the checkpoint names must
 * still be there with the signed hash (docs/decisions/0010).
 */
import { auditChainPage, type Tx } from '@steward/db';
import { auditHash } from './chain';
import type { AuditCheckpoint } from './checkpoint';

export type AuditVerification =
  | { ok: true; entries: number; head: { sequence: number; hash: string }; checkpoint?: { sequence: number } }
  | { ok: false; entries: number; brokenAt: { sequence: number; reason: string } };

export async function verifyChain(tx: Tx, checkpoint?: AuditCheckpoint): Promise<AuditVerification> {
  let previousHash = '';
  let expected = 1;
  let entries = 0;
  const broken = (sequence: number, reason: string): AuditVerification => ({
    ok: false,
    entries,
    brokenAt: { sequence, reason },
  });
  for (;;) {
    const page = await auditChainPage(tx, expected - 1, 1000);
    for (const row of page) {
      if (row.sequence !== expected)
        return broken(
          row.sequence,
          `sequence ${expected} is missing: entry ${row.sequence} follows entry ${expected - 1}`,
        );
      const { hash, ...entry } = row;
      if (auditHash(previousHash, entry) !== hash)
        return broken(
          row.sequence,
          `hash of entry ${row.sequence} does not match its content and the previous entry`,
        );
      if (checkpoint && row.sequence === checkpoint.sequence && hash !== checkpoint.hash)
        return broken(
          row.sequence,
          `hash of entry ${row.sequence} differs from the signed checkpoint: the chain was rewritten at or before entry ${row.sequence}`,
        );
      previousHash = hash;
      expected += 1;
      entries += 1;
    }
    if (page.length === 0) break;
  }
  if (checkpoint && entries < checkpoint.sequence)
    return broken(
      entries + 1,
      `the log ends at entry ${entries} but the signed checkpoint covers ${checkpoint.sequence} entries: entries were removed from the end`,
    );
  return {
    ok: true,
    entries,
    head: { sequence: entries, hash: previousHash },
    ...(checkpoint ? { checkpoint: { sequence: checkpoint.sequence } } : {}),
  };
}
