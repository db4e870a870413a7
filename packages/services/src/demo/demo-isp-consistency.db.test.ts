// Issue 8: "the demo contradicts the ISP". Every release of data the demo sets up is run through
// the endorsed ISP's decide() and must be allowed: each agreement as a bilateral download under an
// active agreement, and, when the recipient is the cluster lead or co-lead, as a download by the
// cluster (which receives aggregates only). The demo has no publications; entries "shared with
// the cluster" share their metadata (the catalogue that requests start from), not data.
// Real database (PGlite, or the server named by TEST_DATABASE_URL).
import { randomBytes } from 'node:crypto';
import type { Database } from '@steward/db';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../index';
import { evaluateEntry, loadActiveIsp } from '../isp/decision-point';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
  });
  await services.demo.load({ randomBytes: (n) => new Uint8Array(randomBytes(n)) });
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
