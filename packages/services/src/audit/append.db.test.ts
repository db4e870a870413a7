// Appending in the database (steward_append_audit, issue 7: one statement, or sent with COMMIT):
// the hash the database computes must be the one auditHash computes, whatever the entry holds
// (quotes, backslashes, non-ASCII text, a nested "sequence" key), and the chain must verify.
// Real database: PGlite, or the server named by TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '@steward/core/audit/actions';
import { auditChainPage } from '@steward/db';
import { createWorld, type World } from '../test-support/fixtures';
import { appendAudit, auditHash } from './chain';
import { verifyChain } from './verify';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w?.db.close());

const awkward = {
  quote: 'O\'Brien said "hi"',
  backslash: 'C:\\data\\n',
  text: 'é 中文 العربية 😀 \u2068x\u2069',
  dollar: '$q$ $$ $tag$',
  nested: { sequence: Number.MAX_SAFE_INTEGER, targetId: 'x', list: [1, 'two', null, true] },
};

describe('steward_append_audit', () => {
  it('hashes as auditHash does, appended at once and at commit, and the chain verifies', async () => {
    const at = new Date('2026-03-04T05:06:07.891Z');
    await w.db.withActor({ userId: w.alice.id }, async (tx) => {
      await appendAudit(tx, at, {
        action: 'test.now' as AuditAction,
        targetType: "it's",
        targetId: 'a\\b',
        organisationId: w.orgA,
        actorUserId: w.alice.id,
        actorOrganisationId: w.orgA,
        details: awkward,
      });
      await appendAudit(
        tx,
        at,
        {
          action: 'test.at-commit' as AuditAction,
          targetType: 'x',
          targetId: null,
          actorUserId: w.alice.id,
          actorOrganisationId: null,
          details: awkward,
        },
        { atCommit: true },
      );
      await appendAudit(tx, at, {
        action: 'test.after' as AuditAction,
        targetType: 'y',
        actorUserId: w.alice.id,
        actorOrganisationId: w.orgA,
      });
    });
    const rows = await w.db.asSystem('test', async (tx) => {
      const all = [];
      let after = 0;
      for (;;) {
        const page = await auditChainPage(tx, after, 500);
        if (!page.length) return all;
        all.push(...page);
        after = page.at(-1)!.sequence;
      }
    });
    const mine = rows.filter((r) => r.action.startsWith('test.'));
    // The entry held for the commit comes last, after the one appended later in the transaction.
    expect(mine.map((r) => r.action)).toEqual(['test.now', 'test.after', 'test.at-commit']);
    for (const row of mine) {
      const previous = rows.find((r) => r.sequence === row.sequence - 1);
      const { hash, ...entry } = row;
      expect(hash).toBe(auditHash(previous?.hash ?? '', entry));
    }
    expect(mine[0]!.details).toEqual(awkward);
    expect(mine[0]!.targetId).toBe('a\\b');
    expect(await w.db.asSystem('test', (tx) => verifyChain(tx))).toMatchObject({ ok: true });
  });

  it('rolls an entry held for the commit back with its transaction', async () => {
    const boom = new Error('boom');
    await expect(
      w.db.withActor({ userId: w.alice.id }, async (tx) => {
        await appendAudit(
          tx,
          new Date(),
          {
            action: 'test.rolled-back' as AuditAction,
            targetType: 'x',
            actorUserId: w.alice.id,
            actorOrganisationId: null,
          },
          { atCommit: true },
        );
        throw boom;
      }),
    ).rejects.toBe(boom);
    const rows = await w.db.asSystem('test', (tx) => auditChainPage(tx, 0, 100_000));
    expect(rows.some((r) => r.action === 'test.rolled-back')).toBe(false);
  });

  it('refuses an entry without an actor, at commit too, and nothing of the transaction stays', async () => {
    await expect(
      w.db.withActor({ userId: w.alice.id }, async (tx) => {
        await appendAudit(
          tx,
          new Date(),
          {
            action: 'test.no-actor' as AuditAction,
            targetType: 'x',
            actorUserId: null,
            actorOrganisationId: null,
          },
          { atCommit: true },
        );
      }),
    ).rejects.toThrow();
    const rows = await w.db.asSystem('test', (tx) => auditChainPage(tx, 0, 100_000));
    expect(rows.some((r) => r.action === 'test.no-actor')).toBe(false);
  });
});
