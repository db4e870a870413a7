// Issue 8: "the demo contradicts the ISP". Every release of data the demo sets up is run through
// the endorsed ISP's decide() and must be allowed: each agreement as a bilateral download under an
// active agreement, and, when the recipient is the cluster lead or co-lead, as a download by the
// cluster (which receives aggregates only). The demo has no publications; entries "shared with
// the cluster" share their metadata (the catalogue that requests start from), not data.
// Real database (PGlite, or the server named by TEST_DATABASE_URL).
import type { Database } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diaGate } from '@steward/core/assessments/index';
import { listAssessments } from '@steward/db/repositories/assessments';
import { evaluateEntry, loadActiveIsp } from '../isp/decision-point';
import { entryTrigger } from '../registry/dia';

let db: Database;
beforeAll(async () => {
  db = (await createDemoTestDatabase()).db;
}, 120_000);
afterAll(async () => db?.close());

describe('the demo agrees with its ISP', () => {
  it(
    'allows every demo agreement, and the cluster receives aggregates only',
    { timeout: 60_000 },
    async () => {
      const agreements = await ownerSql<{
        reference: string;
        registry_entry_id: string;
        recipient_type: string;
      }>(
        db,
        `select a.reference, a.registry_entry_id, o.type as recipient_type from agreements a join organisations o on o.id = a.recipient_organisation_id order by a.reference`,
      );
      expect(agreements.length).toBeGreaterThan(0);
      const denied = await db.asSystem('test', async (tx) => {
        const isp = await loadActiveIsp(tx);
        expect(isp, 'the demo endorses an ISP').not.toBeNull();
        const out: string[] = [];
        for (const a of agreements) {
          const entry = (await findRegistryEntry(tx, a.registry_entry_id))!;
          const bilateral = evaluateEntry(isp, entry, {
            recipient: 'bilateral',
            activeAgreement: true,
            form: 'download',
          });
          if (bilateral.decision === 'deny')
            out.push(`${a.reference} (${entry.title}): ${bilateral.explanation}`);
          if (a.recipient_type === 'cluster-lead' || a.recipient_type === 'cluster-co-lead') {
            const cluster = evaluateEntry(isp, entry, { recipient: 'cluster', form: 'download' });
            if (cluster.decision === 'deny')
              out.push(`${a.reference} to the cluster (${entry.title}): ${cluster.explanation}`);
          }
        }
        return out;
      });
      expect(denied).toEqual([]);
    },
  );
});

describe('the demo agrees with its DIA triggers (domain notes §9.2)', () => {
  it('activated every entry that needs a DIA with a signed-off one, shares no draft, and shows the flag', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const entries = await ownerSql<{ id: string }>(db, `select id from registry_entries`);
    const onDrafts = await ownerSql<{ reference: string }>(
      db,
      `select a.reference from agreements a join registry_entries e on e.id = a.registry_entry_id where e.status = 'draft'`,
    );
    const out = await db.asSystem('test', async (tx) => {
      const isp = await loadActiveIsp(tx);
      const dias = await listAssessments(tx);
      const problems: string[] = [];
      let drafts = 0;
      let lapsed = 0;
      for (const { id } of entries) {
        const e = (await findRegistryEntry(tx, id))!;
        const linked = dias.filter((d) => d.organisationId === e.organisationId && d.entryIds.includes(e.id));
        const gate = diaGate(entryTrigger(isp, e), linked, today);
        if (e.status === 'draft') drafts++;
        // Active: it was activated with a signed-off DIA; one whose review date passed since is flagged.
        if (e.status === 'active' && gate.blocked) {
          if (linked.some((d) => d.status === 'signed_off')) lapsed++;
          else problems.push(`${e.title}: active without a signed-off DIA`);
        }
      }
      for (const a of onDrafts) problems.push(`${a.reference}: an agreement on a draft entry`);
      return { problems, drafts, lapsed };
    });
    expect(out.problems).toEqual([]);
    // the demo shows the flag: entries waiting for their DIA, and one whose DIA is due for review
    expect(out.drafts).toBeGreaterThan(0);
    expect(out.lapsed).toBe(1);
  });
});
